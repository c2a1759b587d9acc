/**
 * Folding text for search and for spotting duplicate names: the same key on both sides, so the
 * engine's index and the renderer's warning agree. Locale-independent: "Kraków", "KRAKOW" and
 * "krakow" fold alike, as do "Αθήνα" and "αθηνα", and a final sigma matches a medial one.
 */

/** Letters that carry their mark inside the letter itself, so no decomposition removes it. */
const LETTERS_WITHOUT_DECOMPOSITION: Readonly<Record<string, string>> = {
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ħ: 'h',
  ı: 'i',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ς: 'σ',
};

// Only the combining diacritical marks of Latin, Greek and Cyrillic: kana voicing marks stay.
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const SPECIAL_LETTERS = /[łøđħıßæœς]/g;

/** The search key of a text: decomposed, marks removed, lower-cased without a locale. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(SPECIAL_LETTERS, (letter) => LETTERS_WITHOUT_DECOMPOSITION[letter] ?? letter)
    .normalize('NFC');
}
