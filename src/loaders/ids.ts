/** Entry ids for collections that span the draft and every released version. */
import { DRAFT_VERSION } from '../lib/content-root.ts';

/** `playbook/roles/x.mdx` → `next/x`; `versions/2.0/roles/x.mdx` → `2.0/x`. */
export function versionedId(entry: string): string {
  const parts = entry.split('/');
  const version = parts[0] === 'versions' ? parts[1]! : DRAFT_VERSION;
  const name = parts.at(-1)!.replace(/\.[^.]+$/, '');
  return `${version}/${name}`;
}

/** `next/x` → { version: 'next', id: 'x' }. */
export function splitVersionedId(id: string): { version: string; id: string } {
  const slash = id.indexOf('/');
  return { version: id.slice(0, slash), id: id.slice(slash + 1) };
}

/** `clients/acme/reports/2026-03.mdx` → `acme/2026-03`; `clients/acme/client.yaml` → `acme`. */
export function clientEntryId(entry: string): string {
  const [, client, , file] = entry.split('/');
  return file ? `${client}/${file.replace(/\.[^.]+$/, '')}` : client!;
}

/** Every playbook folder of a content root, draft first: `playbook`, `versions/1.0`, … */
export const PLAYBOOK_GLOBS = (pattern: string): string[] => [`playbook/${pattern}`, `versions/*/${pattern}`];
