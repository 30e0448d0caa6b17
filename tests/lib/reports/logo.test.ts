import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOGO_BOX, logoAssets, logoFileProblem, logoUrl, sealedLogo } from '../../../src/lib/reports/logo.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rolebook-logo-'));
fs.writeFileSync(path.join(dir, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 48"><text>Acme</text></svg>');
fs.writeFileSync(path.join(dir, 'bad.svg'), '<svg onload="alert(1)"/>');
fs.writeFileSync(path.join(dir, 'shapeless.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><text>Acme</text></svg>');
fs.writeFileSync(path.join(dir, 'text.png'), 'not a png at all, just text with a .png name');

describe('client logos', () => {
  it('publishes a file under a name that says nothing about the client', () => {
    const [asset] = logoAssets(dir, { logo: 'logo.svg' });
    expect(asset!.file).toMatch(/^[0-9a-f]{12}\.svg$/);
    expect(asset!.type).toBe('image/svg+xml');
  });

  it('shows a 200×48 wordmark 40 px high with its own shape, not squeezed into a square', () => {
    const assets = logoAssets(dir, { logo: 'logo.svg' });
    const image = logoUrl('t0k3n', { logo: 'logo.svg' }, assets, 'logo')!;
    expect(image.src).toBe(`/r/t0k3n/logo-${assets[0]!.file}`);
    expect({ width: image.width, height: image.height }).toEqual({ width: 167, height: LOGO_BOX.height });
  });

  it('gives an https:// logo no size: the build does not fetch it, and CSS bounds it to the same box', () => {
    expect(logoUrl('t0k3n', { logo: 'https://cdn.example/acme.png' }, [], 'logo')).toEqual({ src: 'https://cdn.example/acme.png' });
  });

  it('refuses a missing file, an SVG with a script, one with no shape and a file that is not what its name says', () => {
    expect(logoFileProblem(dir, 'missing.svg')?.message).toBe('file "missing.svg" not found in the client folder');
    expect(logoFileProblem(dir, 'bad.svg')?.message).toBe('"bad.svg" contains a script, an event handler or foreignObject');
    expect(logoFileProblem(dir, 'shapeless.svg')).toEqual({
      message: '"shapeless.svg" has no viewBox and no width and height, so its shape is unknown',
      expected: 'an <svg> with a viewBox, such as viewBox="0 0 200 48"',
    });
    expect(logoFileProblem(dir, 'text.png')?.message).toBe('"text.png" is not a readable PNG image');
    expect(logoFileProblem(dir, 'logo.svg')).toBeUndefined();
  });

  it("inlines a passphrase client's logo as a data: URI with its box, and keeps an https URL", () => {
    const image = sealedLogo(dir, 'logo.svg')!;
    expect(image.src.startsWith('data:image/svg+xml;base64,')).toBe(true);
    expect(Buffer.from(image.src.split(',')[1]!, 'base64').toString()).toContain('<text>Acme</text>');
    expect([image.width, image.height]).toEqual([167, 40]);
    expect(sealedLogo(dir, 'https://cdn.example/acme.png')).toEqual({ src: 'https://cdn.example/acme.png' });
    expect(sealedLogo(dir, undefined)).toBeUndefined();
  });
});
