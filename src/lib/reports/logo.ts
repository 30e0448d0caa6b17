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
import { fitBox, imageSize, type ImageSize } from './image-size.ts';

export type LogoVariant = 'logo' | 'logoDark';

/** One logo file to publish: the route's `file` parameter, its bytes and its content type. */
export interface LogoAsset {
  variant: LogoVariant;
  /** What follows `logo-` in the URL: `<hash>.svg` or `dark-<hash>.svg`. */
  file: string;
  bytes: Buffer;
  type: string;
  /** Its intrinsic size, read from the file (check refuses a logo whose size cannot be read). */
  size?: ImageSize;
}

/**
 * A logo as the report shows it: its URL and the box it is drawn in. Without a size (an https://
 * logo, whose file the build does not fetch) CSS still bounds it to the same box, keeping its shape.
 */
export interface LogoImage {
  src: string;
  width?: number;
  height?: number;
}

/**
 * The logo's box on a report: 40 px high like the client name beside it, wider as the logo is,
 * up to 200 px (the CSS in report.css bounds it the same way). A wordmark stays a wordmark.
 */
export const LOGO_BOX = { height: 40, maxWidth: 200 } as const;

export function logoImage(src: string, size: ImageSize | undefined): LogoImage {
  return size ? { src, ...fitBox(size, LOGO_BOX) } : { src };
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
  const type = logoType(name)!;
  const bytes = fs.readFileSync(file);
  if (type === 'image/svg+xml' && /<script\b|\son[a-z]+\s*=|javascript:|<foreignObject\b/i.test(bytes.toString('utf8'))) {
    return { message: `"${name}" contains a script, an event handler or foreignObject`, expected: 'an SVG with shapes and text only' };
  }
  // Without its size the page cannot reserve the logo's box or know its shape.
  if (!imageSize(bytes, type)) {
    return type === 'image/svg+xml'
      ? {
          message: `"${name}" has no viewBox and no width and height, so its shape is unknown`,
          expected: 'an <svg> with a viewBox, such as viewBox="0 0 200 48"',
        }
      : {
          message: `"${name}" is not a readable ${path.extname(name).slice(1).toUpperCase()} image`,
          expected: `an image file whose content matches its extension`,
        };
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
    const type = logoType(name)!;
    assets.push({ variant, file: `${variant === 'logo' ? '' : 'dark-'}${hash}.${ext}`, bytes, type, size: imageSize(bytes, type) });
  }
  return assets;
}

/** A client's logo (or dark logo) on its report pages: its URL and box. */
export function logoUrl(
  token: string,
  branding: { logo?: string; logoDark?: string },
  assets: readonly LogoAsset[],
  variant: LogoVariant,
): LogoImage | undefined {
  const value = branding[variant];
  if (!value) return undefined;
  if (isLogoUrl(value)) return logoImage(value, undefined);
  const asset = assets.find((a) => a.variant === variant);
  return asset ? logoImage(`/r/${token}/logo-${asset.file}`, asset.size) : undefined;
}

/**
 * A passphrase client's logo for inside the ciphertext: the file as a `data:` URI, so the sealed
 * page links no file that would name the client. An https:// URL is kept (it is fetched only once
 * the page is open).
 */
export function sealedLogo(clientDir: string, name: string | undefined): LogoImage | undefined {
  if (!name) return undefined;
  if (isLogoUrl(name)) return logoImage(name, undefined);
  const type = logoType(name);
  if (!type) return undefined;
  const bytes = fs.readFileSync(path.join(clientDir, name));
  return logoImage(`data:${type};base64,${bytes.toString('base64')}`, imageSize(bytes, type));
}
