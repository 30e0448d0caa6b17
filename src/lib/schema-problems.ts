/**
 * Turns zod validation failures into Problems: one line per issue, naming the field, the
 * value found and what was expected. The only place that knows zod's issue shapes.
 */
import type { z } from 'zod';
import { show, type Problem } from './problems.ts';
import type { FieldPath, SourceFile } from './source.ts';

type Issue = z.core.$ZodIssue;

export type ValidationResult<T> = { ok: true; data: T } | { ok: false; problems: Problem[] };

/** Validate `source.data` against `schema`; problems carry the file, line and field. */
export function validateSource<S extends z.ZodType>(
  schema: S,
  source: Pick<SourceFile, 'file' | 'data' | 'lineOf'>,
  basePath: FieldPath = [],
): ValidationResult<z.output<S>> {
  const result = schema.safeParse(source.data, { reportInput: true });
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, problems: result.error.issues.map((issue) => issueToProblem(issue, source, basePath)) };
}

export function issueToProblem(issue: Issue, source: Pick<SourceFile, 'file' | 'lineOf'>, basePath: FieldPath = []): Problem {
  const path = [...basePath, ...(issue.path as PropertyKey[]).filter(isKey)];
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0]!;
    const fieldPath = [...path, key];
    return {
      file: source.file,
      line: source.lineOf(fieldPath),
      field: fieldName(fieldPath),
      message: issue.keys.length > 1 ? `unknown fields ${issue.keys.join(', ')}` : 'unknown field',
      expected: 'only the documented fields; check the spelling',
    };
  }
  return {
    file: source.file,
    line: source.lineOf(path),
    field: fieldName(path) || undefined,
    ...describeIssue(issue),
  };
}

function describeIssue(issue: Issue): Pick<Problem, 'message' | 'expected'> {
  const input = (issue as { input?: unknown }).input;
  const custom = isCustomMessage(issue.message) ? issue.message : undefined;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return { message: 'is required', expected: article(issue.expected) };
      if (input === null) return { message: 'is empty', expected: article(issue.expected) };
      return custom ? { message: `${show(input)} ${custom}` } : { message: `is ${kindOf(input)} ${show(input)}`, expected: article(issue.expected) };
    case 'invalid_value':
      return {
        message: `is ${show(input)}`,
        expected: `one of ${issue.values.map((value) => String(value)).join(', ')}`,
      };
    case 'invalid_key':
      return { message: `key ${describeIssue({ ...issue.issues[0], input } as Issue).message}` };
    case 'too_small':
      return { message: custom ?? tooSmall(issue) };
    default:
      return { message: input === undefined || typeof input === 'object' ? issue.message : `${show(input)} ${issue.message}` };
  }
}

function tooSmall(issue: z.core.$ZodIssueTooSmall): string {
  if (issue.origin === 'string') return 'must not be empty';
  if (issue.origin === 'array') return `must list at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}`;
  return `must be at least ${issue.minimum}`;
}

/** zod's own messages start with "Invalid" or "Too"; ours are written as "must …" / "is …". */
function isCustomMessage(message: string): boolean {
  return !/^(Invalid|Too |Unrecognized|Expected)/.test(message);
}

function kindOf(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'a mapping' : `a ${typeof value}`;
}

function article(expected: string): string {
  const words: Record<string, string> = { array: 'a list', object: 'a mapping', record: 'a mapping' };
  return words[expected] ?? `a ${expected}`;
}

function isKey(key: PropertyKey): key is string | number {
  return typeof key !== 'symbol';
}

/** `routine[2].when`, `raci.community-manager`. */
export function fieldName(path: FieldPath): string {
  return path.reduce<string>((name, key) => (typeof key === 'number' ? `${name}[${key}]` : name ? `${name}.${key}` : key), '');
}
