import { describe, expect, it } from 'vitest';
import { isPreviewBuild, previewProblem, throwawayPassphrases } from '../../src/lib/preview-build.ts';

describe('preview builds', () => {
  it('are asked for with ROLEBOOK_PREVIEW', () => {
    expect(isPreviewBuild({ ROLEBOOK_PREVIEW: '1' })).toBe(true);
    expect(isPreviewBuild({ ROLEBOOK_PREVIEW: 'true' })).toBe(true);
    for (const value of [undefined, '', ' ', '0', 'false']) expect(isPreviewBuild({ ROLEBOOK_PREVIEW: value }), String(value)).toBe(false);
  });

  it('can never be a build for publishing', () => {
    expect(previewProblem({ ROLEBOOK_PREVIEW: '1', VERCEL: '1' })).toBe(
      'ROLEBOOK_PREVIEW is set, but this build is for publishing (a Vercel build): a preview build uses throwaway secrets and must never be published',
    );
    expect(previewProblem({ ROLEBOOK_PREVIEW: '1', ROLEBOOK_SITE: 'http://localhost:4321/' })).toBeUndefined();
    expect(previewProblem({ VERCEL: '1' })).toBeUndefined();
  });

  it('fills only the missing passphrases, each with its own random value', () => {
    const env: Record<string, string | undefined> = { KEPT: 'a real one' };
    expect(throwawayPassphrases(['KEPT', 'A_PASS', 'B_PASS'], env)).toEqual(['A_PASS', 'B_PASS']);
    expect(env.KEPT).toBe('a real one');
    expect(env.A_PASS).toMatch(/^[\w-]{32}$/);
    expect(env.A_PASS).not.toBe(env.B_PASS);
  });
});
