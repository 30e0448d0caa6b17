/** Parse an MDX body the way the build will, so syntax errors surface in `check` with their line. */
import { createProcessor } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';
import { unsafeLinks, unsafeMarkdownLinks } from './markdown/safe-links.ts';
import { mdxCodeProblems } from './mdx-code.ts';
import type { Problem } from './problems.ts';

let processor: ReturnType<typeof createProcessor> | undefined;

function parse(body: string, file: string): { tree?: unknown; problems: Problem[] } {
  processor ??= createProcessor({ remarkPlugins: [remarkGfm] });
  try {
    return { tree: processor.parse(body), problems: [] };
  } catch (error) {
    const e = error as { line?: number; column?: number; reason?: string; message: string };
    return { problems: [{ file, line: e.line, column: e.column, message: `MDX syntax error: ${e.reason ?? e.message}` }] };
  }
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
