/**
 * The draft playbook as committed at a git ref, written to a scratch folder so the ordinary
 * reader can check it. Files come straight from git's object store (`ls-tree` + `cat-file`), so
 * they are byte for byte what was committed: no checkout, no index, no `.gitattributes` filters,
 * and the user's working tree is never touched.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** Where a content root sits in its git repository. */
export interface GitLocation {
  /** The repository's top-level folder. */
  top: string;
  /** The content root relative to `top`, with `/`; empty when the root is the top-level itself. */
  rel: string;
}

/** Large playbooks are still small, but git's output must never be cut at Node's 1 MB default. */
const MAX_BUFFER = 512 * 1024 * 1024;

function git(cwd: string, args: string[], input?: Buffer): { ok: boolean; stdout: Buffer; stderr: string } {
  const result = spawnSync('git', ['--literal-pathspecs', ...args], { cwd, input, maxBuffer: MAX_BUFFER });
  return { ok: result.status === 0, stdout: result.stdout ?? Buffer.alloc(0), stderr: result.stderr?.toString('utf8').trim() ?? String(result.error ?? '') };
}

/** The repository holding `root`, or undefined when it is not in one (or git is not installed). */
export function gitLocation(root: string): GitLocation | undefined {
  if (!fs.existsSync(root)) return undefined;
  const result = git(root, ['rev-parse', '--show-toplevel']);
  if (!result.ok) return undefined;
  const top = result.stdout.toString('utf8').trim();
  // Compare real paths: the root may be reached through a symlink (/tmp on macOS) that git resolved.
  const rel = path.relative(fs.realpathSync(top), fs.realpathSync(root)).split(path.sep).join('/');
  return { top, rel };
}

/** The full commit id a ref names (`main`, `HEAD~1`, a short sha, a tag), or undefined. */
export function resolveCommit(location: GitLocation, ref: string): string | undefined {
  // A leading dash would be read as an option by git, not as a ref.
  if (ref.startsWith('-') || ref.trim() === '') return undefined;
  const result = git(location.top, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  return result.ok ? result.stdout.toString('utf8').trim() : undefined;
}

/**
 * Writes `<rel>/playbook/**` as it is at `commit` below `into` (so `into/<rel>` is a content
 * root) and returns how many files it wrote; 0 when the commit has no such folder.
 */
export function extractPlaybook(location: GitLocation, commit: string, into: string): number {
  const folder = location.rel ? `${location.rel}/playbook` : 'playbook';
  const listing = git(location.top, ['ls-tree', '-r', '-z', '--full-tree', commit, '--', folder]);
  if (!listing.ok) throw new Error(`git ls-tree ${commit} ${folder} failed: ${listing.stderr}`);
  const blobs = parseTree(listing.stdout.toString('utf8'));
  if (blobs.length === 0) return 0;
  const contents = readBlobs(
    location,
    blobs.map((blob) => blob.object),
  );
  blobs.forEach((blob, index) => writeInside(into, blob.path, contents[index]!));
  return blobs.length;
}

/** Regular files of `ls-tree -r -z` output; symlinks and submodules are not playbook content. */
function parseTree(output: string): { object: string; path: string }[] {
  return output
    .split('\0')
    .filter(Boolean)
    .map((entry) => {
      const [meta = '', file = ''] = entry.split('\t');
      const [mode, type, object = ''] = meta.split(' ');
      return { mode, type, object, path: file };
    })
    .filter((entry) => entry.type === 'blob' && (entry.mode === '100644' || entry.mode === '100755'));
}

/** All blobs in one `cat-file --batch` call: "<id> blob <size>\n<bytes>\n" per object. */
function readBlobs(location: GitLocation, objects: string[]): Buffer[] {
  const result = git(location.top, ['cat-file', '--batch'], Buffer.from(`${objects.join('\n')}\n`));
  if (!result.ok) throw new Error(`git cat-file failed: ${result.stderr}`);
  const out = result.stdout;
  const blobs: Buffer[] = [];
  let offset = 0;
  for (const object of objects) {
    const headerEnd = out.indexOf(0x0a, offset);
    const header = out.subarray(offset, headerEnd).toString('utf8');
    const [id, type, size] = header.split(' ');
    if (id !== object || type !== 'blob' || size === undefined) throw new Error(`git cat-file: unexpected "${header}" for ${object}`);
    const start = headerEnd + 1;
    blobs.push(out.subarray(start, start + Number(size)));
    offset = start + Number(size) + 1;
  }
  return blobs;
}

function writeInside(into: string, file: string, content: Buffer): void {
  const target = path.resolve(into, file);
  // Git never stores ".." in a tree, but a path from outside is checked before anything is written.
  if (!target.startsWith(path.resolve(into) + path.sep)) throw new Error(`refusing to write ${file} outside ${into}`);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, content);
}
