/** Parse an MDX body the way the build will, so syntax errors surface in `check` with their line. */
import { createProcessor } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import type { Problem } from './problems.ts';

let processor: ReturnType<typeof createProcessor> | undefined;

export function mdxSyntaxProblems(body: string, file: string): Problem[] {
  if (!file.endsWith('.mdx')) return [];
  processor ??= createProcessor({ remarkPlugins: [remarkGfm] });
  try {
    processor.parse(body);
    return [];
  } catch (error) {
    const e = error as { line?: number; column?: number; reason?: string; message: string };
    return [{ file, line: e.line, column: e.column, message: `MDX syntax error: ${e.reason ?? e.message}` }];
  }
}
