/**
 * The folders a kind's files sit in (a playbook version's or a client's), as `rolebook check`
 * finds them: hidden ones and links out of the root left out, as check leaves them out.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Scope } from '../lib/content-kinds.ts';
import { inspectEntry, isHiddenName } from '../lib/content-files.ts';
import { DRAFT_VERSION } from '../lib/content-root.ts';

/** A folder that holds content of one owner: a playbook version or a client. */
export interface OwnerDir {
  /** The version (`next`, `2.0`) or the client id. */
  owner: string;
  /** Relative to the root: `playbook`, `versions/2.0`, `clients/acme`. */
  dir: string;
}

/** Every owner folder of `scope` that exists, in check's order (the draft first, then by name). */
export function ownerDirs(root: string, scope: Scope): OwnerDir[] {
  if (scope === 'client') return subfolders(root, 'clients').map((id) => ({ owner: id, dir: `clients/${id}` }));
  const draft = isFolder(root, 'playbook') ? [{ owner: DRAFT_VERSION, dir: 'playbook' }] : [];
  return [...draft, ...subfolders(root, 'versions').map((version) => ({ owner: version, dir: `versions/${version}` }))];
}

/** The owner folder a path relative to the root lies in, and the rest of the path; undefined outside any. */
export function ownerOf(scope: Scope, relative: string): (OwnerDir & { rest: string }) | undefined {
  const parts = relative.split('/');
  if (scope === 'playbook' && parts[0] === 'playbook' && parts.length > 1) return { owner: DRAFT_VERSION, dir: 'playbook', rest: parts.slice(1).join('/') };
  const top = scope === 'client' ? 'clients' : 'versions';
  if (parts[0] === top && parts[1] && parts.length > 2) return { owner: parts[1], dir: `${top}/${parts[1]}`, rest: parts.slice(2).join('/') };
  return undefined;
}

/** The non-hidden names in `folder` (relative to the root), sorted; none when it is not a folder to read. */
export function namesIn(root: string, folder: string): string[] {
  return isFolder(root, folder)
    ? fs
        .readdirSync(path.join(root, folder))
        .filter((name) => !isHiddenName(name))
        .sort()
    : [];
}

function subfolders(root: string, folder: string): string[] {
  return namesIn(root, folder).filter((name) => isFolder(root, `${folder}/${name}`));
}

function isFolder(root: string, relative: string): boolean {
  return inspectEntry(root, relative).kind === 'directory';
}
