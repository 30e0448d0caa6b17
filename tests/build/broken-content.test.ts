/** A build of broken content fails with every problem as file:line: field, and no stack trace. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { astroBuild } from '../helpers/build.ts';
import { copyRoot } from '../helpers/fixtures.ts';
import { VALID_FIXTURE } from '../helpers/paths.ts';

describe('build of broken content', () => {
  const root = copyRoot(VALID_FIXTURE);
  fs.writeFileSync(path.join(root, 'clients/tiny-bakery/snapshots/2026-02.csv'), 'platform,impressions\nmastodon,12k\n');
  const kpi = path.join(root, 'playbook/kpis/reply-rate.mdx');
  fs.writeFileSync(kpi, fs.readFileSync(kpi, 'utf8').replace('owner: support-agent', 'owner: ghost'));
  const outDir = path.join(inject('outputDir'), 'broken');
  const { status, output } = astroBuild(root, outDir);

  it('exits non-zero and writes no pages', () => {
    expect(status).not.toBe(0);
    expect(fs.existsSync(path.join(outDir, 'index.html'))).toBe(false);
  });

  it('prints every problem with file, line and field', () => {
    expect(output).toContain('2 content problems');
    expect(output).toContain(`${root}/clients/tiny-bakery/snapshots/2026-02.csv:2:2: impressions: "12k" is not a number`);
    expect(output).toContain(`${root}/playbook/kpis/reply-rate.mdx:3: owner: unknown role "ghost"`);
  });

  it('prints no stack trace and no "unhandled error" header around the problems', () => {
    expect(output).not.toMatch(/Stack trace|^\s+at .+:\d+:\d+\)?$/m);
    expect(output).not.toMatch(/unhandled error|AstroUserError|Hint:/i);
    expect(output).toMatch(/^2 content problems:$/m);
    expect(output).toContain('Fix the files above, then build again.');
  });
});
