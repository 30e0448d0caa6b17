/** fast-check generators for snapshot CSV text: noise, CSV-shaped noise, and well-formed files. */
import fc from 'fast-check';

const METRICS = ['impressions', 'likes', 'followers', 'spend', 'reach', 'engagements'];
const PLATFORMS = ['instagram', 'facebook', 'tiktok', 'linkedin', 'x', 'youtube'];

/** Strings of the characters a CSV parser cares about, plus BOM, NUL and unicode. */
export const csvText = fc.string({
  unit: fc.constantFrom(',', ',', '"', '"', '\n', '\r\n', '\r', '\uFEFF', ' ', '\t', '0', '1', '9', '.', '-', 'e', 'a', 'p', 'é', '😀', '\u0000', '\u2028'),
  maxLength: 300,
});

const number = fc.oneof(
  fc.nat().map(String),
  fc.double().map(String), // NaN, Infinity, -0, 1e-7, 5e+300
  fc.double({ min: 0, max: 1e6, noNaN: true }).map((n) => n.toFixed(3)),
  fc.bigInt({ min: 0n, max: 10n ** 400n }).map(String),
  fc.constantFrom('1e5', '-3', '1,234', '1.234,5', '12%', '00', '0.', '.5', 'NaN', 'Infinity', ' 42 ', '٣', '１２', '0x1F'),
  // Digits that overflow a double, or that are past 2^53.
  fc.constantFrom('9'.repeat(400), `1${'0'.repeat(308)}`, `18${'0'.repeat(307)}.5`, '9007199254740993'),
);

const cell = fc.oneof(
  { weight: 4, arbitrary: number },
  { weight: 2, arbitrary: fc.constant('') },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.constantFrom('"', '""', 'a"b', '\r\n', '\n', '\r', '\uFEFF', 'é', '😀', '2026-02-01', '2026-02-30', '2025-01-01', 'platform') },
  { weight: 2, arbitrary: fc.constantFrom(...PLATFORMS) },
);

/** A cell as written in the file: bare, properly quoted, or with a quote left open. */
const written = fc.tuple(cell, fc.constantFrom('bare', 'bare', 'bare', 'bare', 'bare', 'quoted', 'quoted', 'open')).map(([text, style]) => {
  if (style === 'quoted') return `"${text.replace(/"/g, '""')}"`;
  if (style === 'open') return `"${text}`;
  return text;
});

const headerName = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...METRICS) },
  { weight: 1, arbitrary: fc.constantFrom('date', 'platform', 'Impressions', 'likes ', '') },
  { weight: 1, arbitrary: fc.stringMatching(/^[a-z][a-z0-9_]{0,10}$/) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);

/** The first cell of a row: mostly a real platform id, so rows get as far as their numbers. */
const firstCell = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...PLATFORMS) }, { weight: 1, arbitrary: written });

const lineEnd = fc.constantFrom('\n', '\r\n', '\r');

/** A header (usually starting with `platform`) and rows about as wide as it, in any encoding style. */
export const structuredCsv = fc
  .record({
    bom: fc.boolean(),
    eol: lineEnd,
    platformFirst: fc.boolean(),
    header: fc.array(headerName, { maxLength: 6 }),
    trailing: fc.boolean(),
  })
  .chain((shape) => {
    const width = shape.header.length + (shape.platformFirst ? 1 : 0);
    const row = fc.tuple(firstCell, fc.array(written, { minLength: Math.max(0, width - 2), maxLength: width })).map(([first, rest]) => [first, ...rest]);
    return fc.array(row, { maxLength: 8 }).map((rows) => {
      const header = [...(shape.platformFirst ? ['platform'] : []), ...shape.header].join(',');
      const text = [header, ...rows.map((cells) => cells.join(','))].join(shape.eol);
      return `${shape.bom ? '\uFEFF' : ''}${text}${shape.trailing ? shape.eol : ''}`;
    });
  });

/** A well-formed monthly file and the rows it must read back as. */
export const validCsv = fc
  .record({
    bom: fc.boolean(),
    eol: lineEnd,
    trailing: fc.boolean(),
    metrics: fc.uniqueArray(fc.constantFrom(...METRICS), { minLength: 1, maxLength: METRICS.length }),
    platforms: fc.uniqueArray(fc.constantFrom(...PLATFORMS), { minLength: 1, maxLength: PLATFORMS.length }),
    quoteAll: fc.boolean(),
  })
  .chain((shape) =>
    fc
      .array(
        fc.array(
          fc.option(
            fc.oneof(
              fc.nat(),
              fc.double({ min: 0, max: 1e9, noNaN: true }).map((n) => Number(n.toFixed(2))),
            ),
            { nil: undefined },
          ),
          { minLength: shape.metrics.length, maxLength: shape.metrics.length },
        ),
        {
          minLength: shape.platforms.length,
          maxLength: shape.platforms.length,
        },
      )
      .map((values) => {
        const quote = (text: string) => (shape.quoteAll ? `"${text}"` : text);
        const rows = shape.platforms.map((platform, i) => ({
          platform,
          values: Object.fromEntries(shape.metrics.flatMap((metric, j) => (values[i]![j] === undefined ? [] : [[metric, values[i]![j]!]]))),
        }));
        const lines = [
          ['platform', ...shape.metrics].map(quote).join(','),
          ...shape.platforms.map((platform, i) => [platform, ...values[i]!.map((v) => (v === undefined ? '' : String(v)))].map(quote).join(',')),
        ];
        const text = `${shape.bom ? '\uFEFF' : ''}${lines.join(shape.eol)}${shape.trailing ? shape.eol : ''}`;
        return { text, rows };
      }),
  );
