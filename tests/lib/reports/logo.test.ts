import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { logoAssets, logoFileProblem, sealedLogo } from '../../../src/lib/reports/logo.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rolebook-logo-'));
fs.writeFileSync(path.join(dir, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><text>Acme</text></svg>');
fs.writeFileSync(path.join(dir, 'bad.svg'), '<svg onload="alert(1)"/>');

describe('client logos', () => {
  it('publishes a file under a name that says nothing about the client', () => {
    const [asset] = logoAssets(dir, { logo: 'logo.svg' });
    expect(asset!.file).toMatch(/^[0-9a-f]{12}\.svg$/);
    expect(asset!.type).toBe('image/svg+xml');
  });

  it('refuses a missing file and an SVG with a script', () => {
    expect(logoFileProblem(dir, 'missing.svg')?.message).toBe('file "missing.svg" not found in the client folder');
    expect(logoFileProblem(dir, 'bad.svg')?.message).toBe('"bad.svg" contains a script, an event handler or foreignObject');
    expect(logoFileProblem(dir, 'logo.svg')).toBeUndefined();
  });

  it('inlines a passphrase client\'s logo as a data: URI, and keeps an https URL', () => {
    const uri = sealedLogo(dir, 'logo.svg')!;
    expect(uri.startsWith('data:image/svg+xml;base64,')).toBe(true);
    expect(Buffer.from(uri.split(',')[1]!, 'base64').toString()).toContain('<text>Acme</text>');
    expect(sealedLogo(dir, 'https://cdn.example/acme.png')).toBe('https://cdn.example/acme.png');
    expect(sealedLogo(dir, undefined)).toBeUndefined();
  });
});
