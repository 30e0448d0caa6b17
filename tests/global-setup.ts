/**
 * Builds the sites the build and browser tests read, once per `npm test`: the small fixture
 * content root and the shipped demo content. Builds run one after the other because they
 * share Astro's cache folder.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { astroBuild } from './helpers/build.ts';
import { copyRoot } from './helpers/fixtures.ts';
import { DEMO_CONTENT, OUTPUT, VALID_FIXTURE } from './helpers/paths.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    fixtureDist: string;
    demoDist: string;
  }
}

export default async function setup(project: TestProject): Promise<void> {
  fs.rmSync(OUTPUT, { recursive: true, force: true });
  // The fixture is built from a copy outside the project, as an agency's own content repo would be.
  const sites = { fixtureDist: copyRoot(VALID_FIXTURE), demoDist: DEMO_CONTENT } as const;
  for (const [key, content] of Object.entries(sites) as [keyof typeof sites, string][]) {
    const outDir = path.join(OUTPUT, key);
    const { status, output } = astroBuild(content, outDir);
    if (status !== 0) throw new Error(`astro build of ${content} failed:\n${output}`);
    project.provide(key, outDir);
  }
}
