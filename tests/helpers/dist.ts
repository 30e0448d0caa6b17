import fs from 'node:fs';
import path from 'node:path';

/** Every file below a folder, relative and with `/`. */
export function listFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

export function readText(dir: string, file: string): string {
  return fs.readFileSync(path.join(dir, file), 'utf8');
}
