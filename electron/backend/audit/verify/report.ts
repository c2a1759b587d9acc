/**
 * What a verification collects: problems (breaks that make the book fail its check, capped so a
 * badly damaged file still answers quickly) and notices (facts a bookkeeper should see that are
 * not breaks, such as triggers the engine had to put back). Each names the record it is about.
 */
export const PROBLEMS_MAX = 200;

export type Report = {
  problems: string[];
  notices: string[];
  checked: number;
  add: (problem: string) => void;
  notice: (text: string) => void;
};

export function newReport(): Report {
  const problems: string[] = [];
  const notices: string[] = [];
  return {
    problems,
    notices,
    checked: 0,
    add: (problem) => {
      if (problems.length < PROBLEMS_MAX) problems.push(problem);
    },
    notice: (text) => {
      if (notices.length < PROBLEMS_MAX) notices.push(text);
    },
  };
}

/** A stored JSON object, or null for anything else (a missing or non-object `after`). */
export function parseObject(json: string | null): Record<string, unknown> | null {
  if (json === null) return null;
  try {
    const value: unknown = JSON.parse(json);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}
