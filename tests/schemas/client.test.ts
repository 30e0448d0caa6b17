import { describe, expect, it } from 'vitest';
import { clientSchema } from '../../src/schemas/client.ts';

const minimal = { name: 'Tiny Bakery', playbook: '1.0', platforms: ['instagram'] };

function firstMessage(input: unknown): string | undefined {
  const result = clientSchema.safeParse(input);
  expect(result.success).toBe(false);
  return result.error?.issues[0]?.message;
}

describe('clientSchema: valid input', () => {
  it('applies the defaults', () => {
    expect(clientSchema.safeParse(minimal)).toEqual({
      success: true,
      data: { ...minimal, locale: 'en-GB', currency: 'EUR', platformNames: {}, team: {}, targets: {}, branding: {} },
    });
  });

  it('accepts the documented example', () => {
    const acme = {
      name: 'Acme Outdoor',
      playbook: '2.0',
      locale: 'en-GB',
      currency: 'GBP',
      platforms: ['instagram', 'facebook', 'tiktok', 'mastodon'],
      platformNames: { mastodon: 'Mastodon (outdoor.social)' },
      token: 'k3v9q2m8x7d1p4w6',
      team: { 'social-media-manager': 'Dana Ruiz', 'community-manager': 'Lee Park' },
      tiles: ['follower-growth', 'engagement-rate'],
      targets: { 'engagement-rate': 0.045, 'follower-growth': 0.02 },
      branding: { accent: '#0b7a75', logo: 'logo.svg', logoDark: 'logo-dark.svg', footer: 'Acme Agency' },
    };
    expect(clientSchema.parse(acme)).toEqual(acme);
  });

  it('accepts other locales, three-digit accents and a two-digit minor version', () => {
    expect(clientSchema.safeParse({ ...minimal, locale: 'de-DE', branding: { accent: '#0AF' }, playbook: '1.10' }).success).toBe(true);
  });
});

