/** The body every invoice-making dialog shares: the lines with live totals, then the memo. */
import { Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { LinesEditor, type WithLines } from './LinesEditor.tsx';

export type WithLinesAndMemo = WithLines & { memo: string };

export function LinesAndMemo<V extends WithLinesAndMemo>({
  form,
  currency,
}: {
  form: UseFormReturnType<V>;
  currency: string;
}) {
  return (
    <>
      <LinesEditor form={form} currency={currency} />
      <Textarea
        label="Memo"
        autosize
        minRows={1}
        key={form.key('memo')}
        {...form.getInputProps('memo')}
      />
    </>
  );
}
