/**
 * What a report page shows around its report: the title and description, the header with the
 * client's name and logos, the accent, the printed pages' running head and the footer. For a
 * passphrase client none of it may name the client (a forwarded link then reveals nothing, not
 * even who the report is for): its name, logo and the agency's footer go inside the ciphertext,
 * and the shell says "Private report".
 */
import type { Messages } from '../i18n/index.ts';
import { withBase } from '../site-url.ts';
import { accentStyle, cssString, type ReportBrand } from './brand.ts';
import type { LogoImage } from './logo.ts';

export interface ReportShellInput {
  /** The page's own title, naming the client and the period. */
  title: string;
  clientName: string;
  brand: ReportBrand;
  /** The page is sealed with the client's passphrase. */
  locked: boolean;
}

export interface ReportShell {
  /** The `<title>`: the page's own, or "Private report" on a locked page. */
  title: string;
  description: string;
  /** The name in the header bar. */
  clientName: string;
  /** The header's logos, their paths below the base; none on a locked page. */
  logo?: LogoImage;
  logoDark?: LogoImage;
  /** The body's accent; none on a locked page. */
  bodyStyle?: string;
  /** The `<html>` style that gives the printed pages their running head; unset on a locked page, whose unlock sets it. */
  htmlStyle?: string;
  /** The running head as a CSS string, which a locked page carries inside the ciphertext. */
  printHeader: string;
  /** Inside the ciphertext of a locked page: the logo beside the client's name, and the agency's footer. */
  sealed?: { logo?: LogoImage; footer?: string };
  /** The footer outside the ciphertext: Rolebook's words, the agency's own HTML, or none. */
  footer?: { text: string } | { html: string };
}

/** `base` is the path the site is served below (`import.meta.env.BASE_URL`). */
export function reportShell({ title, clientName, brand, locked }: ReportShellInput, t: Messages['layout'], base: string): ReportShell {
  const printHeader = cssString(title);
  const shown = {
    title: locked ? t.privateReport : title,
    clientName: locked ? t.privateReport : clientName,
    description: locked ? t.encryptedDescription : t.description(clientName),
    printHeader,
  };
  // An empty agency footer means no footer; a locked page's agency footer names the agency and the
  // client's relation to it, so it is sealed with the report.
  const footer = brand.footer === undefined ? { text: t.footer } : brand.footer && !locked ? { html: brand.footer } : undefined;
  if (locked) return { ...shown, footer, sealed: { logo: brand.logo, footer: brand.footer || undefined } };
  return {
    ...shown,
    logo: onSite(brand.logo, base),
    logoDark: onSite(brand.logoDark, base),
    bodyStyle: accentStyle(brand.accent),
    htmlStyle: `--print-header: ${printHeader}`,
    footer,
  };
}

/** A logo path on the site gets the base it is served below; an https:// or data: URL is used as it is. */
export function onSite(image: LogoImage | undefined, base: string): LogoImage | undefined {
  return image && (image.src.startsWith('/') ? { ...image, src: withBase(base, image.src) } : image);
}
