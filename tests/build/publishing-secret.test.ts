/**
 * A build for publishing never derives report links from the public demo secret: anyone with
 * this repository could compute them. It stops before writing anything, naming the variable.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { astroBuild } from '../helpers/build.ts';
import { VALID_FIXTURE } from '../helpers/paths.ts';

describe('a build for publishing without a usable share secret', () => {
  // One build per message: which environments are for publishing, and which secrets count as
  // none, are shareSecret's unit tests (tests/lib/share-token.test.ts), without a build each.
  const cases = {
    'a public ROLEBOOK_SITE and no secret': { ROLEBOOK_SITE: 'https://org.github.io/team-playbook/', ROLEBOOK_SHARE_SECRET: '' },
    'a short secret': { ROLEBOOK_SHARE_SECRET: 'only-twenty-chars-xx' },
  };

  it.each(Object.entries(cases))('refuses with %s', (name, env) => {
    const outDir = path.join(inject('outputDir'), `secret-${name.replace(/\W+/g, '-')}`);
    const { status, output } = astroBuild(VALID_FIXTURE, outDir, { ROLEBOOK_SITE: '', NETLIFY: '', CF_PAGES: '', VERCEL: '', ...env });
    expect(status).toBe(1);
    expect(output).toMatch(/^ROLEBOOK_SHARE_SECRET is (not set, and this build is for publishing|too short)/m);
    expect(output).not.toMatch(/unhandled error|^\s+at .+:\d+:\d+\)?$/m);
    expect(fs.existsSync(path.join(outDir, 'index.html'))).toBe(false);
  });
});
