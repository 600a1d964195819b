/**
 * A data problem found while reading curated input. It names the file (path
 * relative to the repository), the place in it, what was expected and what
 * was found. Data problems are collected, never thrown, so one run lists all.
 */
export interface Problem {
  file: string;
  /** "row 12, column value", "$.dates[0].value", "line 3" … */
  where?: string;
  expected: string;
  found: string;
}

export function formatProblem(p: Problem): string {
  const loc = p.where ? `${p.file} (${p.where})` : p.file;
  return `${loc}: expected ${p.expected}; found ${p.found}`;
}

export function formatProblems(problems: Problem[]): string {
  const lines = problems.map((p, i) => `  ${i + 1}. ${formatProblem(p)}`);
  return `${problems.length} problem${problems.length === 1 ? '' : 's'} in the curated data:\n${lines.join('\n')}`;
}

/** Show a found value briefly and unambiguously. */
export function show(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (typeof v === 'string') {
    if (v === '') return 'an empty value';
    const s = v.length > 60 ? v.slice(0, 57) + '…' : v;
    return JSON.stringify(s);
  }
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'an object';
  return `${typeof v} ${JSON.stringify(v)}`;
}
