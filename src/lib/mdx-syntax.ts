/** Parse an MDX body the way the build will, so syntax errors surface in `check` with their line. */
import { createProcessor } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';
import { unsafeLinks, unsafeMarkdownLinks } from './markdown/safe-links.ts';
import { mdxCodeProblems } from './mdx-code.ts';
import type { Problem } from './problems.ts';

let processor: ReturnType<typeof createProcessor> | undefined;

type Parsed = { tree: unknown } | { error: Omit<Problem, 'file'> };

/**
 * Each body's parse, by its text. A released version is a frozen copy of the draft, so most of
 * its files are the draft's text again (51 different bodies in the bench's 115 MDX files): each
 * is parsed once. The trees are only read. At most PARSED_KEPT, the oldest dropped first, for a
 * dev server that sees every edit.
 */
const parsed = new Map<string, Parsed>();
const PARSED_KEPT = 500;

function parseText(body: string): Parsed {
  const known = parsed.get(body);
  if (known) return known;
  processor ??= createProcessor({ remarkPlugins: [remarkGfm] });
  let result: Parsed;
  try {
    result = { tree: processor.parse(body) };
  } catch (error) {
    const e = error as { line?: number; column?: number; reason?: string; message: string };
    result = { error: { line: e.line, column: e.column, message: `MDX syntax error: ${e.reason ?? e.message}` } };
  }
  if (parsed.size >= PARSED_KEPT) parsed.delete(parsed.keys().next().value!);
  parsed.set(body, result);
  return result;
}

function parse(body: string, file: string): { tree?: unknown; problems: Problem[] } {
  const result = parseText(body);
  return 'tree' in result ? { tree: result.tree, problems: [] } : { problems: [{ file, ...result.error }] };
}

export function mdxSyntaxProblems(body: string, file: string): Problem[] {
  if (!file.endsWith('.mdx')) return [];
  return parse(body, file).problems;
}

/**
 * Everything in an MDX body that would fail the build: syntax errors, or else imports that do
 * not resolve and code that could throw (see mdx-code.ts). `absFile` is the file on disk.
 */
export function mdxBodyProblems(body: string, file: string, absFile: string): Problem[] {
  if (!file.endsWith('.mdx')) return unsafeMarkdownLinks(body, file);
  const { tree, problems } = parse(body, file);
  return tree ? [...mdxCodeProblems(tree, file, absFile), ...unsafeLinks(tree as Root, file)] : problems;
}
