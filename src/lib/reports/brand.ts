/**
 * How a client's report pages look, computed once per client from `branding` in client.yaml:
 * the accent per colour scheme, the logos with their boxes, and the footer as safe HTML.
 * ReportLayout only places these.
 */
import type { Client } from '../../schemas/client.ts';
import { accentColours, type Scheme } from './accent.ts';
import { renderFooter } from './footer.ts';
import type { LogoImage } from './logo.ts';

export interface ReportBrand {
  /** The accent per scheme; a scheme without one keeps Rolebook's. */
  accent: Partial<Record<Scheme, string>>;
  logo?: LogoImage;
  logoDark?: LogoImage;
  /** The agency's footer as inline HTML; `''` for none; undefined for Rolebook's default footer. */
  footer?: string;
}

export function reportBrand(branding: Client['branding'], logos: { logo?: LogoImage; logoDark?: LogoImage }): ReportBrand {
  return {
    accent: accentColours(branding.accent, branding.accentDark),
    ...logos,
    ...(branding.footer !== undefined ? { footer: branding.footer && renderFooter(branding.footer) } : {}),
  };
}

/**
 * The body's inline style for the accent: `--brand-light` and `--brand-dark`, which report.css
 * turns into `--brand` and `--chart-1` for the scheme in use (an inline style has no media query).
 */
export function accentStyle(accent: ReportBrand['accent']): string | undefined {
  const parts = [accent.light && `--brand-light: ${accent.light}`, accent.dark && `--brand-dark: ${accent.dark}`].filter(Boolean);
  return parts.length ? parts.join('; ') : undefined;
}

/**
 * Text as a CSS string token, for `content:` in the printed page's margin boxes. Backslash,
 * quotes and line breaks are escaped, and `<`, `>`, `&` and `;` too, so the token ends neither
 * the element nor the attribute it sits in, and needs no HTML entity (whose `;` a style
 * attribute checker would read as the end of a declaration).
 */
export function cssString(text: string): string {
  return `'${text.replace(/[\\'"<>&;\n\r\f]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}'`;
}
