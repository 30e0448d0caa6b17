import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    // Builds and Chromium take seconds, not milliseconds; nothing here asserts on time.
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // GITHUB_ACTIONS would add annotation lines to `rolebook check`'s output in the CLI tests; a
    // developer's own share secret would change the derived tokens the fixtures expect.
    env: { TZ: 'UTC', GITHUB_ACTIONS: '', ROLEBOOK_SHARE_SECRET: '' },
    reporters: ['default', './tests/summary-reporter.ts'],
  },
});
