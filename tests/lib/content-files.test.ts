/** The safe reader every content file goes through, and the MDX code rule, on their own. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeUtf8, firstInvalidByte, isHiddenPath, readContentFile } from '../../src/lib/content-files.ts';
import { resolves } from '../../src/lib/mdx-code.ts';
import { mdxBodyProblems } from '../../src/lib/mdx-syntax.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import { PROJECT } from '../helpers/paths.ts';

describe('decodeUtf8', () => {
  it('accepts UTF-8 and drops a BOM', () => {
    expect(decodeUtf8(Buffer.from('\uFEFFcafé ✓ 𝄞'))).toBe('café ✓ 𝄞');
  });

  it('names the line, column and byte of Windows-1252 text', () => {
    const problem = decodeUtf8(Buffer.from('title: x\nsummary: Café\n', 'latin1'));
    expect(formatProblem({ file: 'roles/x.mdx', ...(problem as object), message: (problem as { message: string }).message })).toBe(
      'roles/x.mdx:2: not UTF-8: byte 0xE9 at column 13 (expected UTF-8 text; re-save the file as UTF-8)',
    );
  });

  it('counts characters, not bytes, before the bad byte', () => {
    expect(decodeUtf8(Buffer.concat([Buffer.from('ééé'), Buffer.from([0x92])]))).toMatchObject({ line: 1, message: 'not UTF-8: byte 0x92 at column 4' });
  });

  it('names UTF-16 as such', () => {
    expect(decodeUtf8(Buffer.from('\uFEFFname: x', 'utf16le'))).toMatchObject({ line: 1, message: 'is UTF-16 text, not UTF-8' });
  });

  it('finds truncated, overlong and surrogate sequences', () => {
    expect(firstInvalidByte(Buffer.from([0x61, 0xe2, 0x82]))).toBe(1); // cut off at the end
    expect(firstInvalidByte(Buffer.from([0x61, 0xc0, 0xaf]))).toBe(1); // overlong "/"
    expect(firstInvalidByte(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0); // a UTF-16 surrogate
    expect(firstInvalidByte(Buffer.from([0xf4, 0x90, 0x80, 0x80]))).toBe(0); // above U+10FFFF
    expect(firstInvalidByte(Buffer.from('ok ✓'))).toBe(6);
  });
});

describe('readContentFile', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'rolebook-read-'));
  const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'rolebook-out-'));
  fs.writeFileSync(path.join(outside, 'client.yaml'), 'name: secret\n');
  fs.symlinkSync(outside, path.join(root, 'linked'));
  fs.mkdirSync(path.join(root, 'in'));
  fs.writeFileSync(path.join(root, 'in/a.yaml'), 'a: 1\n');
  fs.symlinkSync('in', path.join(root, 'alias'));

  it('reads a file through a link that stays inside the root', () => {
    expect(readContentFile(root, 'alias/a.yaml')).toEqual({ ok: true, text: 'a: 1\n' });
  });

  it('refuses a file inside a linked folder that leads out of the root, unread', () => {
    const result = readContentFile(root, 'linked/client.yaml');
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).not.toContain('secret');
    expect(!result.ok && formatProblem(result.problem)).toBe(
      'linked/client.yaml: is inside a linked folder outside the content root; it was not read (expected a file inside the content root; copy it in instead of linking to it)',
    );
  });

  it('says what a missing file or a folder should have been', () => {
    expect(readContentFile(root, 'nope.yaml', { expected: 'the glossary' })).toEqual({
      ok: false,
      problem: { file: 'nope.yaml', message: 'is missing', expected: 'the glossary' },
    });
    expect(readContentFile(root, 'in', { expected: 'the glossary' })).toEqual({
      ok: false,
      problem: { file: 'in', message: 'is a folder, not a file', expected: 'the glossary' },
    });
  });

  it('treats every path with a hidden segment as hidden', () => {
    expect(isHiddenPath('.draft/roles/x.mdx')).toBe(true);
    expect(isHiddenPath('clients/.old/client.yaml')).toBe(true);
    expect(isHiddenPath('playbook/roles/x.mdx')).toBe(false);
  });
});

describe('MDX code in check', () => {
  it('resolves built-ins, astro: modules and packages installed above the file', () => {
    const file = path.join(PROJECT, 'content/playbook/roles/x.mdx');
    expect(resolves('node:path', file, PROJECT)).toBe(true);
    expect(resolves('astro:assets', file, PROJECT)).toBe(true);
    expect(resolves('date-fns', file, PROJECT)).toBe(true);
    expect(resolves('@mdx-js/mdx', file, PROJECT)).toBe(true);
    expect(resolves('not-a-package-anyone-installed', file, PROJECT)).toBe(false);
    expect(resolves('https://example.com/x.js', file, PROJECT)).toBe(false);
    expect(resolves('/src/lib/slug.ts', file, PROJECT)).toBe(true);
  });

  it('accepts comments, literals and imported names; refuses code that could throw', () => {
    const body = [
      "import { format } from 'date-fns'",
      'export const year = 2026',
      '',
      "{/* note */} {'{'} {year} {format} {[1, -2, 'x', { a: null }]} {`plain`}",
      '',
      '{format(new Date(), "yyyy")} {`${year}`} {year + 1}',
    ].join('\n');
    const lines = mdxBodyProblems(body, 'x.mdx', path.join(PROJECT, 'content/x.mdx')).map((p) => formatProblem(p).replace(/ \(expected .*/, ''));
    expect(lines).toEqual([
      'x.mdx:6:1: expression {format(new Date(), "yyyy")} may fail while the page is built',
      'x.mdx:6:30: expression {`${year}`} may fail while the page is built',
      'x.mdx:6:42: expression {year + 1} may fail while the page is built',
    ]);
  });

  it('leaves plain Markdown alone', () => {
    expect(mdxBodyProblems('{undefined.boom}', 'x.md', '/x.md')).toEqual([]);
  });

  it('gives each file with the same text its own problems (a released copy of the draft)', () => {
    const broken = 'Intro\n\n<Callout>never closed\n';
    const draft = mdxBodyProblems(broken, 'playbook/roles/a.mdx', path.join(PROJECT, 'content/playbook/roles/a.mdx'));
    const released = mdxBodyProblems(broken, 'versions/1.0/roles/a.mdx', path.join(PROJECT, 'content/versions/1.0/roles/a.mdx'));
    expect(draft).toHaveLength(1);
    expect(released).toEqual([{ ...draft[0], file: 'versions/1.0/roles/a.mdx' }]);
    expect(draft[0]).toMatchObject({ file: 'playbook/roles/a.mdx', line: 3, message: expect.stringMatching(/^MDX syntax error: /) });
    // An import resolves from the file's own folder: the same text passes in one and fails in the other.
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'rolebook-mdx-'));
    fs.mkdirSync(path.join(root, 'with'));
    fs.writeFileSync(path.join(root, 'with', 'note.mdx'), 'A note.\n');
    const importing = "import Note from './note.mdx';\n\n<Note />\n";
    expect(mdxBodyProblems(importing, 'with/a.mdx', path.join(root, 'with', 'a.mdx'))).toEqual([]);
    expect(mdxBodyProblems(importing, 'without/a.mdx', path.join(root, 'without', 'a.mdx')).map((p) => formatProblem(p).replace(/ \(expected .*/, ''))).toEqual(
      ['without/a.mdx:1:1: cannot find module "./note.mdx"'],
    );
  });
});
