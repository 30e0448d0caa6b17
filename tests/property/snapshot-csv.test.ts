/**
 * The CSV snapshot loader given anything a lead could paste: it returns a snapshot of finite
 * numbers or problems with file and line, and never throws. Checked on the pure parser, through
 * `checkContent` (readContent and the rules between files) on a real content root, and through
 * the Astro loader's steps after parsing (the snapshot schema, or a ContentError).
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check.ts';
import { ContentError, formatProblem, type Problem } from '../../src/lib/problems.ts';
import { parseSnapshotCsv, type Snapshot } from '../../src/lib/snapshot-csv.ts';
import { snapshotSchema } from '../../src/schemas/snapshot.ts';
import { copyRoot } from '../helpers/fixtures.ts';
import { VALID_FIXTURE } from '../helpers/paths.ts';
import { csvText, structuredCsv, validCsv } from './csv-arbitraries.ts';

const FILE = 'clients/tiny-bakery/snapshots/2026-02.csv';
const PERIOD = '2026-02';

/** Why a problem is not a clean content error, or undefined when it is one. */
function unclean(problem: Problem, file: string): string | undefined {
  if (problem.file !== file) return `names file ${problem.file}`;
  if (typeof problem.line !== 'number' || !Number.isInteger(problem.line) || problem.line < 1) return `has line ${problem.line}`;
  if (!problem.message) return 'has no message';
  if (/[\n\r]/.test(formatProblem(problem))) return `prints on more than one line: ${JSON.stringify(formatProblem(problem))}`;
  return undefined;
}

/** Values that are not finite numbers, as `line metric=value`. */
function nonFinite(snapshot: Snapshot | undefined): string[] {
  return (snapshot?.rows ?? []).flatMap((row) =>
    Object.entries(row.values).flatMap(([metric, value]) =>
      typeof value === 'number' && Number.isFinite(value) ? [] : [`line ${row.line} ${metric}=${value}`],
    ),
  );
}

/** The whole contract of `parseSnapshotCsv` on one input. */
function expectCleanResult(text: string): void {
  const { snapshot, problems } = parseSnapshotCsv(text, FILE, PERIOD);
  expect(problems.flatMap((p) => unclean(p, FILE) ?? [])).toEqual([]);
  expect(nonFinite(snapshot)).toEqual([]);
  if (problems.length === 0) expect(snapshot).toBeDefined();
}

describe('parseSnapshotCsv on arbitrary input', () => {
  it('returns finite numbers or clean problems for any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), expectCleanResult), { numRuns: 500 });
  });

  it('returns finite numbers or clean problems for strings made of CSV punctuation', () => {
    fc.assert(fc.property(csvText, expectCleanResult), { numRuns: 1000 });
  });

  it('returns finite numbers or clean problems for structured CSV with random headers and cells', () => {
    fc.assert(fc.property(structuredCsv, expectCleanResult), { numRuns: 1000 });
  });

  it('reads every well-formed file back exactly, whatever its BOM, line ends and quoting', () => {
    fc.assert(
      fc.property(validCsv, ({ text, rows }) => {
        const { snapshot, problems } = parseSnapshotCsv(text, FILE, PERIOD);
        expect(problems.map((p) => formatProblem(p))).toEqual([]);
        expect(snapshot!.rows.map((row) => ({ platform: row.platform, values: row.values }))).toEqual(rows);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the Astro snapshot loader after parsing', () => {
  // The snapshots collection's loader (contentFilesLoader) throws ContentError(problems) or stores parseData({ client, ...snapshot }).
  it('either builds a ContentError naming file:line for each problem or passes the snapshot schema', () => {
    fc.assert(
      fc.property(fc.oneof(structuredCsv, csvText), (text) => {
        const { snapshot, problems } = parseSnapshotCsv(text, FILE, PERIOD);
        if (problems.length) {
          const lines = new ContentError(problems).message.split('\n').slice(1);
          expect(lines).toHaveLength(problems.length);
          for (const line of lines) expect(line).toMatch(/^clients\/tiny-bakery\/snapshots\/2026-02\.csv:\d+:/);
        } else {
          expect(snapshotSchema.safeParse({ client: 'tiny-bakery', ...snapshot }).success).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('checkContent (readContent and the rules) with an arbitrary snapshot in a content root', () => {
  const root = copyRoot(VALID_FIXTURE);
  const csv = path.join(root, FILE);
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('reports the file with a line, or loads finite numbers, and never throws', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          structuredCsv,
          csvText,
          validCsv.map((v) => v.text),
        ),
        (text) => {
          fs.writeFileSync(csv, text);
          const { tree, problems } = checkContent(root);
          const ours = problems.filter((p) => p.file === FILE);
          expect(ours.flatMap((p) => unclean(p, FILE) ?? [])).toEqual([]);
          const loaded = tree.clients.flatMap((client) => client.snapshots).filter((s) => s.file === FILE);
          expect(loaded.flatMap(nonFinite)).toEqual([]);
          if (ours.length === 0) expect(loaded).toHaveLength(1);
        },
      ),
      { numRuns: 60 },
    );
  });
});
