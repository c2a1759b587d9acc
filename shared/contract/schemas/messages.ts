/**
 * Sentences for schema failures, once for every schema. zod's own messages ("Too big: expected
 * string to have <=500 characters") never reach people: a global error map turns each issue into
 * a fragment ("can be at most 500 characters"), custom messages are fragments too ("is required"),
 * and `issueMessage` puts the field in words in front ("The name can be at most 500 characters").
 */
import { z } from 'zod';
import { fieldInWords } from '../../field-words.ts';

type Issue = z.core.$ZodIssue;
type RawIssue = z.core.$ZodRawIssue;

const TYPE_WORDS: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'yes or no',
  array: 'a list',
  object: 'a set of fields',
};

/** The sentence for one issue, naming its field in words. */
export function issueMessage(issue: Issue): string {
  return `The ${fieldInWords(issue.path)} ${issue.message}`;
}

/** The fragment for an issue that came without a message of its own. */
export function issueFragment(issue: RawIssue): string {
  switch (issue.code) {
    case 'too_big':
      return tooBig(issue.origin, Number(issue.maximum));
    case 'too_small':
      return tooSmall(issue.origin, Number(issue.minimum));
    case 'invalid_type':
      if (issue.input === undefined) return 'is required';
      return `must be ${TYPE_WORDS[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return `must be one of: ${issue.values.map(String).join(', ')}`;
    case 'invalid_format':
      return issue.format === 'email' ? 'must be an email address' : 'is not in a form we read';
    case 'unrecognized_keys':
      return `has fields it does not take: ${issue.keys.join(', ')}`;
    default:
      return 'is not valid';
  }
}

function tooBig(origin: string, maximum: number): string {
  if (origin === 'string') return `can be at most ${maximum} characters`;
  if (origin === 'array' || origin === 'set') return `can have at most ${maximum} items`;
  return `can be at most ${maximum}`;
}

function tooSmall(origin: string, minimum: number): string {
  if (origin === 'string')
    return minimum <= 1 ? 'is required' : `needs at least ${minimum} characters`;
  if (origin === 'array' || origin === 'set') return `needs at least ${minimum} items`;
  return minimum === 0 ? 'cannot be negative' : `must be at least ${minimum}`;
}

z.config({ customError: issueFragment });
