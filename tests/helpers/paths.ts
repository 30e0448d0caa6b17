import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT = fileURLToPath(new URL('../..', import.meta.url));
export const FIXTURES = path.join(PROJECT, 'tests/fixtures');
export const VALID_FIXTURE = path.join(FIXTURES, 'valid');
export const INVALID_FIXTURES = path.join(FIXTURES, 'invalid');
export const REPORT_CASES = path.join(FIXTURES, 'report-cases');
/** Scratch space for test runs, ignored by git. */
export const TEST_OUTPUT = path.join(PROJECT, 'tests/.output');
export const DEMO_CONTENT = path.join(PROJECT, 'content');

/** The "Edit this page" base the test sites are built with. */
export const EDIT_BASE = 'https://git.example.com/agency/playbook/edit/main/content/';

/** The public URL the sub-path test site is built for: a GitHub Pages project site. */
export const SUBPATH_SITE = 'https://org.github.io/team-playbook/';
/** A public site is a build for publishing, which refuses the demo secret: the sub-path site gets this one. */
export const SUBPATH_SECRET = 'test-secret-for-the-sub-path-site-0123456789';
export const SUBPATH_BASE = '/team-playbook/';
