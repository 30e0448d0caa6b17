/**
 * The intrinsic size of an image file, read from its header (or an SVG's root element), so a
 * report can give its logo `width` and `height` attributes: the browser reserves the box before
 * the file arrives (no layout shift) and the logo keeps its shape. Only the bytes a header needs
 * are read; nothing is decoded.
 */

export interface ImageSize {
  width: number;
  height: number;
}

type Reader = (bytes: Uint8Array) => ImageSize | undefined;

const READERS: Record<string, Reader> = {
  'image/svg+xml': (bytes) => svgSize(new TextDecoder().decode(bytes)),
  'image/png': pngSize,
  'image/jpeg': jpegSize,
  'image/gif': gifSize,
  'image/webp': webpSize,
  'image/avif': avifSize,
};

/** The size of an image of the given content type, or undefined when its header cannot be read. */
export function imageSize(bytes: Uint8Array, type: string): ImageSize | undefined {
  const size = READERS[type]?.(bytes);
  return size && size.width > 0 && size.height > 0 && Number.isFinite(size.width / size.height) ? size : undefined;
}

/**
 * The size a logo is shown at: `height` pixels high, unless that would make it wider than
 * `maxWidth`, when it is `maxWidth` wide and less high. Never distorted, never 0.
 */
export function fitBox(size: ImageSize, { height, maxWidth }: { height: number; maxWidth: number }): ImageSize {
  const width = (size.width * height) / size.height;
  if (width <= maxWidth) return { width: Math.max(1, Math.round(width)), height };
  return { width: maxWidth, height: Math.max(1, Math.round((size.height * maxWidth) / size.width)) };
}

// CSS pixels per unit of an SVG length. `em` and `ex` assume the default 16 px font.
const UNITS: Record<string, number> = { '': 1, px: 1, pt: 4 / 3, pc: 16, in: 96, cm: 96 / 2.54, mm: 96 / 25.4, q: 96 / 101.6, em: 16, ex: 8 };

function svgLength(value: string | undefined): number | undefined {
  const match = /^\s*([0-9]*\.?[0-9]+(?:e[+-]?\d+)?)\s*([a-z]*)\s*$/i.exec(value ?? '');
  const unit = match ? UNITS[match[2]!.toLowerCase()] : undefined;
  // A percentage (or `auto`) is relative to where the SVG is placed: no intrinsic size.
  return match && unit !== undefined ? Number(match[1]) * unit : undefined;
}

/**
 * An SVG's size as a browser sizes it in an `<img>`: absolute `width` and `height`; one of them
 * and the `viewBox`'s shape; or, with neither, the `viewBox` itself (its shape is what matters).
 */
export function svgSize(source: string): ImageSize | undefined {
  const tag = /<svg\b([^>]*)>/i.exec(source)?.[1];
  if (tag === undefined) return undefined;
  const attributes = new Map<string, string>();
  for (const [, name, double, single] of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    attributes.set(name!.toLowerCase(), double ?? single ?? '');
  }
  const box = (attributes.get('viewbox') ?? '')
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  const [boxWidth, boxHeight] = box.length === 4 && box.every(Number.isFinite) && box[2]! > 0 && box[3]! > 0 ? [box[2]!, box[3]!] : [];
  const width = svgLength(attributes.get('width'));
  const height = svgLength(attributes.get('height'));
  if (width && height) return { width, height };
  if (!boxWidth || !boxHeight) return undefined;
  if (width) return { width, height: (width * boxHeight) / boxWidth };
  if (height) return { width: (height * boxWidth) / boxHeight, height };
  return { width: boxWidth, height: boxHeight };
}

const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
const ascii = (bytes: Uint8Array, start: number, length: number) => String.fromCharCode(...bytes.subarray(start, start + length));

function pngSize(bytes: Uint8Array): ImageSize | undefined {
  // The signature, then the IHDR chunk: length, "IHDR", width, height (big-endian).
  if (bytes.length < 24 || ascii(bytes, 1, 3) !== 'PNG' || ascii(bytes, 12, 4) !== 'IHDR') return undefined;
  return { width: view(bytes).getUint32(16), height: view(bytes).getUint32(20) };
}

function gifSize(bytes: Uint8Array): ImageSize | undefined {
  if (bytes.length < 10 || !/^GIF8[79]a$/.test(ascii(bytes, 0, 6))) return undefined;
  return { width: view(bytes).getUint16(6, true), height: view(bytes).getUint16(8, true) };
}

function webpSize(bytes: Uint8Array): ImageSize | undefined {
  if (bytes.length < 30 || ascii(bytes, 0, 4) !== 'RIFF' || ascii(bytes, 8, 4) !== 'WEBP') return undefined;
  const data = view(bytes);
  const chunk = ascii(bytes, 12, 4);
  if (chunk === 'VP8 ') return { width: data.getUint16(26, true) & 0x3fff, height: data.getUint16(28, true) & 0x3fff };
  if (chunk === 'VP8L') {
    const bits = data.getUint32(21, true);
    return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8X') {
    const uint24 = (at: number) => bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16);
    return { width: uint24(24) + 1, height: uint24(27) + 1 };
  }
  return undefined;
}

/** AVIF: the first image spatial extent (`ispe`) box, which is the primary image's in practice. */
function avifSize(bytes: Uint8Array): ImageSize | undefined {
  if (bytes.length < 12 || ascii(bytes, 4, 4) !== 'ftyp') return undefined;
  let at = 8;
  while (at + 16 <= bytes.length && ascii(bytes, at, 4) !== 'ispe') at += 1;
  if (at + 16 > bytes.length) return undefined;
  return { width: view(bytes).getUint32(at + 8), height: view(bytes).getUint32(at + 12) };
}

// Start-of-frame markers carry the size; C4 (DHT), C8 (JPG) and CC (DAC) share the range but do not.
const isStartOfFrame = (marker: number) => marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

/**
 * JPEG: the frame header's size, swapped when the EXIF orientation turns the picture a quarter
 * turn, since browsers show it turned (`image-orientation: from-image`).
 */
function jpegSize(bytes: Uint8Array): ImageSize | undefined {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return undefined;
  const data = view(bytes);
  let turned = false;
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return undefined;
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    const length = data.getUint16(at + 2);
    if (marker === 0xe1 && ascii(bytes, at + 4, 6) === 'Exif\0\0') turned = exifTurned(bytes.subarray(at + 10, at + 2 + length));
    if (isStartOfFrame(marker)) {
      const size = { width: data.getUint16(at + 7), height: data.getUint16(at + 5) };
      return turned ? { width: size.height, height: size.width } : size;
    }
    at += 2 + length;
  }
  return undefined;
}

/** Whether a TIFF block's orientation tag (0x0112) is one of the four quarter-turn values, 5 to 8. */
function exifTurned(tiff: Uint8Array): boolean {
  if (tiff.length < 8) return false;
  const little = ascii(tiff, 0, 2) === 'II';
  const data = view(tiff);
  const first = data.getUint32(4, little);
  if (first + 2 > tiff.length) return false;
  const entries = data.getUint16(first, little);
  for (let i = 0; i < entries; i += 1) {
    const entry = first + 2 + i * 12;
    if (entry + 12 > tiff.length) return false;
    if (data.getUint16(entry, little) === 0x0112) return data.getUint16(entry + 8, little) >= 5;
  }
  return false;
}
