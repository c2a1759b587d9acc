/**
 * drizzle's SQLite dialect writes `?` for each value; PostgreSQL numbers them (`$1`, `$2`, ...).
 * A `?` inside a quoted string, a quoted name or a comment is text, not a placeholder. And the
 * one other thing the dialect writes that PostgreSQL refuses: an upsert's conflict target named
 * with its table (`on conflict ("t"."c")`), where PostgreSQL takes the bare column.
 */
const QUOTES = new Set(["'", '"']);

const CONFLICT_TARGET = /on conflict \(([^)]*)\)/gi;
const QUALIFIED = /"[^"]+"\.("[^"]+")/g;

export function serverSql(text: string): string {
  const numbered = numberedPlaceholders(text);
  return numbered.replace(
    CONFLICT_TARGET,
    (_whole, target: string) => `on conflict (${target.replace(QUALIFIED, '$1')})`,
  );
}

function numberedPlaceholders(text: string): string {
  let result = '';
  let count = 0;
  let index = 0;
  while (index < text.length) {
    const char = text[index] as string;
    if (QUOTES.has(char)) {
      const end = closingQuote(text, index, char);
      result += text.slice(index, end);
      index = end;
    } else if (char === '-' && text[index + 1] === '-') {
      const end = text.indexOf('\n', index);
      const stop = end === -1 ? text.length : end;
      result += text.slice(index, stop);
      index = stop;
    } else {
      if (char === '?') {
        count += 1;
        result += `$${count}`;
      } else {
        result += char;
      }
      index += 1;
    }
  }
  return result;
}

/** The index just past the quote that closes the one at `start` (a doubled quote is escaped). */
function closingQuote(text: string, start: number, quote: string): number {
  let index = start + 1;
  while (index < text.length) {
    if (text[index] === quote) {
      if (text[index + 1] !== quote) return index + 1;
      index += 2;
    } else {
      index += 1;
    }
  }
  return text.length;
}
