/**
 * Every fixture under tests/fixtures/invalid/<case>/ is the valid fixture with a few files
 * changed; `expected.txt` holds exactly the problems `check` must report, one per line, each
 * naming the file, the line (where there is one) and the field.
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import { expectedLines, invalidCases, overlayFixture } from '../helpers/fixtures.ts';
import { VALID_FIXTURE } from '../helpers/paths.ts';

describe('check on fixture content', () => {
  it('finds nothing wrong with the valid fixture', () => {
    const { problems, tree } = checkContent(VALID_FIXTURE);
    expect(problems.map((p) => formatProblem(p))).toEqual([]);
    expect(tree.playbooks.map((p) => p.version)).toEqual(['next', '1.0']);
    expect(tree.clients[0]?.snapshots.map((s) => s.period)).toEqual(['2026-01', '2026-02', '2026-03']);
  });

  it('has at least 15 invalid cases', () => {
    expect(invalidCases().filter((name) => expectedLines(name).length > 0).length).toBeGreaterThanOrEqual(15);
  });

  it('reads snapshots whose columns come in another order exactly like the valid fixture', () => {
    const rows = (root: string) =>
      checkContent(root).tree.clients.flatMap((client) =>
        client.snapshots.map((s) => ({ period: s.period, metrics: [...s.metrics].sort(), daily: s.daily, rows: s.rows })),
      );
    const reordered = rows(overlayFixture('valid-column-order'));
    expect(reordered.map((s) => s.period)).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(reordered).toEqual(rows(VALID_FIXTURE));
  });

  for (const name of invalidCases()) {
    it(`reports exactly the expected problems for ${name}`, () => {
      const { problems } = checkContent(overlayFixture(name));
      expect(problems.map((p) => formatProblem(p))).toEqual(expectedLines(name));
    });
  }
});
