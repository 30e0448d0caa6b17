/**
 * Client logos. A logo is a file in the client's own folder (`clients/<id>/logo.svg`), published
 * only inside that client's report folder, under a name that says nothing about the client:
 * `/r/<token>/logo-<hash>.svg` (`logo-dark-<hash>.svg` for the dark-mode one). An https:// URL
 * is used as it is. Passphrase clients' pages show no logo, so none is published for them.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { LOGO_TYPES } from '../../schemas/client.ts';

export type LogoVariant = 'logo' | 'logoDark';

/** One logo file to publish: the route's `file` parameter, its bytes and its content type. */
export interface LogoAsset {
  variant: LogoVariant;
  /** What follows `logo-` in the URL: `<hash>.svg` or `dark-<hash>.svg`. */
  file: string;
  bytes: Buffer;
  type: string;
}

export const isLogoUrl = (value: string): boolean => /^https:\/\//i.test(value);

/** The content type of a logo file name, from its extension. */
export function logoType(name: string): string | undefined {
  return LOGO_TYPES[path.extname(name).slice(1).toLowerCase()];
}

/**
 * Why a logo file cannot be published, or undefined when it can: it must be a regular file
 * (not a folder or a symbolic link) in the client folder, and an SVG must hold no script, since
 * opened on its own it would run with the site's origin.
 */
export function logoFileProblem(clientDir: string, name: string): { message: string; expected?: string } | undefined {
  const file = path.join(clientDir, name);
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(file);
  } catch {
    return { message: `file "${name}" not found in the client folder` };
  }
  if (!stat.isFile()) return { message: `"${name}" is not a regular file in the client folder` };
  if (logoType(name) === 'image/svg+xml' && /<script\b|\son[a-z]+\s*=|javascript:|<foreignObject\b/i.test(fs.readFileSync(file, 'utf8'))) {
    return { message: `"${name}" contains a script, an event handler or foreignObject`, expected: 'an SVG with shapes and text only' };
  }
  return undefined;
}

/** The logo files of a client to publish, read from its folder (absolute path). */
export function logoAssets(clientDir: string, branding: { logo?: string; logoDark?: string }): LogoAsset[] {
  const assets: LogoAsset[] = [];
  for (const variant of ['logo', 'logoDark'] as const) {
    const name = branding[variant];
    if (!name || isLogoUrl(name)) continue;
    const bytes = fs.readFileSync(path.join(clientDir, name));
    const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 12);
    const ext = path.extname(name).slice(1).toLowerCase();
    assets.push({ variant, file: `${variant === 'logo' ? '' : 'dark-'}${hash}.${ext}`, bytes, type: logoType(name)! });
  }
  return assets;
}

/** The URL of a client's logo (or dark logo) on its report pages. */
export function logoUrl(token: string, branding: { logo?: string; logoDark?: string }, assets: readonly LogoAsset[], variant: LogoVariant): string | undefined {
  const value = branding[variant];
  if (!value) return undefined;
  if (isLogoUrl(value)) return value;
  const asset = assets.find((a) => a.variant === variant);
  return asset ? `/r/${token}/logo-${asset.file}` : undefined;
}

/**
 * A passphrase client's logo for inside the ciphertext: the file as a `data:` URI, so the sealed
 * page links no file that would name the client. An https:// URL is kept (it is fetched only once
 * the page is open).
 */
export function sealedLogo(clientDir: string, name: string | undefined): string | undefined {
  if (!name) return undefined;
  if (isLogoUrl(name)) return name;
  const type = logoType(name);
  if (!type) return undefined;
  return `data:${type};base64,${fs.readFileSync(path.join(clientDir, name)).toString('base64')}`;
}
