/**
 * The title of a section of a page (a Settings card, a report's currency): a level-2 heading, so
 * a screen reader can list a page's sections and jump between them, drawn as the card titles are.
 */
import { Title, type TitleProps } from '@mantine/core';

export function SectionTitle(props: Omit<TitleProps, 'order' | 'size'>) {
  return <Title order={2} size="h5" fw={600} {...props} />;
}
