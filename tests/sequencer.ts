/**
 * The order test files start in: longest first, across projects, so the long browser files and
 * the lint run start at once and the short unit files fill the gaps at the end (the longest-first
 * rule of job scheduling). How long a file takes comes from Vitest's cache of the last run; a clean
 * clone (CI) has no cache, and Vitest then starts the largest files first, which ran the 37 s
 * accessibility file (a small file) last on CI, alone. So a clean clone uses the seconds each
 * file took in a CI run, below; a file not listed takes under 3 s, or is new and runs after them.
 * A stale figure costs only time, never a result.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Seconds per file in the clean-clone CI run of 2026-12-03 (`bash .ci/run`), those of 3 s or more. */
const CI_SECONDS: Record<string, number> = {
  'tests/browser/reports.test.ts': 52,
  'tests/browser/playbook.test.ts': 38,
  'tests/browser/a11y.test.ts': 37,
  'tests/lint/lint.test.ts': 36,
  'tests/browser/injection.test.ts': 34,
  'tests/browser/phone-and-paper.test.ts': 33,
  'tests/browser/printed-pdf.test.ts': 21,
  'tests/browser/dev-server.test.ts': 21,
  'tests/browser/unlock.test.ts': 18,
  'tests/cli/new.test.ts': 13,
  'tests/cli/help.test.ts': 12,
  'tests/build/playbook.test.ts': 12,
  'tests/build/import-roundtrip.test.ts': 9,
  // These build broken content while Vitest collects them, which the file's time leaves out.
  'tests/build/sealed-reports.test.ts': 8,
  'tests/build/publishing-secret.test.ts': 6,
  'tests/build/stranger-content.test.ts': 5,
  'tests/build/another-agency.test.ts': 4,
  'tests/browser/subpath.test.ts': 7,
  'tests/lib/snapshot-csv.test.ts': 6,
  'tests/build/reports.test.ts': 6,
  'tests/property/snapshot-csv.test.ts': 5,
  'tests/build/validity.test.ts': 5,
  'tests/cli/workflows.test.ts': 4,
  'tests/build/budgets.test.ts': 4,
  'tests/browser/home.test.ts': 4,
};

export default class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const root = this.ctx.config.root.replace(/\/?$/, '/');
    const seconds = (file: TestSpecification): number => {
      const cached = this.ctx.cache.getTestSpecificationResult(file)?.duration;
      if (cached !== undefined) return cached / 1000;
      return CI_SECONDS[file.moduleId.replace(root, '')] ?? 0;
    };
    // Array.prototype.sort is stable: files of equal weight keep Vitest's order.
    return sorted.sort((a, b) => seconds(b) - seconds(a));
  }
}
