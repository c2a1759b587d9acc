/**
 * Reads an amount as people type it in their locale ("25,50", "1.000,00", "1 000,00" in pl-PL or
 * de-DE; "1,000.00" in en-US) into a plain decimal string ("1000.00"), never through a float. The
 * locale's marks come from Intl.NumberFormat; input that could mean two things ("1.000" in
 * pl-PL, "25,50" in en-US) is refused with a sentence, never guessed. Negative amounts are
 * refused, never flipped.
 */

export type AmountReading =
  { kind: 'empty' } | { kind: 'amount'; value: string } | { kind: 'problem'; problem: string };

type Marks = { decimal: string; group: string };

const SPACES = /[\s\u00a0\u202f\u2009\u2007'’]/g;
const ALLOWED = /^[0-9.,\s\u00a0\u202f\u2009\u2007'’]+$/;
const GROUP_MARK = /[.,\s\u00a0\u202f\u2009\u2007'’]/;

const marksCache = new Map<string, Marks>();

/** The decimal and grouping marks of a locale, as Intl formats 1234567.5 there. */
export function marksOf(locale: string): Marks {
  const cached = marksCache.get(locale);
  if (cached) return cached;
  const parts = new Intl.NumberFormat(locale).formatToParts(1234567.5);
  const marks = {
    decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.',
    group: parts.find((part) => part.type === 'group')?.value ?? ',',
  };
  marksCache.set(locale, marks);
  return marks;
}

/** How an amount is written in the locale, for the sentences: "1 234,50" or "1,234.50". */
export function exampleOf(locale: string): string {
  const format = new Intl.NumberFormat(locale, { minimumFractionDigits: 2 });
  return format.format(1234.5);
}

export function readAmount(text: string, locale: string): AmountReading {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };
  if (/^[-−(]|-$/.test(trimmed)) {
    return problem('This cannot be negative: type it without a minus sign');
  }
  if (!ALLOWED.test(trimmed)) {
    return problem(`Type the amount in figures, such as ${exampleOf(locale)}`);
  }
  const decimalAt = decimalMarkAt(trimmed, marksOf(locale));
  if (decimalAt === 'unclear') {
    return problem(
      `“${trimmed}” could be read two ways here: type it as ${exampleOf(locale)} would be`,
    );
  }
  const whole = decimalAt === null ? trimmed : trimmed.slice(0, decimalAt);
  const fraction = decimalAt === null ? '' : trimmed.slice(decimalAt + 1);
  if (!/^\d*$/.test(fraction) || (decimalAt !== null && fraction === '')) {
    return problem(`Type the decimals after one mark only, such as ${exampleOf(locale)}`);
  }
  const digits = wholeDigits(whole);
  if (digits === null) {
    return problem(`Group the digits in threes, such as ${exampleOf(locale)}`);
  }
  return { kind: 'amount', value: fraction === '' ? digits : `${digits}.${fraction}` };
}

function problem(sentence: string): AmountReading {
  return { kind: 'problem', problem: sentence };
}

/**
 * Where the decimal mark is (null: a whole number), or 'unclear'. With both "." and "," the last
 * is the decimal mark. With one of them once: the locale's decimal mark is one; the locale's
 * grouping mark groups when three digits follow; any other mark is a decimal mark unless three
 * digits follow, which could be either. A mark used more than once groups.
 */
function decimalMarkAt(text: string, marks: Marks): number | null | 'unclear' {
  const lastDot = text.lastIndexOf('.');
  const lastComma = text.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) return Math.max(lastDot, lastComma);
  const mark = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : null;
  if (mark === null) return null;
  const at = text.indexOf(mark);
  if (at !== text.lastIndexOf(mark)) return null;
  const after = text.slice(at + 1).replace(SPACES, '').length;
  if (mark === marks.decimal) return at;
  if (mark === marks.group) return after === 3 ? null : 'unclear';
  return after === 3 ? 'unclear' : at;
}

/** The digits of the whole part without its grouping marks, or null when the groups are wrong. */
function wholeDigits(whole: string): string | null {
  if (whole === '') return '0';
  const groups = whole.split(GROUP_MARK);
  const [first = '', ...rest] = groups;
  if (rest.length > 0 && !/^\d{1,3}$/.test(first)) return null;
  if (rest.some((group) => !/^\d{3}$/.test(group))) return null;
  const digits = groups.join('');
  if (!/^\d+$/.test(digits)) return null;
  return digits.replace(/^0+(?=\d)/, '');
}
