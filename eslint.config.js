// ESLint for the code (content is the agency's, and Prettier owns layout: eslint-config-prettier
// turns off every rule that would disagree with it). `npm run lint` runs both; so does `npm test`
// (tests/lint/lint.test.ts).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['content/', 'tests/fixtures/', 'tests/.output/', 'dist/', '.astro/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // `_name` marks a parameter or binding kept for its position.
      // Number formats hold narrow no-break spaces on purpose (`12 pp`, `1 234`).
      'no-irregular-whitespace': ['error', { skipTemplates: true, skipStrings: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  // Code that runs in the reader's browser: report charts, the unlock form, the playbook's scripts.
  { files: ['src/components/**/*.ts', 'src/**/*.astro'], languageOptions: { globals: { ...globals.browser } } },
  prettier,
);