describe('clientSchema: rejected input', () => {
  it('refuses a tile listed twice', () => {
    expect(firstMessage({ ...minimal, tiles: ['reach', 'reach'] })).toBe('lists a KPI twice');
  });

  it('rejects an unquoted version number', () => {
    expect(firstMessage({ ...minimal, playbook: 2 })).toBe('must be a quoted version such as "2.0"');
  });

  it('rejects a version that is not major.minor', () => {
    expect(firstMessage({ ...minimal, playbook: '2' })).toBe('must be a released version such as "2.0"');
    expect(firstMessage({ ...minimal, playbook: 'v2.0' })).toBe('must be a released version such as "2.0"');
    expect(firstMessage({ ...minimal, playbook: 'next' })).toBe('must be a released version such as "2.0"');
  });

  it('takes a logo only as a plain image file name in the client folder or an https:// URL', () => {
    const logo = (value: string) => clientSchema.safeParse({ ...minimal, branding: { logo: value } }).success;
    for (const ok of ['logo.svg', 'Logo-2.PNG', 'brand.mark.webp', 'https://cdn.example.com/logo.svg']) expect(logo(ok), ok).toBe(true);
    for (const bad of [
      '/logos/acme.svg',
      '../logo.svg',
      'img/logo.svg',
      '.logo.svg',
      'logo',
      'logo.exe',
      'C:\\logo.svg',
      'http://x/logo.svg',
      '//cdn/logo.svg',
      'javascript:alert(1)',
      'data:image/svg+xml,<svg/>',
    ]) {
      expect(logo(bad), bad).toBe(false);
    }
    expect(firstMessage({ ...minimal, branding: { logoDark: '/logos/acme-dark.svg' } })).toBe(
      'must be the name of an image file in the client folder, such as "logo.svg", or an https:// URL',
    );
  });

  it('rejects an invalid locale', () => {
    expect(firstMessage({ ...minimal, locale: 'fr_FR_bad_locale' })).toBe('is not a BCP 47 locale such as "en-GB" or "de-DE"');
    expect(firstMessage({ ...minimal, locale: '' })).toBe('is not a BCP 47 locale such as "en-GB" or "de-DE"');
  });

  it('rejects an unknown currency code', () => {
    expect(firstMessage({ ...minimal, currency: 'euro' })).toBe('is not an ISO 4217 currency code such as "GBP"');
    expect(firstMessage({ ...minimal, currency: 'ABC' })).toBe('is not an ISO 4217 currency code such as "GBP"');
  });

  it('rejects a platform listed twice', () => {
    expect(firstMessage({ ...minimal, platforms: ['instagram', 'tiktok', 'instagram'] })).toBe('lists a platform twice');
  });

  it('rejects an empty platform list and a platform that is not a slug', () => {
    expect(firstMessage({ ...minimal, platforms: [] })).toBe('must list at least one platform');
    expect(firstMessage({ ...minimal, platforms: ['Instagram'] })).toBe('must be a lowercase id such as "community-manager"');
  });

  it('rejects a token shorter than 16 characters or with other characters', () => {
    const message = 'must be at least 16 lowercase letters or digits (a-z, 0-9)';
    expect(firstMessage({ ...minimal, token: 'k3v9q2m8x7d1p4w' })).toBe(message);
    expect(firstMessage({ ...minimal, token: 'k3v9q2m8x7d1p4w6/' })).toBe(message);
    expect(firstMessage({ ...minimal, token: 'K3V9Q2M8X7D1P4W6' })).toBe(message);
    expect(firstMessage({ ...minimal, token: 'k3v9q2m8-x7d1p4w6' })).toBe(message);
    expect(clientSchema.safeParse({ ...minimal, token: 'k3v9q2m8x7d1p4w6' }).success).toBe(true);
  });

  it('rejects a target that is not a number', () => {
    expect(firstMessage({ ...minimal, targets: { 'engagement-rate': '5%' } })).toBe('must be a number (a fraction for percents: 0.045)');
  });

  it('rejects team and target keys that are not slugs', () => {
    expect(clientSchema.safeParse({ ...minimal, team: { 'Community Manager': 'Lee' } }).success).toBe(false);
    expect(clientSchema.safeParse({ ...minimal, targets: { Engagement: 0.1 } }).success).toBe(false);
  });

  it('rejects an accent that is not a hex colour', () => {
    const message = 'must be a hex colour such as "#0b7a75"';
    expect(firstMessage({ ...minimal, branding: { accent: 'teal' } })).toBe(message);
    expect(firstMessage({ ...minimal, branding: { accent: '#0b7a7' } })).toBe(message);
    expect(firstMessage({ ...minimal, branding: { accent: '0b7a75' } })).toBe(message);
  });

  it('takes a footer as one line of at most 200 characters, or "" for none', () => {
    const footer = (value: string) => clientSchema.parse({ ...minimal, branding: { footer: value } }).branding.footer;
    expect(footer('  Prepared by **Acme** ')).toBe('Prepared by **Acme**');
    expect(footer('')).toBe('');
    expect(firstMessage({ ...minimal, branding: { footer: 'Acme\nAgency' } })).toBe('must be one line: a footer has no line breaks');
    expect(firstMessage({ ...minimal, branding: { footer: 'x'.repeat(201) } })).toBe('must be at most 200 characters: a footer is one line');
    expect(firstMessage({ ...minimal, branding: { footer: 42 } })).toMatch(/string/);
  });

  it('takes accentDark as a hex colour', () => {
    expect(clientSchema.parse({ ...minimal, branding: { accentDark: '#9cc7f0' } }).branding.accentDark).toBe('#9cc7f0');
    expect(firstMessage({ ...minimal, branding: { accentDark: 'lightblue' } })).toBe('must be a hex colour such as "#0b7a75"');
  });

  it('rejects unknown keys at the top level and in branding', () => {
    expect(clientSchema.safeParse({ ...minimal, plan: 'gold' }).success).toBe(false);
    expect(clientSchema.safeParse({ ...minimal, branding: { colour: '#000' } }).success).toBe(false);
  });

  it('requires name, playbook and platforms', () => {
    for (const key of ['name', 'playbook', 'platforms']) {
      const input: Record<string, unknown> = { ...minimal };
      delete input[key];
      expect(clientSchema.safeParse(input).success).toBe(false);
    }
  });
});
