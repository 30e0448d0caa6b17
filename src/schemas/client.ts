import { z } from 'zod';
import { slug, text, VERSION_PATTERN } from './common.ts';

const KNOWN_CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

const locale = z.string().refine(
  (value) => {
    try {
      return Intl.getCanonicalLocales(value).length === 1;
    } catch {
      return false;
    }
  },
  { error: 'is not a BCP 47 locale such as "en-GB" or "de-DE"' },
);

/** Image types a logo file may have, by file extension. */
export const LOGO_TYPES: Record<string, string> = {
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  gif: 'image/gif',
  avif: 'image/avif',
};

/** Longer than this is a paragraph, not a footer line. */
export const FOOTER_MAX_LENGTH = 200;

const hexColour = z.string().regex(/^#(?:[0-9a-fA-F]{3}){1,2}$/, { error: 'must be a hex colour such as "#0b7a75"' });

/**
 * A plain file name (no folder, no `..`, not hidden) with an image extension, or an https://
 * URL; never a site path (`/logos/…` would publish it for every agency), `javascript:` or `data:`.
 */
const logo = z.string().regex(new RegExp(`^(?:[A-Za-z0-9][A-Za-z0-9_-]*(?:\\.[A-Za-z0-9_-]+)*\\.(?:${Object.keys(LOGO_TYPES).join('|')})|https://.+)$`, 'i'), {
  error: 'must be the name of an image file in the client folder, such as "logo.svg", or an https:// URL',
});

/** `clients/<id>/client.yaml`. The folder name is the client id. */
export const clientSchema = z.strictObject({
  /** The client's name as shown on its reports. */
  name: text,
  /** Released playbook version (`"2.0"`, quoted) whose KPI definitions the reports use. */
  playbook: z.string({ error: 'must be a quoted version such as "2.0"' }).regex(VERSION_PATTERN, { error: 'must be a released version such as "2.0"' }),
  /** Locale for numbers, dates and currencies, e.g. `en-GB`. Default: en-GB. */
  locale: locale.default('en-GB'),
  /** ISO 4217 currency code for spend and revenue, e.g. `GBP`. Default: EUR. */
  currency: z
    .string()
    .refine((code) => KNOWN_CURRENCIES.has(code), { error: 'is not an ISO 4217 currency code such as "GBP"' })
    .default('EUR'),
  /** Platform ids the client is active on; snapshot rows may only name these. */
  platforms: z
    .array(slug)
    .min(1, { error: 'must list at least one platform' })
    .refine((list) => new Set(list).size === list.length, { error: 'lists a platform twice' })
    // Reports and data.csv use `all` for the roll-up across platforms.
    .refine((list) => !list.includes('all'), { error: 'cannot include "all", which names the total across platforms' }),
  /**
   * Platform id → the name its reports show, for a platform Rolebook does not know or spells
   * otherwise (`mastodon: "Mastodon (agency.social)"`). Known ids (instagram, x, linkedin…) are
   * named without it. Only ids in `platforms` may be named.
   */
  platformNames: z.record(slug, text).default({}),
  /** Fixed share token (16+ characters of a-z and 0-9, unique across clients); otherwise one is derived from ROLEBOOK_SHARE_SECRET. */
  token: z
    .string()
    .regex(/^[a-z0-9]{16,}$/, { error: 'must be at least 16 lowercase letters or digits (a-z, 0-9)' })
    .optional(),
  /**
   * Name of an environment variable holding a passphrase for this client's reports. When set,
   * the pages are encrypted at build time and no data.csv is published. The passphrase itself
   * never goes in a file.
   */
  passphraseEnv: z
    .string()
    .regex(/^[A-Z][A-Z0-9_]*$/, { error: 'must be an environment variable name such as "ACME_REPORT_PASSPHRASE"' })
    .optional(),
  /** Role id → the person in that role for this client. */
  team: z.record(slug, text).default({}),
  /**
   * KPI ids in the order the report's tiles show them. Without it, the KPIs the client has
   * targets for come first (in `targets` order), then the playbook's headline KPIs.
   */
  tiles: z
    .array(slug)
    .refine((list) => new Set(list).size === list.length, { error: 'lists a KPI twice' })
    .optional(),
  /** KPI id → target value (a fraction for percents). */
  targets: z.record(slug, z.number({ error: 'must be a number (a fraction for percents: 0.045)' })).default({}),
  /**
   * How the client's reports look: the agency's colour, the client's logo, the agency's footer.
   * Logo files sit in the client folder, next to client.yaml. Default: Rolebook's teal, no logo,
   * Rolebook's footer.
   */
  branding: z
    .strictObject({
      /** Colour of the header band, the tiles' top borders and the first chart series; 3:1 against the light page (check says so). */
      accent: hexColour.optional(),
      /** The accent in dark mode, 3:1 against the dark page; default: the accent, lightened as far as that needs. */
      accentDark: hexColour.optional(),
      /** The logo: a file in this client's folder (`logo.svg`), published only with its reports; or an https:// URL. */
      logo: logo.optional(),
      /** The logo for dark mode, in the same form; default: the logo. */
      logoDark: logo.optional(),
      /**
       * One line of inline Markdown (text, **bold**, *italic*, links) in place of Rolebook's
       * footer, such as `Prepared by [Acme Agency](https://acme.example)`; `""` shows no footer.
       */
      footer: z
        .string()
        .trim()
        .max(FOOTER_MAX_LENGTH, { error: `must be at most ${FOOTER_MAX_LENGTH} characters: a footer is one line` })
        .refine((value) => !/[\r\n]/.test(value), { error: 'must be one line: a footer has no line breaks' })
        .optional(),
    })
    .default({}),
});

export type ClientInput = z.input<typeof clientSchema>;
export type Client = z.output<typeof clientSchema>;
