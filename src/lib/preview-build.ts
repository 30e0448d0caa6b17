/**
 * A preview build (a pull request's) proves the site builds without holding any secret: it gets
 * no share secret and no passphrase, so it uses the demo secret and a random, forgotten
 * passphrase for every passphrase client. Such a build is never published, and a build for
 * publishing can never be a preview.
 */
import { randomBytes } from 'node:crypto';
import { publishingTarget } from './share-token.ts';

export const PREVIEW_ENV = 'ROLEBOOK_PREVIEW';

export function isPreviewBuild(env: Record<string, string | undefined>): boolean {
  const value = env[PREVIEW_ENV]?.trim();
  return Boolean(value) && value !== '0' && value !== 'false';
}

/** Why the preview flag cannot be honoured here, if it cannot. */
export function previewProblem(env: Record<string, string | undefined>): string | undefined {
  if (!isPreviewBuild(env)) return undefined;
  const publishing = publishingTarget(env);
  return publishing
    ? `${PREVIEW_ENV} is set, but this build is for publishing (${publishing}): a preview build uses throwaway secrets and must never be published`
    : undefined;
}

/** Sets each missing passphrase variable to a random value nobody knows; returns the variables set. */
export function throwawayPassphrases(names: readonly string[], env: Record<string, string | undefined>): string[] {
  const set: string[] = [];
  for (const name of names) {
    if (env[name]) continue;
    env[name] = randomBytes(24).toString('base64url');
    set.push(name);
  }
  return set;
}
