/**
 * One error path for every content problem, in `check`, `build` and `dev` alike:
 * `file:line[:column]: field: what is wrong (expected …)`.
 */

export interface Problem {
  /** Path of the offending file, relative to the content root (always with `/`). */
  file: string;
  /** 1-based line, where the problem has one. */
  line?: number;
  /** 1-based column, for CSV cells and syntax errors. */
  column?: number;
  /** Dotted path of the field (`routine[2].when`, `raci.community-manager`, a CSV column). */
  field?: string;
  /** What is wrong, in words. */
  message: string;
  /** What would have been accepted. */
  expected?: string;
}

export function formatProblem(problem: Problem, rootLabel = ''): string {
  const prefix = rootLabel ? `${rootLabel.replace(/\/$/, '')}/` : '';
  let location = `${prefix}${problem.file}`;
  if (problem.line !== undefined) location += `:${problem.line}`;
  if (problem.line !== undefined && problem.column !== undefined) location += `:${problem.column}`;
  const field = problem.field ? ` ${problem.field}:` : '';
  const expected = problem.expected ? ` (expected ${problem.expected})` : '';
  return `${location}:${field} ${problem.message}${expected}`;
}

/**
 * The same problem as a GitHub Actions workflow command, so a pull request shows it on the line
 * it is about: `::error file=content/playbook/kpis/x.mdx,line=4,title=formula::unknown metric …`.
 * `rootLabel` must be relative to the repository root for GitHub to find the file.
 */
export function formatGithubAnnotation(problem: Problem, rootLabel = ''): string {
  const root = rootLabel.replace(/\/$/, '');
  const file = problem.file === '.' ? root || '.' : [root, problem.file].filter(Boolean).join('/');
  const properties = [`file=${escapeProperty(file)}`];
  if (problem.line !== undefined) {
    properties.push(`line=${problem.line}`);
    if (problem.column !== undefined) properties.push(`col=${problem.column}`);
  }
  if (problem.field) properties.push(`title=${escapeProperty(problem.field)}`);
  const expected = problem.expected ? ` (expected ${problem.expected})` : '';
  return `::error ${properties.join(',')}::${escapeData(`${problem.message}${expected}`)}`;
}

/** Workflow commands are one line: `%`, CR and LF are percent-encoded in the message... */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** ...and in property values also `:` and `,`, which would end the value early. */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * `target.push(...items)` without the spread: spreading passes every item as an argument, and a
 * 200 000-row CSV with a problem per row overflows the call stack ("Maximum call stack size exceeded").
 */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** How many problems `check`, `build` and `dev` print before they only count the rest. */
export const PRINTED_PROBLEMS = 200;

/**
 * The lines to print for a (sorted) problem list: at most `limit` formatted problems, then
 * "… and N more problems". Whoever prints them still states the full count.
 */
export function problemLines(problems: readonly Problem[], format: (problem: Problem) => string = (p) => formatProblem(p), limit = PRINTED_PROBLEMS): string[] {
  const shown = Math.min(problems.length, Math.max(0, limit));
  const lines: string[] = [];
  for (let index = 0; index < shown; index += 1) lines.push(format(problems[index]!));
  const rest = problems.length - shown;
  if (rest > 0) lines.push(`… and ${rest} more problem${rest === 1 ? '' : 's'}`);
  return lines;
}

/** Problems sorted by file, then line, so a report reads top to bottom. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

/**
 * Thrown when content cannot be used. It carries every problem found, and its message is
 * already the formatted list, so whoever prints it needs no stack trace.
 */
export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(problems: readonly Problem[], rootLabel = '') {
    const sorted = sortProblems(problems);
    const count = sorted.length === 1 ? '1 content problem' : `${sorted.length} content problems`;
    super(`${count}:\n${problemLines(sorted, (p) => formatProblem(p, rootLabel)).join('\n')}`);
    this.name = 'ContentError';
    this.problems = sorted;
  }
}

/** Quote a user value for a message, short enough to read on one line. */
export function show(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : String(JSON.stringify(value) ?? value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

export function oneOf(values: readonly string[]): string {
  return values.length === 1 ? values[0]! : `one of ${values.join(', ')}`;
}
