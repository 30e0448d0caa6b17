import fs from 'node:fs';
import path from 'node:path';
import { inspectEntry, isHiddenName } from '../lib/content-files.ts';

/**
 * `playbook` and each `versions/<x.y>` folder that exists, relative to the root: the folders
 * `rolebook check` reads (hidden ones and links out of the root left out, as check leaves them).
 */
export function playbookDirs(root: string): string[] {
  const isFolder = (relative: string) => inspectEntry(root, relative).kind === 'directory';
  const versions = isFolder('versions')
    ? fs
        .readdirSync(path.join(root, 'versions'))
        .filter((name) => !isHiddenName(name) && isFolder(`versions/${name}`))
        .map((name) => `versions/${name}`)
    : [];
  return [...(isFolder('playbook') ? ['playbook'] : []), ...versions.sort()];
}
