/**
 * The custom properties a stylesheet gives a selector in the light and the dark colour scheme,
 * and WCAG 2 contrast between two colours: enough CSS reading for the colour tests, not a parser.
 */

export type Scheme = 'light' | 'dark';

const DARK = '@media (prefers-color-scheme: dark)';

/** Every declaration block with the selectors and at-rules around it, outermost first. */
function blocks(css: string): { context: string[]; body: string }[] {
  const found: { context: string[]; body: string }[] = [];
  const stack: string[] = [];
  let buffer = '';
  for (const char of css.replace(/\/\*[\s\S]*?\*\//g, '')) {
    if (char === '{') {
      stack.push(buffer.trim().replace(/\s+/g, ' '));
      buffer = '';
    } else if (char === '}') {
      found.push({ context: [...stack], body: buffer });
      stack.pop();
      buffer = '';
    } else {
      buffer += char;
      if (char === ';' && stack.length === 0) buffer = '';
    }
  }
  return found;
}

/**
 * The custom properties `selectors` get in a scheme from the stylesheets in cascade order: the
 * plain rules, then for dark the ones inside `@media (prefers-color-scheme: dark)`; var()
 * references resolved.
 */
export function customProperties(stylesheets: string[], selectors: string[], scheme: Scheme): Map<string, string> {
  const properties = new Map<string, string>();
  const contexts = scheme === 'light' ? [[]] : [[], [DARK]];
  for (const wanted of contexts) {
    for (const css of stylesheets) {
      for (const { context, body } of blocks(css)) {
        const [selector, ...around] = [...context].reverse();
        if (!selector || !selectors.includes(selector) || around.reverse().join('|') !== wanted.join('|')) continue;
        for (const [, name, value] of body.matchAll(/(--[\w-]+)\s*:\s*([^;]+)/g)) properties.set(name!, value!.trim());
      }
    }
  }
  const resolve = (value: string, depth = 0): string =>
    depth > 10
      ? value
      : value.replace(/var\((--[\w-]+)(?:\s*,\s*([^)]+))?\)/g, (_, name: string, fallback?: string) =>
          resolve(properties.get(name) ?? fallback ?? '', depth + 1),
        );
  for (const [name, value] of properties) properties.set(name, resolve(value));
  return properties;
}

/** sRGB channels 0–255 of `#rgb`, `#rrggbb` or `rgb(r g b)` / `rgb(r, g, b)`. */
export function rgb(color: string): [number, number, number] {
  const hex = /^#([\da-f]{3}|[\da-f]{6})$/i.exec(color.trim());
  if (hex) {
    const digits = hex[1]!.length === 3 ? [...hex[1]!].map((d) => d + d) : hex[1]!.match(/../g)!;
    return digits.map((d) => parseInt(d, 16)) as [number, number, number];
  }
  const functional = /^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)/i.exec(color.trim());
  if (functional) return [Number(functional[1]), Number(functional[2]), Number(functional[3])];
  throw new Error(`not a colour this test reads: "${color}" (use #rrggbb or rgb())`);
}

function luminance(color: string): number {
  const [r, g, b] = rgb(color).map((channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG 2 contrast ratio, 1 to 21. */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}
