/**
 * Builds the sites the build and browser tests read, once per `npm test`: the small fixture
 * content root and the shipped demo content. Each run builds into its own folder, so two runs
 * (a developer's and an editor's watcher, say) never delete each other's sites. Each build has
 * its own copy of the project (tests/helpers/project-copy.ts), so two run at a time: a build
 * leaves one of the machine's cores idle for much of its run (startup, bundling, writing files).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { astroBuildAsync } from './helpers/build.ts';
import { copyRoot } from './helpers/fixtures.ts';
import { SUBPATH_SECRET, DEMO_CONTENT, EDIT_BASE, REPORT_CASES, SUBPATH_SITE, TEST_OUTPUT, VALID_FIXTURE } from './helpers/paths.ts';

const LOCKED_PASSPHRASE = 'correct horse battery staple';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A scratch folder for this run: built sites, screenshots, broken builds. */
    outputDir: string;
    fixtureDist: string;
    demoDist: string;
    /** The valid fixture plus tests/fixtures/report-cases (payloads, holes, a passphrase client). */
    reportsDist: string;
    /** The same content as reportsDist, built with ROLEBOOK_SITE = SUBPATH_SITE (served below /team-playbook/). */
    subpathDist: string;
    /** The passphrase the locked-client fixture is built with. */
    lockedPassphrase: string;
  }
}

interface BuiltSites {
  outputDir: string;
  provided: Record<string, string>;
  /** Projects still using the sites; the last one to finish removes them. */
  users: number;
}

// The build and browser projects both read these sites: the first project's setup builds them and
// the other waits for the same promise (global setups run in the one main process), so a run
// builds each site once.
const shared = globalThis as { rolebookSites?: Promise<BuiltSites> };

export default async function setup(project: TestProject): Promise<() => void> {
  const sites = await (shared.rolebookSites ??= buildSites());
  sites.users += 1;
  // Every provided value is a string (a folder or the passphrase), whatever its key.
  for (const [key, value] of Object.entries(sites.provided)) project.provide(key as 'outputDir', value);
  return () => {
    sites.users -= 1;
    if (sites.users > 0) return;
    // Keep the run's output when asked, to look at screenshots; otherwise leave no trace.
    if (process.env.ROLEBOOK_KEEP_TEST_OUTPUT) console.log(`test output kept in ${sites.outputDir}`);
    else fs.rmSync(sites.outputDir, { recursive: true, force: true });
  };
}

async function buildSites(): Promise<BuiltSites> {
  // Inside the project: Astro keeps a build's prerender chunks next to its outDir only when the
  // outDir is below the working directory; elsewhere concurrent builds would share one folder.
  fs.mkdirSync(TEST_OUTPUT, { recursive: true });
  const outputDir = fs.mkdtempSync(path.join(TEST_OUTPUT, 'run-'));
  const provided: Record<string, string> = {};
  provided.outputDir = outputDir;
  // The fixture is built from a copy outside the project, as an agency's own content repo would be.
  const reportsRoot = copyRoot(VALID_FIXTURE);
  fs.cpSync(REPORT_CASES, reportsRoot, { recursive: true, filter: (source) => path.basename(source) !== 'README.md' });
  const sites = { fixtureDist: copyRoot(VALID_FIXTURE), demoDist: DEMO_CONTENT, reportsDist: reportsRoot, subpathDist: reportsRoot } as const;
  // Only the sub-path site is built for a public URL; the others stay at a domain root with no site.
  const siteOf: Partial<Record<keyof typeof sites, string>> = { subpathDist: SUBPATH_SITE };
  provided.lockedPassphrase = LOCKED_PASSPHRASE;
  if (process.env.ROLEBOOK_TEST_SITES === 'none') {
    // For a quick look at one build test's failure mode without building: every site is missing.
    for (const key of Object.keys(sites) as (keyof typeof sites)[]) provided[key] = path.join(outputDir, 'not-built');
    return { outputDir, provided, users: 0 };
  }
  const build = async ([key, content]: [keyof typeof sites, string]) => {
    const outDir = path.join(outputDir, key);
    const { status, output } = await astroBuildAsync(content, outDir, {
      ROLEBOOK_EDIT_URL: EDIT_BASE,
      LOCKED_CLIENT_PASSPHRASE: LOCKED_PASSPHRASE,
      ROLEBOOK_SITE: siteOf[key] ?? '',
      ROLEBOOK_SHARE_SECRET: key === 'subpathDist' ? SUBPATH_SECRET : '',
    });
    if (status !== 0) throw new Error(`astro build of ${content} failed:\n${output}`);
    // Kept beside the site, so tests can read what the build printed (it must name no report path).
    fs.writeFileSync(`${outDir}.log`, output);
    provided[key] = outDir;
  };
  await inPairs(Object.entries(sites) as [keyof typeof sites, string][], build);
  return { outputDir, provided, users: 0 };
}

/** Runs `task` over `items`, two at a time. */
async function inPairs<T>(items: readonly T[], task: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  const worker = async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await task(item);
  };
  await Promise.all([worker(), worker()]);
}
