/**
 * Five projects, so a run builds only what it reads: `unit` (pure lib, schemas, properties, the
 * demo content), `cli` and `lint` (ESLint and Prettier) build nothing; `build` and `browser` read the sites the global setup
 * builds once per run, shared by both (tests/global-setup.ts). Pick one with
 * `npm test -- --project unit`; a file path still runs just that file.
 */
import os from 'node:os';
import { defineConfig } from 'vitest/config';
import ProjectOrderSequencer from './sequencer.ts';

const SITES = ['tests/global-setup.ts'];

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    // Builds and Chromium take seconds, not milliseconds; nothing here asserts on time.
    testTimeout: 60_000,
    // Vitest's default is one worker fewer than the cores: one on a 2-core machine, which ran every
    // file after the other. Browser files spend much of their time waiting on Chromium, so one
    // worker more than the cores (at least three) keeps both cores busy: 141 s → 124 s on 2 cores.
    maxWorkers: Math.max(2, os.availableParallelism()) + 1,
    sequence: { sequencer: ProjectOrderSequencer },
    hookTimeout: 180_000,
    // GITHUB_ACTIONS would add annotation lines to `rolebook check`'s output in the CLI tests; a
    // developer's own share secret would change the derived tokens the fixtures expect.
    env: { TZ: 'UTC', GITHUB_ACTIONS: '', ROLEBOOK_SHARE_SECRET: '' },
    reporters: ['default', './tests/summary-reporter.ts'],
    // `npm run coverage`: the unit project over src/lib, with a floor per folder a little under what
    // it measures today, so a change that leaves new code untested fails. Off in `npm test`: a
    // threshold cannot hold for a run of one file. src/lib/scaffold is exercised through the CLI's
    // child processes, which v8 coverage in this process cannot see, so it has no floor.
    coverage: {
      provider: 'v8',
      include: ['src/lib/**'],
      reporter: ['text-summary', 'html'],
      reportsDirectory: 'tests/.output/coverage',
      thresholds: {
        'src/lib/*.ts': { lines: 85, branches: 78 },
        'src/lib/crypto/**': { lines: 95, branches: 92 },
        'src/lib/i18n/**': { lines: 98, branches: 80 },
        'src/lib/import/**': { lines: 95, branches: 85 },
        'src/lib/markdown/**': { lines: 95, branches: 90 },
        'src/lib/playbook/**': { lines: 94, branches: 86 },
        'src/lib/reports/**': { lines: 92, branches: 82 },
        'src/lib/rules/**': { lines: 92, branches: 80 },
      },
    },
    // `isolate: false` where files share nothing that lasts (pure functions, the CLI run in-process
    // with its environment restored, reads of built HTML): a worker then loads the modules once for
    // all its files, which took the unit project from 22 s to 9 s. Browser files keep their own
    // worker each, with their own Chromium.
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/lib/**/*.test.ts', 'tests/schemas/**/*.test.ts', 'tests/property/**/*.test.ts', 'tests/styles/**/*.test.ts', 'tests/*.test.ts'],
          isolate: false,
        },
      },
      { extends: true, test: { name: 'cli', include: ['tests/cli/**/*.test.ts'], isolate: false } },
      { extends: true, test: { name: 'lint', include: ['tests/lint/**/*.test.ts'] } },
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'], globalSetup: SITES, isolate: false } },
      { extends: true, test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], globalSetup: SITES } },
    ],
  },
});
