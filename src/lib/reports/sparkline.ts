/**
 * A tile's small trend line, drawn on the server as SVG path data: no script, prints as drawn,
 * and costs a few hundred bytes. Periods without a value break the line (never drawn as 0).
 */

export interface Sparkline {
  width: number;
  height: number;
  /** Path data of the line, one `M…L…` run per stretch of consecutive values. */
  path: string;
  /** Where the last value sits, for a dot; unset when the last period has no value. */
  last?: { x: number; y: number };
  /** How many periods the line spans. */
  periods: number;
}

const WIDTH = 120;
const HEIGHT = 32;
/** Room for the stroke and the dot, so neither is clipped at the edges. */
const PAD = 3;

/** The line through `values` (oldest first), scaled to the box; undefined with fewer than two values. */
export function sparkline(values: readonly (number | null)[]): Sparkline | undefined {
  const known = values.filter((v): v is number => v !== null);
  if (known.length < 2) return undefined;
  const min = Math.min(...known);
  const max = Math.max(...known);
  const span = max - min;
  const step = values.length > 1 ? (WIDTH - 2 * PAD) / (values.length - 1) : 0;
  // A flat series is drawn through the middle, not along the bottom edge.
  const y = (v: number) => round(span === 0 ? HEIGHT / 2 : HEIGHT - PAD - ((v - min) / span) * (HEIGHT - 2 * PAD));
  const x = (i: number) => round(PAD + i * step);
  let path = '';
  let drawing = false;
  values.forEach((v, i) => {
    if (v === null) {
      drawing = false;
      return;
    }
    path += `${drawing ? 'L' : 'M'}${x(i)} ${y(v)}`;
    // A value alone between gaps: a zero-length segment, which a round line cap draws as a dot.
    if (!drawing && (values[i + 1] ?? null) === null) path += 'h0';
    drawing = true;
  });
  const lastValue = values.at(-1);
  return {
    width: WIDTH,
    height: HEIGHT,
    path,
    last: lastValue === null || lastValue === undefined ? undefined : { x: x(values.length - 1), y: y(lastValue) },
    periods: values.length,
  };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
