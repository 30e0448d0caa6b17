/** Where the content lives: `content/` beside the project, or `ROLEBOOK_CONTENT`. */
import path from 'node:path';

export const CONTENT_ENV = 'ROLEBOOK_CONTENT';

export function resolveContentRoot(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): string {
  const configured = env[CONTENT_ENV]?.trim();
  return path.resolve(cwd, configured || 'content');
}

/** How to name the root in messages: relative to where the command runs, like a compiler would. */
export function rootLabel(root: string, cwd = process.cwd()): string {
  const relative = path.relative(cwd, root);
  return (relative && !relative.startsWith('..') ? relative : root).split(path.sep).join('/');
}

/** The draft playbook's version id in URLs and messages. */
export const DRAFT_VERSION = 'next';
