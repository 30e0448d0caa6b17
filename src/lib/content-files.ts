/**
 * Reading files of a content root written by someone else, safely: nothing here crashes, hangs,
 * or reads outside the root. `readContentFile` goes lstat → kind → size cap → realpath
 * containment → read → UTF-8 decode, and answers with the text or one Problem. Pure Node, no
 * Astro, so `rolebook check` and the collection loaders share it.
 *
 * Symbolic links are followed when they stay inside the content root (Astro's glob loader follows
 * them too) and refused, unread, when they point outside it or at nothing. FIFOs, sockets and
 * devices are refused from their lstat/stat, never opened.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Problem } from './problems.ts';

/**
 * Size caps. A snapshot is one row per platform and month (a few hundred bytes; a daily export
 * for a year of many platforms is still well under 1 MB), so 10 MB only ever stops a wrong file.
 * YAML and MDX are hand-written prose and lists: the largest demo file is a few kB, and 1 MB is
 * already a book. Both keep a stray dump or binary from being parsed into thousands of problems.
 */
export const SIZE_CAP = { csv: 10 * 1024 * 1024, text: 1024 * 1024 } as const;

/** The one rule for hidden names, shared by `check` and every loader: `.DS_Store`, `.git/`, `.draft/`. */
export function isHiddenName(name: string): boolean {
  return name.startsWith('.');
}

/** A path relative to the content root with any hidden segment (`clients/.old/client.yaml`). */
export function isHiddenPath(relative: string): boolean {
  return relative.split('/').some(isHiddenName);
}

export type ContentEntry =
  | { kind: 'missing' }
  | { kind: 'file'; real: string; size: number }
  | { kind: 'directory'; real: string }
  /** Something that must not be read or listed: the problem says why. */
  | { kind: 'refused'; problem: Problem };

/**
 * What `relative` is inside `root`, from lstat and realpath only (nothing is opened). A symlink
 * is resolved and must land inside the root; a dangling one, or one pointing outside, is refused.
 */
export function inspectEntry(root: string, relative: string): ContentEntry {
  const abs = path.join(root, relative);
  const file = relative.replace(/\/$/, '');
  let stat = lstat(abs);
  if (!stat) return { kind: 'missing' };
  let real = abs;
  if (stat.isSymbolicLink() || !isInside(realRoot(root), realParent(abs))) {
    const target = stat.isSymbolicLink() ? readlink(abs) : undefined;
    const resolved = realpath(abs);
    if (!resolved) {
      return refused(file, `is a symbolic link to ${JSON.stringify(target)}, which does not exist`, 'a file, or a link to one inside the content root');
    }
    if (!isInside(realRoot(root), resolved)) {
      const what =
        target !== undefined
          ? `is a symbolic link to ${JSON.stringify(target)}, outside the content root`
          : 'is inside a linked folder outside the content root';
      return refused(file, `${what}; it was not read`, 'a file inside the content root; copy it in instead of linking to it');
    }
    real = resolved;
    stat = lstat(resolved);
    if (!stat)
      return refused(file, `is a symbolic link to ${JSON.stringify(target)}, which does not exist`, 'a file, or a link to one inside the content root');
  }
  if (stat.isDirectory()) return { kind: 'directory', real };
  if (stat.isFile()) return { kind: 'file', real, size: stat.size };
  return refused(file, `is ${specialKind(stat)}, not a regular file; it was not read`, 'a plain text file');
}

export type ReadResult = { ok: true; text: string } | { ok: false; problem: Problem };

export interface ReadOptions {
  /** Largest accepted size in bytes; default by extension (`SIZE_CAP`). */
  cap?: number;
  /** What the file should have been, for "is a folder" and "is missing". */
  expected?: string;
}

/** The text of a content file, or the one problem that kept it from being read. */
export function readContentFile(root: string, relative: string, options: ReadOptions = {}): ReadResult {
  const entry = inspectEntry(root, relative);
  const expected = options.expected ?? 'a file';
  if (entry.kind === 'missing') return fail({ file: relative, message: 'is missing', expected });
  if (entry.kind === 'refused') return fail(entry.problem);
  if (entry.kind === 'directory') return fail({ file: relative, message: 'is a folder, not a file', expected });
  const cap = options.cap ?? capFor(relative);
  if (entry.size > cap) {
    // Just over the cap, both would round to the same figure: then say it in bytes.
    const [size, limit] = formatSize(entry.size) === formatSize(cap) ? [`${entry.size} bytes`, `${cap}-byte`] : [formatSize(entry.size), formatSize(cap)];
    return fail({
      file: relative,
      message: `is ${size}, over the ${limit} limit for ${kindLabel(relative)} files`,
      expected: 'a smaller file; split it, or check that it is the right file',
    });
  }
  let bytes: Buffer;
  try {
    bytes = readRegularFile(entry.real, cap);
  } catch (error) {
    return fail({ file: relative, message: `could not be read: ${(error as Error).message}`, expected: 'a readable file' });
  }
  const text = decodeUtf8(bytes);
  if (typeof text !== 'string') return fail({ file: relative, ...text });
  return { ok: true, text };
}

