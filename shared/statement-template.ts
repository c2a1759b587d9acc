/**
 * The email template of a statement (subject and body, from Settings): text with placeholders in
 * braces. The placeholders are exactly those in `TEMPLATE_PLACEHOLDERS`; any other name in braces
 * is refused, naming it, so a typo never reaches a customer as `{custmerName}`. `{{` and `}}`
 * write one brace. Both sides use it: the settings form checks as you type, the engine fills.
 */

export const TEMPLATE_PLACEHOLDERS = [
  'customerName',
  'businessName',
  'period',
  'amount',
  'currency',
  'netLine',
  'code',
] as const;

export type TemplatePlaceholder = (typeof TEMPLATE_PLACEHOLDERS)[number];
export type TemplateValues = Record<TemplatePlaceholder, string>;

export const SUBJECT_TEMPLATE_MAX = 200;
export const BODY_TEMPLATE_MAX = 5000;

export const DEFAULT_SUBJECT_TEMPLATE = 'Statement {period} from {businessName}';
export const DEFAULT_BODY_TEMPLATE = [
  'Dear {customerName},',
  '',
  'Please find attached your statement of account for {period}.',
  '',
  '{netLine}',
  '',
  'The statement carries the verification code {code}.',
  '',
  'Kind regards,',
  '{businessName}',
].join('\n');

type Piece = { text: string } | { placeholder: TemplatePlaceholder };

/** Why a template is refused: the end of a sentence about its field. */
export type TemplateProblem = { message: string; placeholder?: string };

function isPlaceholder(name: string): name is TemplatePlaceholder {
  return (TEMPLATE_PLACEHOLDERS as readonly string[]).includes(name);
}

/** The template cut into text and placeholders, or the first reason it cannot be. */
export function parseTemplate(template: string): Piece[] | TemplateProblem {
  const pieces: Piece[] = [];
  let text = '';
  for (let index = 0; index < template.length; index += 1) {
    const character = template.charAt(index);
    const next = template.charAt(index + 1);
    if ((character === '{' || character === '}') && next === character) {
      text += character;
      index += 1;
    } else if (character === '}') {
      return { message: 'has a } without its { (write }} for a brace)' };
    } else if (character === '{') {
      const end = template.indexOf('}', index);
      if (end < 0) return { message: 'has a { that is not closed (write {{ for a brace)' };
      const name = template.slice(index + 1, end);
      if (!isPlaceholder(name)) {
        const known = TEMPLATE_PLACEHOLDERS.map((known) => `{${known}}`).join(', ');
        return {
          message: `names an unknown placeholder {${name}} (known: ${known})`,
          placeholder: name,
        };
      }
      if (text !== '') pieces.push({ text });
      text = '';
      pieces.push({ placeholder: name });
      index = end;
    } else {
      text += character;
    }
  }
  if (text !== '') pieces.push({ text });
  return pieces;
}

export function templateProblem(template: string): TemplateProblem | null {
  const parsed = parseTemplate(template);
  return Array.isArray(parsed) ? null : parsed;
}

/** The template with every placeholder replaced by its value; the template must parse. */
export function fillTemplate(pieces: readonly Piece[], values: TemplateValues): string {
  return pieces.map((piece) => ('text' in piece ? piece.text : values[piece.placeholder])).join('');
}
