/**
 * One-off builds of a passphrase client that must not be published: a passphrase with white space
 * at an end fails before anything renders, and a page whose sealed form still shows the client's
 * name fails the verifier, which deletes the client's folder. Each failure is one clean line.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { astroBuild } from '../helpers/build.ts';
import { listFiles } from '../helpers/dist.ts';
import { copyRoot } from '../helpers/fixtures.ts';
import { REPORT_CASES, VALID_FIXTURE } from '../helpers/paths.ts';
import { casesOf } from '../helpers/reports.ts';

const PASSPHRASE = 'correct horse battery staple';
const NO_STACK = /Stack trace|^\s+at .+:\d+:\d+\)?$|unhandled error|AstroUserError/im;

/** The valid fixture plus the locked client of the report cases, with client.yaml changed by `edit`. */
function lockedRoot(edit: (yaml: string) => string = (yaml) => yaml): string {
  const root = copyRoot(VALID_FIXTURE);
  fs.cpSync(path.join(REPORT_CASES, 'clients/locked-client'), path.join(root, 'clients/locked-client'), { recursive: true });
  const yaml = path.join(root, 'clients/locked-client/client.yaml');
  fs.writeFileSync(yaml, edit(fs.readFileSync(yaml, 'utf8')));
  return root;
}

const tokenOf = (root: string) => casesOf(root).find((c) => c.source.id === 'locked-client')!.token;

describe('a passphrase with white space around it', () => {
  const root = lockedRoot();
  const outDir = path.join(inject('outputDir'), 'padded-passphrase');
  const { status, output } = astroBuild(root, outDir, { LOCKED_CLIENT_PASSPHRASE: ` ${PASSPHRASE} ` });

  it('fails the build with the problem line, naming file, line, field and variable', () => {
    expect(status).toBe(1);
    expect(output).toMatch(/^1 content problem:$/m);
    expect(output).toContain(
      `${root}/clients/locked-client/client.yaml:4: passphraseEnv: environment variable LOCKED_CLIENT_PASSPHRASE starts or ends with white space (a space, tab or line break); remove the spaces: readers' input is trimmed, so this passphrase could never open the reports (expected a passphrase with no white space at either end)`,
    );
    expect(output).not.toMatch(NO_STACK);
    expect(output).not.toContain(PASSPHRASE);
  });

  it('leaves no page of that client, or any page, in the output folder', () => {
    expect(fs.existsSync(path.join(outDir, 'r', tokenOf(root)))).toBe(false);
    expect(fs.existsSync(path.join(outDir, 'index.html'))).toBe(false);
  });
});

describe('a passphrase shorter than 12 characters', () => {
  const root = lockedRoot();
  const { status, output } = astroBuild(root, path.join(inject('outputDir'), 'short-passphrase'), { LOCKED_CLIENT_PASSPHRASE: 'hunter2' });

  it('fails the build before rendering, without quoting it', () => {
    expect(status).toBe(1);
    expect(output).toContain(
      `${root}/clients/locked-client/client.yaml:4: passphraseEnv: environment variable LOCKED_CLIENT_PASSPHRASE holds a passphrase of 7 characters, shorter than 12`,
    );
    expect(output).not.toContain('hunter2');
  });
});

describe('a sealed page that still names the client outside the ciphertext', () => {
  // The unlock form says "Passphrase": a client of that name is readable on every sealed page.
  const root = lockedRoot((yaml) => yaml.replace('name: Locked Client Ltd', 'name: Passphrase'));
  const outDir = path.join(inject('outputDir'), 'leaky-seal');
  const { status, output } = astroBuild(root, outDir, { LOCKED_CLIENT_PASSPHRASE: PASSPHRASE });

  it('fails the build with one line per client, and deletes that client’s folder', () => {
    expect(status).toBe(1);
    expect(output).toMatch(
      /^locked-client: report pages not sealed \(.*readable outside the encrypted payload.*\); deleted its report folder from the output$/m,
    );
    expect(output).not.toMatch(NO_STACK);
    expect(fs.existsSync(path.join(outDir, 'r', tokenOf(root)))).toBe(false);
    // Other clients' reports are untouched (the build still failed, so none of it is published).
    expect(listFiles(path.join(outDir, 'r')).length).toBeGreaterThan(0);
  });
});
