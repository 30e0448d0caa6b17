/**
 * A client's accent colour on its reports: the band above the header, each tile's top border and
 * the first chart series. None of these is text, so WCAG asks 3:1 against the page (1.4.11, non-text
 * contrast) rather than the 4.5:1 of text; the accent is never used for text. check refuses an
 * accent below 3:1; for dark mode, without `accentDark`, the accent is lightened just enough.
 */

/** WCAG's minimum contrast for graphics and interface parts (the accent's uses). */
export const NON_TEXT_CONTRAST = 3;

/**
 * The report's backgrounds the accent sits on, per scheme: `--bg` and `--bg-soft` of
 * src/styles/global.css (tests/lib/reports/accent.test.ts holds them in step). Paper is light.
 */
export const BACKGROUNDS = {
  light: ['#ffffff', '#f4f6f8'],
  dark: ['#111418', '#1b2026'],
} as const;

export type Scheme = keyof typeof BACKGROUNDS;

type Rgb = [number, number, number];

function rgb(hex: string): Rgb {
  const digits = hex.replace('#', '');
  const full = digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as Rgb;
}

const toHex = (colour: Rgb) => `#${colour.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

/** The colour as lowercase `#rrggbb` (a three-digit colour spelt out). */
export const normalHex = (hex: string): string => toHex(rgb(hex));

function luminance(colour: Rgb): number {
  const [r, g, b] = colour.map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two hex colours, from 1 to 21. */
export function contrast(a: string, b: string): number {
  const [high, low] = [luminance(rgb(a)), luminance(rgb(b))].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

/** The accent's lowest contrast against the backgrounds of a scheme. */
export const schemeContrast = (accent: string, scheme: Scheme): number => Math.min(...BACKGROUNDS[scheme].map((bg) => contrast(accent, bg)));

/**
 * The accent mixed towards white (dark scheme) or black (light scheme) in small steps until it
 * reaches 3:1 on that scheme's backgrounds: the nearest colour of the same hue that does.
 */
export function adjustedFor(accent: string, scheme: Scheme): string {
  const from = rgb(accent);
  const to: Rgb = scheme === 'dark' ? [255, 255, 255] : [0, 0, 0];
  for (let step = 0; step <= 100; step += 1) {
    const mixed = toHex(from.map((c, i) => c + ((to[i]! - c) * step) / 100) as Rgb);
    if (schemeContrast(mixed, scheme) >= NON_TEXT_CONTRAST) return mixed;
  }
  return toHex(to);
}

/**
 * The accent for each scheme the client sets one for: `accentDark` as written, else the accent
 * where it has the contrast on the dark page, else the accent lightened (check refuses a light
 * accent or an `accentDark` without it, so those are used as written).
 */
export function accentColours(accent?: string, accentDark?: string): Partial<Record<Scheme, string>> {
  const light = accent ? normalHex(accent) : undefined;
  const dark = accentDark ? normalHex(accentDark) : light && (schemeContrast(light, 'dark') >= NON_TEXT_CONTRAST ? light : adjustedFor(light, 'dark'));
  return { ...(light ? { light } : {}), ...(dark ? { dark } : {}) };
}

/** check's message for an accent below 3:1 on its scheme, with the nearest colour that is not. */
export function accentContrastProblem(accent: string, scheme: Scheme): { message: string; expected: string } | undefined {
  const ratio = schemeContrast(accent, scheme);
  if (ratio >= NON_TEXT_CONTRAST) return undefined;
  const page = scheme === 'light' ? 'the light page (and on paper)' : 'the dark page';
  return {
    message: `"${accent}" has a contrast of ${(Math.floor(ratio * 10) / 10).toFixed(1)}:1 against ${page}; tile borders and the first chart line need 3:1 to be seen`,
    expected: `a ${scheme === 'light' ? 'darker' : 'lighter'} colour, such as "${adjustedFor(accent, scheme)}"`,
  };
}
