/**
 * What a document must never print, as code-point ranges (kept as numbers, so no test source
 * holds the characters themselves): control characters but line feed and form feed (pdftotext
 * ends lines and pages with them), direction marks, embeddings, overrides and isolates, unusual
 * line separators and unpaired surrogates.
 */
const RANGES: readonly (readonly [number, number])[] = [
  [0x00, 0x09],
  [0x0b, 0x0b],
  [0x0d, 0x1f],
  [0x7f, 0x9f],
  [0x061c, 0x061c],
  [0x200e, 0x200f],
  [0x2028, 0x2029],
  [0x202a, 0x202e],
  [0x2066, 0x2069],
  [0xd800, 0xdfff],
];

/** Each unprintable character of `text`, as `U+XXXX`, so a failure names them. */
export function unprintableIn(text: string): string[] {
  return Array.from(text).flatMap((character) => {
    const value = character.codePointAt(0) ?? 0;
    const isUnprintable = RANGES.some(([low, high]) => value >= low && value <= high);
    return isUnprintable ? [`U+${value.toString(16).toUpperCase().padStart(4, '0')}`] : [];
  });
}
