/** Every playbook version of a content root as a model, for the diff and the CLI. */
import { checkContent } from '../check.ts';
import { DRAFT_VERSION } from '../content-root.ts';
import type { Problem } from '../problems.ts';
import { compareVersions, latestRelease, releasedVersions } from '../versions.ts';
import { fromSource, type PlaybookModel } from './model.ts';

export interface LoadedPlaybooks {
  /** `next` and each released version found, whether or not its files have problems. */
  models: Map<string, PlaybookModel>;
  /** Every problem of the content root, clients included; see `problemsIn` for one version's. */
  problems: Problem[];
}

/**
 * Reads and checks the whole root. A version with problems still gets a model, built from the
 * files that passed, so callers must look at `problemsIn(problems, model.dir)` before trusting it:
 * a role file that failed to parse would otherwise look like a removed role.
 */
export function loadPlaybooks(root: string): LoadedPlaybooks {
  const { tree, problems } = checkContent(root);
  return { models: new Map(tree.playbooks.map((source) => [source.version, fromSource(source)])), problems };
}

/** Problems that make one version's model unreliable: its own files, or a missing content root. */
export function problemsIn(problems: readonly Problem[], dir: string): Problem[] {
  return problems.filter((problem) => problem.file === '.' || problem.file.startsWith(`${dir}/`));
}

/**
 * The version a version's changes are read against: for the draft, the latest release; for a
 * release, the next lower release; undefined for the first release (or the draft before one).
 */
export function previousVersion(version: string, versions: Iterable<string>): string | undefined {
  const releases = releasedVersions(versions);
  if (version === DRAFT_VERSION) return latestRelease(releases);
  return releases.find((release) => compareVersions(release, version) < 0);
}
