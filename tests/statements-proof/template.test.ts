/**
 * Proves the email template rules: the known placeholders are filled, any other name in braces is
 * refused naming it, `{{` and `}}` write a brace, and a brace left open or closed alone is refused.
 */
import { describe, expect, it } from 'vitest';
import {
  fillTemplate,
  parseTemplate,
  TEMPLATE_PLACEHOLDERS,
  templateProblem,
  type TemplateValues,
} from '../../shared/statement-template.ts';

const VALUES = Object.fromEntries(
  TEMPLATE_PLACEHOLDERS.map((name) => [name, `<${name}>`]),
) as TemplateValues;

function filled(template: string): string {
  const pieces = parseTemplate(template);
  if (!Array.isArray(pieces)) throw new Error(pieces.message);
  return fillTemplate(pieces, VALUES);
}

describe('statement email templates', () => {
  it('fills every known placeholder, as often as it appears', () => {
    const all = TEMPLATE_PLACEHOLDERS.map((name) => `{${name}}`).join(' ');
    expect(filled(all)).toBe(TEMPLATE_PLACEHOLDERS.map((name) => `<${name}>`).join(' '));
    expect(filled('{code}/{code}')).toBe('<code>/<code>');
  });

  it('writes {{ and }} as one brace each', () => {
    expect(filled('{{customerName}} is {customerName}')).toBe('{customerName} is <customerName>');
  });

  it('refuses an unknown placeholder, naming it, and a name in the wrong case', () => {
    expect(templateProblem('Dear {name},')).toMatchObject({ placeholder: 'name' });
    expect(templateProblem('{CustomerName}')).toMatchObject({ placeholder: 'CustomerName' });
    expect(templateProblem('{ customerName }')).toMatchObject({ placeholder: ' customerName ' });
  });

  it('refuses a brace left open and a closing brace alone', () => {
    expect(templateProblem('Total {amount')).not.toBeNull();
    expect(templateProblem('Total amount}')).not.toBeNull();
    expect(templateProblem('Plain text, no braces')).toBeNull();
  });
});
