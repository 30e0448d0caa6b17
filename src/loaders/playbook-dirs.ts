import fs from 'node:fs';
import path from 'node:path';

/** `playbook` and each `versions/<x.y>` folder that exists, relative to the root. */
export function playbookDirs(root: string): string[] {
  const versionsDir = path.join(root, 'versions');
  const versions = fs.existsSync(versionsDir)
    ? fs.readdirSync(versionsDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => `versions/${d.name}`)
    : [];
  return [...(fs.existsSync(path.join(root, 'playbook')) ? ['playbook'] : []), ...versions.sort()];
}
