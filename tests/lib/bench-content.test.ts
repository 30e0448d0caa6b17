/**
 * The benchmark's synthetic content must pass `rolebook check`, or `npm run bench` stops at its
 * first step with a list of problems instead of measuring anything (a new rule, such as the accent
 * contrast one, can break it silently: nothing else runs the generator).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/check.ts';
import { generate } from '../bench/generate.ts';
import { TEST_OUTPUT } from '../helpers/paths.ts';

const root = path.join(TEST_OUTPUT, 'bench-content-test');
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

test('a small generated content root has no problems, in either commentary format', () => {
  for (const commentary of ['mdx', 'md'] as const) {
    const generated = generate({ clients: 12, periods: 14, platforms: 4, versions: 2, root, commentary });
    expect(generated.snapshots).toBeGreaterThan(0);
    const { problems, tree } = checkContent(root, { ROLEBOOK_SHARE_SECRET: '' });
    expect(problems.map((p) => `${p.file}:${p.line ?? ''} ${p.field ?? ''} ${p.message}`)).toEqual([]);
    expect(tree.clients).toHaveLength(12);
  }
});
