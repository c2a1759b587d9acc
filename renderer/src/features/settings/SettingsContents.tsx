/**
 * "On this page" beside Settings in a wide window: every section's title, the one in view marked,
 * each taking the page to its section. Sections appear as their data loads (and some only for
 * some people), so the list is read again from the page whenever `version` changes.
 */
import { Box, TableOfContents, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import classes from './SettingsContents.module.css';

/** The class of the column of sections, whose titles (level-2 headings) the contents list. */
export const sectionsClass = classes.sections;

export function SettingsContents({ version }: { version: string }) {
  const reinitialize = useRef<() => void>(() => undefined);
  useEffect(() => {
    reinitialize.current();
  }, [version]);
  return (
    <Box
      component="nav"
      aria-label="Settings sections"
      visibleFrom="lg"
      className={classes.contents}
    >
      <Text size="xs" c="dimmed" tt="uppercase" fw={700} mb="xs">
        On this page
      </Text>
      <TableOfContents
        variant="light"
        size="sm"
        radius="sm"
        reinitializeRef={reinitialize}
        scrollSpyOptions={{ selector: `.${classes.sections} h2` }}
        getControlProps={({ data }) => ({
          onClick: () => {
            data.getNode().scrollIntoView({ block: 'start' });
          },
          children: data.value,
        })}
      />
    </Box>
  );
}
