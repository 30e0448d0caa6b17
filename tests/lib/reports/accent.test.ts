import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  accentColours,
  accentContrastProblem,
  adjustedFor,
  BACKGROUNDS,
  contrast,
  NON_TEXT_CONTRAST,
  schemeContrast,
} from '../../../src/lib/reports/accent.ts';
import { PROJECT } from '../../helpers/paths.ts';

describe('accent contrast', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21);
    expect(contrast('#fff', '#FFFFFF')).toBe(1);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('measures against the backgrounds global.css gives each scheme', () => {
    const css = fs.readFileSync(path.join(PROJECT, 'src/styles/global.css'), 'utf8');
    const value = (block: string, name: string) => new RegExp(`${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(block)?.[1]?.toLowerCase();
    const light = css.slice(css.indexOf(':root {'));
    const dark = css.slice(css.indexOf('prefers-color-scheme: dark'));
    expect([value(light, '--bg'), value(light, '--bg-soft')]).toEqual([...BACKGROUNDS.light]);
    expect([value(dark, '--bg'), value(dark, '--bg-soft')]).toEqual([...BACKGROUNDS.dark]);
  });

  it('keeps an accent that is seen in both schemes as written', () => {
    expect(accentColours('#0B7A75')).toEqual({ light: '#0b7a75', dark: '#0b7a75' });
    expect(accentColours('#c2570c')).toEqual({ light: '#c2570c', dark: '#c2570c' });
  });

  it('lightens a dark accent for the dark page, just enough for 3:1', () => {
    const { light, dark } = accentColours('#1f4e79');
    expect(light).toBe('#1f4e79');
    expect(schemeContrast('#1f4e79', 'dark')).toBeLessThan(NON_TEXT_CONTRAST);
    expect(schemeContrast(dark!, 'dark')).toBeGreaterThanOrEqual(NON_TEXT_CONTRAST);
    // One step less light would not do.
    expect(schemeContrast(dark!, 'dark')).toBeLessThan(NON_TEXT_CONTRAST + 0.2);
  });

  it('takes accentDark as written, and a dark accent alone leaves the light scheme to Rolebook', () => {
    expect(accentColours('#1f4e79', '#9CC7F0')).toEqual({ light: '#1f4e79', dark: '#9cc7f0' });
    expect(accentColours(undefined, '#9cc7f0')).toEqual({ dark: '#9cc7f0' });
    expect(accentColours()).toEqual({});
  });

  it('says which accents cannot be seen, with the nearest colour that can', () => {
    expect(accentContrastProblem('#0b7a75', 'light')).toBeUndefined();
    expect(accentContrastProblem('#ffe066', 'light')).toEqual({
      message: '"#ffe066" has a contrast of 1.2:1 against the light page (and on paper); tile borders and the first chart line need 3:1 to be seen',
      expected: `a darker colour, such as "${adjustedFor('#ffe066', 'light')}"`,
    });
    expect(schemeContrast(adjustedFor('#ffe066', 'light'), 'light')).toBeGreaterThanOrEqual(NON_TEXT_CONTRAST);
    expect(accentContrastProblem('#202830', 'dark')?.expected).toMatch(/^a lighter colour, such as "#[0-9a-f]{6}"$/);
  });
});
