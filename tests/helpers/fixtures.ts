/** Fixture content roots: the valid one, or the valid one with a case's files laid over it. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { INVALID_FIXTURES, VALID_FIXTURE } from './paths.ts';

export function invalidCases(): string[] {
  return fs.readdirSync(INVALID_FIXTURES).sort();
}

/** A fresh copy of the valid fixture with `tests/fixtures/invalid/<name>/` copied over it. */
export function overlayFixture(name: string): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), `rolebook-${name}-`));
  fs.cpSync(VALID_FIXTURE, root, { recursive: true });
  fs.cpSync(path.join(INVALID_FIXTURES, name), root, {
    recursive: true,
    filter: (source) => path.basename(source) !== 'expected.txt',
  });
  return root;
}

export function expectedLines(name: string): string[] {
  return fs
    .readFileSync(path.join(INVALID_FIXTURES, name, 'expected.txt'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '');
}

/** A scratch copy of any content root, for tests that change files. */
export function copyRoot(source: string): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'rolebook-copy-'));
  fs.cpSync(source, root, { recursive: true });
  return root;
}