/**
 * The UTF-8 text of `bytes` (a UTF-8 BOM is dropped), or where it stops being UTF-8: the line
 * and, in the message, the offending byte and its column.
 */
export function decodeUtf8(bytes: Uint8Array): string | Omit<Problem, 'file'> {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { line: 1, message: 'is UTF-16 text, not UTF-8', expected: 'UTF-8 text; re-save the file as UTF-8' };
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidByte(bytes);
    let lineStart = 0;
    let line = 1;
    for (let i = 0; i < offset; i++) {
      if (bytes[i] === 0x0a) {
        line++;
        lineStart = i + 1;
      }
    }
    // Everything before the bad byte is valid, so the column counts characters, not bytes.
    const before = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset)).replace(/^\uFEFF/, '');
    const column = [...before].length + 1;
    const value = bytes[offset]!.toString(16).toUpperCase().padStart(2, '0');
    return { line, message: `not UTF-8: byte 0x${value} at column ${column}`, expected: 'UTF-8 text; re-save the file as UTF-8' };
  }
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
export function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min = 0x80;
    let max = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) min = 0xa0; // no overlong forms
      if (b === 0xed) max = 0x9f; // no surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) min = 0x90;
      if (b === 0xf4) max = 0x8f; // nothing above U+10FFFF
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      const lo = k === 1 ? min : 0x80;
      const hi = k === 1 ? max : 0xbf;
      // A truncated or broken sequence: the lead byte is where the text stops being UTF-8.
      if (c === undefined || c < lo || c > hi) return i;
    }
    i += need + 1;
  }
  return bytes.length;
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${trim(bytes / 1024)} kB`;
  return `${trim(bytes / (1024 * 1024))} MB`;
}

function trim(n: number): string {
  return n.toFixed(1).replace(/\.0$/, '');
}

function capFor(relative: string): number {
  return relative.endsWith('.csv') ? SIZE_CAP.csv : SIZE_CAP.text;
}

function kindLabel(relative: string): string {
  if (relative.endsWith('.csv')) return 'CSV';
  if (/\.ya?ml$/.test(relative)) return 'YAML';
  if (/\.mdx?$/.test(relative)) return 'MDX';
  return 'content';
}

/** Open (non-blocking, so even a file swapped for a FIFO since the stat cannot hang), re-check, read. */
function readRegularFile(real: string, cap: number): Buffer {
  const fd = fs.openSync(real, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0) | (fs.constants.O_NOFOLLOW ?? 0));
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) throw new Error(`it is ${specialKind(stat)}`);
    if (stat.size > cap) throw new Error(`it grew to ${formatSize(stat.size)}, over the ${formatSize(cap)} limit`);
    const buffer = Buffer.alloc(stat.size);
    let read = 0;
    while (read < buffer.length) {
      const n = fs.readSync(fd, buffer, read, buffer.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return buffer.subarray(0, read);
  } finally {
    fs.closeSync(fd);
  }
}

function specialKind(stat: fs.Stats): string {
  if (stat.isFIFO()) return 'a named pipe (FIFO)';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  if (stat.isDirectory()) return 'a folder';
  return 'not a regular file';
}

const realRoots = new Map<string, string>();

function realRoot(root: string): string {
  let real = realRoots.get(root);
  if (!real) {
    real = realpath(root) ?? path.resolve(root);
    realRoots.set(root, real);
  }
  return real;
}

/** The real path of the folder holding `abs`: a linked folder on the way moves everything in it. */
function realParent(abs: string): string {
  return path.join(realpath(path.dirname(abs)) ?? path.dirname(abs), path.basename(abs));
}

function isInside(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

function lstat(p: string): fs.Stats | undefined {
  try {
    return fs.lstatSync(p, { throwIfNoEntry: false });
  } catch {
    return undefined; // ENOTDIR (a file on the way), ELOOP, EACCES: treat as absent
  }
}

function realpath(p: string): string | undefined {
  try {
    return fs.realpathSync(p);
  } catch {
    return undefined;
  }
}

function readlink(p: string): string | undefined {
  try {
    return fs.readlinkSync(p);
  } catch {
    return undefined;
  }
}

function refused(file: string, message: string, expected: string): ContentEntry {
  return { kind: 'refused', problem: { file, message, expected } };
}

function fail(problem: Problem): ReadResult {
  return { ok: false, problem };
}
