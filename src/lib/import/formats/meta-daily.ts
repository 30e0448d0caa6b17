/**
 * Meta Business Suite's one-metric daily series (Insights → Overview/Results → Export, CSV):
 * UTF-16 LE with a BOM, then
 *   sep=,
 *   "Facebook reach"                  ← the metric's name, often with the platform
 *   "Date","Primary"
 *   "2024-09-01T00:00:00","1234"
 * The metric comes from the name line; so does the platform when the name starts with
 * "Facebook" or "Instagram", otherwise --platform says it.
 */
import { columnIndex, normalizeHeader, REASON, type ColumnPlan, type ImportFormat } from '../format.ts';
import type { Table } from '../read-table.ts';

const DATE = ['Date', 'Datum', 'Fecha', 'Data'];
const PRIMARY = ['Primary', 'Primär', 'Principal', 'Primario'];

/** Series names → metrics, tried in order on the name without its platform. */
const SERIES: readonly { pattern: RegExp; metric?: string; ignore?: string }[] = [
  { pattern: /\b(new|neue|nuevos|nouveaux)\b|^(un)?follows$|seguimientos/, ignore: REASON.newFollowers },
  { pattern: /reach|reichweite|alcance|couverture/, metric: 'reach' },
  { pattern: /impression|impresion|^views$|aufrufe|visualizaciones|^vues$/, metric: 'impressions' },
  { pattern: /interaction|interaktion|interaccion|engagement/, metric: 'engagements' },
  { pattern: /reaction|reaktion|reaccion/, metric: 'likes' },
  { pattern: /comment|kommentar|comentario/, metric: 'comments' },
  { pattern: /share|geteilt|compartid|partage/, metric: 'shares' },
  { pattern: /link ?cli[ck]+s?|linkklick|clics en el enlace/, metric: 'clicks' },
  // "Facebook Page likes" and "Instagram followers" are the audience on each day: a stock.
  { pattern: /follower|seguidores|abonnes|page likes|fans/, metric: 'followers' },
];

function seriesName(table: Table): string | undefined {
  return table.preamble.at(-1);
}

export const metaDaily: ImportFormat = {
  id: 'meta-daily',
  name: 'Meta Business Suite: daily series of one metric',
  signature: 'a "sep=," line, the metric\'s name, then "Date","Primary" (usually UTF-16)',
  platformHint: ['facebook', 'instagram'],
  matches(table) {
    const cells = table.header.filter((cell) => cell !== '');
    return cells.length === 2 && columnIndex(cells, DATE) === 0 && columnIndex(cells, PRIMARY) === 1;
  },
  plan(table): ColumnPlan {
    const dateIndex = columnIndex(table.header, DATE);
    const primary = columnIndex(table.header, PRIMARY);
    const date = { index: dateIndex, label: table.header[dateIndex]! };
    const name = seriesName(table);
    if (!name) return { date, sources: [], ignored: [], nothing: 'the file does not name its metric (the line above "Date","Primary" is missing)' };
    const platform = /^(facebook|instagram)\b/i.exec(name)?.[1]?.toLowerCase();
    const metricName = normalizeHeader(name).replace(/^(facebook|instagram)\s+/, '');
    const series = SERIES.find((s) => s.pattern.test(metricName));
    const label = `${table.header[primary]} (${name})`;
    const plan: ColumnPlan = { date, sources: [], ignored: [], ...(platform ? { platform } : {}) };
    if (series?.metric) plan.sources.push({ metric: series.metric, columns: [primary], label });
    else {
      const reason = series?.ignore ?? REASON.notTracked;
      plan.ignored.push({ label, reason });
      plan.nothing = `its series "${name}" is ${reason}`;
    }
    return plan;
  },
};
