/** Playbook versions: the draft (`next`) and released `major.minor` versions. */
import { DRAFT_VERSION } from './content-root.ts';

export function compareVersions(a: string, b: string): number {
  const [aMajor = 0, aMinor = 0] = a.split('.').map(Number);
  const [bMajor = 0, bMinor = 0] = b.split('.').map(Number);
  return aMajor - bMajor || aMinor - bMinor;
}

/** Released versions, newest first. */
export function releasedVersions(versions: Iterable<string>): string[] {
  return [...new Set(versions)]
    .filter((v) => v !== DRAFT_VERSION)
    .sort(compareVersions)
    .reverse();
}

/** The newest released version, or undefined before the first release. */
export function latestRelease(versions: Iterable<string>): string | undefined {
  return releasedVersions(versions)[0];
}
