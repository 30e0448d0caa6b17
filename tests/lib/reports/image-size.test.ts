import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fitBox, imageSize, svgSize } from '../../../src/lib/reports/image-size.ts';

/** A real 1-row PNG: signature, IHDR, one IDAT, IEND (CRCs are not checked by the reader, so zero). */
function png(width: number, height: number): Uint8Array {
  const chunk = (type: string, data: Buffer) => Buffer.concat([Buffer.from([0, 0, 0, data.length]), Buffer.from(type), data, Buffer.alloc(4)]);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.alloc(1))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A JPEG's markers up to the frame header: SOI, an APP0 (JFIF), optionally an EXIF orientation, DQT, SOF0. */
function jpeg(width: number, height: number, { orientation, progressive = false }: { orientation?: number; progressive?: boolean } = {}): Uint8Array {
  const segment = (marker: number, body: Buffer) => Buffer.concat([Buffer.from([0xff, marker, (body.length + 2) >> 8, (body.length + 2) & 0xff]), body]);
  const parts = [Buffer.from([0xff, 0xd8]), segment(0xe0, Buffer.from('JFIF\0\x01\x01\0\0\x01\0\x01\0\0', 'latin1'))];
  if (orientation !== undefined) {
    // Big-endian TIFF with one IFD entry: tag 0x0112 (orientation), type SHORT, count 1, value.
    const tiff = Buffer.from([0x4d, 0x4d, 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, orientation, 0, 0, 0, 0, 0, 0, 0, 0]);
    parts.push(segment(0xe1, Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff])));
  }
  parts.push(segment(0xdb, Buffer.alloc(65)));
  const frame = Buffer.from([8, height >> 8, height & 0xff, width >> 8, width & 0xff, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);
  parts.push(segment(progressive ? 0xc2 : 0xc0, frame), Buffer.from([0xff, 0xd9]));
  return Buffer.concat(parts);
}

describe('intrinsic image sizes', () => {
  it('reads an SVG with a viewBox only: its shape is the viewBox', () => {
    expect(svgSize('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 48"><path d="M0 0"/></svg>')).toEqual({ width: 200, height: 48 });
    expect(svgSize("<?xml version='1.0'?>\n<!-- mark -->\n<svg viewBox='-10,-10, 120,30'></svg>")).toEqual({ width: 120, height: 30 });
  });

  it('reads SVG width and height with units, and one of them with the viewBox', () => {
    expect(svgSize('<svg width="240" height="48">')).toEqual({ width: 240, height: 48 });
    expect(svgSize('<svg width="2in" height="48pt">')).toEqual({ width: 192, height: 64 });
    expect(svgSize('<svg width="50.8mm" height="1cm">')!.width).toBeCloseTo(192);
    expect(svgSize('<svg width="10em" viewBox="0 0 200 50">')).toEqual({ width: 160, height: 40 });
    expect(svgSize('<svg height="24px" viewBox="0 0 200 48">')).toEqual({ width: 100, height: 24 });
  });

  it('falls back to the viewBox when width or height is relative, and has no size without either', () => {
    expect(svgSize('<svg width="100%" height="100%" viewBox="0 0 300 100">')).toEqual({ width: 300, height: 100 });
    expect(svgSize('<svg width="100%" height="40">')).toBeUndefined();
    expect(svgSize('<svg xmlns="http://www.w3.org/2000/svg"><text>Acme</text></svg>')).toBeUndefined();
    expect(svgSize('<svg viewBox="0 0 0 48">')).toBeUndefined();
    expect(svgSize('<html>no svg</html>')).toBeUndefined();
  });

  it('reads a PNG header', () => {
    expect(imageSize(png(640, 154), 'image/png')).toEqual({ width: 640, height: 154 });
    expect(imageSize(png(1, 1).subarray(0, 20), 'image/png')).toBeUndefined();
    expect(imageSize(new TextEncoder().encode('GIF89a...'), 'image/png')).toBeUndefined();
  });

  it('reads a JPEG frame header, past other segments, baseline or progressive', () => {
    expect(imageSize(jpeg(800, 200), 'image/jpeg')).toEqual({ width: 800, height: 200 });
    expect(imageSize(jpeg(1024, 256, { progressive: true }), 'image/jpeg')).toEqual({ width: 1024, height: 256 });
  });

  it('swaps a JPEG turned a quarter by its EXIF orientation, as browsers show it', () => {
    expect(imageSize(jpeg(200, 800, { orientation: 6 }), 'image/jpeg')).toEqual({ width: 800, height: 200 });
    expect(imageSize(jpeg(800, 200, { orientation: 3 }), 'image/jpeg')).toEqual({ width: 800, height: 200 });
  });

  it('reads GIF and WebP headers', () => {
    const gif = Buffer.from('GIF89a\x40\x01\x50\x00\0\0\0', 'latin1');
    expect(imageSize(gif, 'image/gif')).toEqual({ width: 320, height: 80 });
    const webp = Buffer.alloc(30);
    webp.write('RIFF', 0);
    webp.write('WEBPVP8X', 8);
    webp.writeUIntLE(499, 24, 3);
    webp.writeUIntLE(99, 27, 3);
    expect(imageSize(webp, 'image/webp')).toEqual({ width: 500, height: 100 });
  });

  it('rejects a zero size and an unknown type', () => {
    expect(imageSize(png(0, 10), 'image/png')).toBeUndefined();
    expect(imageSize(png(10, 10), 'image/x-unknown')).toBeUndefined();
  });
});

describe('the box a logo is shown in', () => {
  const box = { height: 40, maxWidth: 200 };

  it('is 40 px high and as wide as the shape makes it', () => {
    expect(fitBox({ width: 200, height: 48 }, box)).toEqual({ width: 167, height: 40 });
    expect(fitBox({ width: 40, height: 40 }, box)).toEqual({ width: 40, height: 40 });
    expect(fitBox({ width: 30, height: 90 }, box)).toEqual({ width: 13, height: 40 });
  });

  it('is at most 200 px wide, and then less high, keeping the shape', () => {
    expect(fitBox({ width: 1000, height: 100 }, box)).toEqual({ width: 200, height: 20 });
    expect(fitBox({ width: 100000, height: 1 }, box)).toEqual({ width: 200, height: 1 });
  });
});
