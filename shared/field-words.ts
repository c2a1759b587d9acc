/**
 * A field's name in words for sentences people read: "paymentTermsDays" is "payment terms",
 * "customerId" is "customer", "lines.0.unitPrice" is "unit price on line 1". Used by the schema
 * messages and by the engine's own VALIDATION messages.
 */

/** Field names whose words are not just their camelCase split. */
const FIELD_WORDS: Readonly<Record<string, string>> = {
  input: 'request',
  paymentTermsDays: 'payment terms',
  expiresOn: 'expiry date',
  workedOn: 'date',
  pin: 'PIN',
};

/** "paymentTermsDays" → "payment terms"; "customerId" → "customer"; "lines.0.unitPrice" → "unit price on line 1". */
export function fieldInWords(path: readonly PropertyKey[]): string {
  const names = path.filter((part): part is string => typeof part === 'string');
  const name = names.at(-1) ?? 'input';
  const words = FIELD_WORDS[name] ?? splitWords(name.replace(/Id$/, ''));
  const index = path.findLast((part) => typeof part === 'number');
  if (index === undefined) return words;
  const parent = singular(splitWords(String(path[path.indexOf(index) - 1] ?? 'item')));
  return path.at(-1) === index ? `${parent} ${index + 1}` : `${words} on ${parent} ${index + 1}`;
}

/** "The hourly rate" for an engine field path; a label already in words is kept ("Amount"). */
export function fieldSubject(field: string): string {
  if (!/^[a-z][A-Za-z0-9.]*$/.test(field)) return field;
  const path = field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  return `The ${fieldInWords(path)}`;
}

function splitWords(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

function singular(words: string): string {
  return words.endsWith('s') ? words.slice(0, -1) : words;
}
