/**
 * The chart colours against the chart's background (the page's --bg: charts sit on no panel of
 * their own), in both colour schemes, read from the stylesheets the report loads: text (axis
 * labels, the readout, the target label) at least 4.5:1, lines, bars and grid at least 3:1
 * (WCAG 1.4.3 and 1.4.11).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrast, customProperties, type Scheme } from '../helpers/css-colours.ts';
import { PROJECT } from '../helpers/paths.ts';

const read = (file: string) => fs.readFileSync(path.join(PROJECT, file), 'utf8');
const STYLESHEETS = [read('src/styles/global.css'), read('src/styles/report.css')];
const ISLAND = read('src/components/report/charts.ts');

const TEXT = ['--chart-text', '--chart-target'];
const GRAPHICS = ['--chart-1', '--chart-2', '--chart-3', '--chart-4', '--chart-5', '--chart-6', '--chart-grid', '--chart-target'];

describe.each<Scheme>(['light', 'dark'])('chart colours, %s scheme', (scheme) => {
  const colours = customProperties(STYLESHEETS, [':root', '.report-body'], scheme);
  const background = colours.get('--bg')!;
  const ratio = (name: string) => {
    const colour = colours.get(name);
    if (!colour) throw new Error(`${name} is not set for the ${scheme} scheme`);
    return `${name} ${colour} on ${background}: ${contrast(colour, background).toFixed(2)}:1`;
  };
  const below = (names: string[], minimum: number) => names.map(ratio).filter((line) => Number(/: ([\d.]+):1$/.exec(line)![1]) < minimum);

  it('has a background', () => {
    expect(background).toMatch(/^#/);
  });

  it('draws text at 4.5:1 or more', () => {
    expect(below(TEXT, 4.5)).toEqual([]);
  });

  it('draws lines, bars and grid at 3:1 or more', () => {
    expect(below(GRAPHICS, 3)).toEqual([]);
  });
});

describe('the colours the chart island reads', () => {
  it('are all checked here', () => {
    const read = new Set([...ISLAND.matchAll(/'(--chart-[\w-]+)'/g)].map((m) => m[1]!));
    // The palette is read as `--chart-${i}`: those are the six series colours.
    if (ISLAND.includes('`--chart-${i}`')) for (const i of [1, 2, 3, 4, 5, 6]) read.add(`--chart-${i}`);
    expect([...read].filter((name) => !TEXT.includes(name) && !GRAPHICS.includes(name))).toEqual([]);
    expect(read.size).toBeGreaterThanOrEqual(9);
  });
});

describe('contrast', () => {
  it('is the WCAG ratio', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrast('#fff', '#fff')).toBe(1);
  });
});
