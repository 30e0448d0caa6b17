/**
 * YouTube Studio → Analytics → Advanced mode → Export current view (CSV) gives three files, in
 * the language of the Studio (English, German and Spanish names are known here):
 * - "Table data.csv", by content: "Content" (video id), "Video title", "Video publish time"
 *   (`Sep 27, 2024`), "Duration", "Views", "Watch time (hours)", "Subscribers", "Impressions",
 *   "Impressions click-through rate (%)", plus any metric added to the table ("Likes",
 *   "Comments added", "Shares"…), with a `Total` row first. The rows cover the exported date
 *   range but carry no date: --period names the month, and the Total row gives the numbers
 *   (it also counts videos the table leaves out).
 * - "Chart data.csv": "Date", "Content", "Video title", "Video publish time", "Duration" and the
 *   chart's metric, one row per day and video.
 * - "Totals.csv": "Date" and the chart's metric, one row per day. Table data grouped by date has the
 *   same shape, with more metrics and a Total row, and reads the same.
 * - "Table data.csv" grouped by anything else (Geography, Traffic source, Device type…): one row
 *   per country or source, and the Total row: the channel's numbers, read with --period.
 * Studio lets the lead add optional columns to a table; a table is recognised by the columns it
 * needs, and the others are listed as ignored.
 * "Subscribers" is subscribers gained minus lost: a change, never the subscriber total. An average
 * ("Average view duration") is per view and cannot be added up into a month.
 */
import { hasColumns, normalizeHeader, REASON, type ColumnPlan, type ColumnRule } from '../format.ts';
import type { Table } from '../read-table.ts';
import { columnarFormat } from './columnar.ts';

const DATE = ['Date', 'Datum', 'Fecha'];
const CONTENT = ['Content', 'Inhalt', 'Contenido'];
const VIDEO_TITLE = ['Video title', 'Videotitel', 'Título del vídeo'];
const PUBLISH_TIME = ['Video publish time', 'Veröffentlichungszeitpunkt des Videos', 'Hora de publicación del vídeo'];
const VIEWS = ['Views', 'Aufrufe', 'Visualizaciones'];
const WATCH_TIME = ['Watch time (hours)', 'Wiedergabezeit (Stunden)', 'Tiempo de visualización (horas)'];
const SUBSCRIBERS = ['Subscribers', 'Abonnenten', 'Suscriptores'];
const IMPRESSIONS = ['Impressions', 'Impressionen', 'Impresiones'];
const CTR = ['Impressions click-through rate (%)', 'Klickrate der Impressionen (%)', 'Porcentaje de clics de las impresiones (%)'];
const AVERAGES = [
  'Average view duration',
  'Durchschnittliche Wiedergabedauer',
  'Duración media de las visualizaciones',
  'Average percentage viewed (%)',
  'Durchschnittlich angesehener Prozentsatz (%)',
  'Porcentaje medio visto (%)',
];
/** Metrics Studio can add to a chart or table, beyond the usual ones; enough to know a Totals file as YouTube's. */
const OPTIONAL = [
  'Unique viewers',
  'Returning viewers',
  'New viewers',
  'Engaged views',
  'Dislikes',
  'Subscribers gained',
  'Subscribers lost',
  'Estimated revenue (USD)',
  'Card clicks',
  'End screen element clicks',
  'Stayed to watch (%)',
  'Views from playlists',
];

const RULES: readonly ColumnRule[] = [
  { names: VIEWS, metric: 'video_views' },
  { names: IMPRESSIONS, metric: 'impressions' },
  { names: ['Likes', '"Mag ich"-Bewertungen', 'Mag ich-Bewertungen', 'Me gusta'], metric: 'likes' },
  { names: ['Comments added', 'Hinzugefügte Kommentare', 'Comentarios añadidos'], metric: 'comments' },
  { names: ['Shares', 'Geteilte Inhalte', 'Veces compartido'], metric: 'shares' },
  {
    names: [
      ...SUBSCRIBERS,
      'Subscribers gained',
      'Subscribers lost',
      'Abonnenten gewonnen',
      'Abonnenten verloren',
      'Suscriptores conseguidos',
      'Suscriptores perdidos',
    ],
    ignore: REASON.netFollowers,
  },
  { names: AVERAGES, ignore: 'an average per view, which cannot be added up into a month' },
];

const KNOWN_METRICS = new Set(
  [...VIEWS, ...WATCH_TIME, ...SUBSCRIBERS, ...IMPRESSIONS, ...CTR, ...AVERAGES, ...OPTIONAL, ...RULES.flatMap((rule) => rule.names ?? [])].map(
    normalizeHeader,
  ),
);
/** The metrics a YouTube table always has one of. */
const CORE_METRICS = [...VIEWS, ...WATCH_TIME];

/** Every column other than `except` is a YouTube metric: what a Totals or Chart file holds. */
function youtubeMetricsOnly(table: Table, except: readonly string[]): boolean {
  const skip = new Set(except.map(normalizeHeader));
  const others = table.header.filter((cell) => cell !== '' && !skip.has(normalizeHeader(cell)));
  return others.length > 0 && others.every((cell) => KNOWN_METRICS.has(normalizeHeader(cell)));
}

/** A file whose only metrics are averages has nothing to add up. */
function refuseAverages(plan: ColumnPlan, table: Table): ColumnPlan {
  if (plan.sources.length || !table.header.some((cell) => AVERAGES.some((a) => normalizeHeader(a) === normalizeHeader(cell)))) return plan;
  const averages = table.header
    .filter((cell) => AVERAGES.some((a) => normalizeHeader(a) === normalizeHeader(cell)))
    .map((cell) => `"${cell}"`)
    .join(', ');
  return {
    ...plan,
    nothing: `its only metric, ${averages}, is an average per view, which cannot be added up into a month; export "Views" or "Watch time (hours)" instead`,
  };
}

export const youtubeTable = columnarFormat({
  id: 'youtube-table',
  name: 'YouTube Studio: Table data (by content)',
  signature: 'a "Content" column (video ids) with "Video title" and "Views" or "Watch time (hours)", and a "Total" row; no "Date" column',
  matches: (table) => hasColumns(table, CONTENT, [...VIDEO_TITLE, ...PUBLISH_TIME], CORE_METRICS) && !hasColumns(table, DATE),
  platform: 'youtube',
  totalsOnly: true,
  grain: 'totals',
  rowNoun: 'video',
  columns: { rules: RULES },
  finish: refuseAverages,
});

export const youtubeTableBreakdown = columnarFormat({
  id: 'youtube-table-breakdown',
  name: 'YouTube Studio: Table data (by geography, traffic source or another dimension)',
  signature: 'a first column such as "Geography" or "Traffic source", "Views" or "Watch time (hours)", and a "Total" row; no "Date" column',
  matches: (table) =>
    Boolean(table.totals) &&
    hasColumns(table, CORE_METRICS) &&
    !hasColumns(table, DATE) &&
    !hasColumns(table, CONTENT) &&
    youtubeMetricsOnly(table, [table.header[0]!]),
  platform: 'youtube',
  totalsOnly: true,
  grain: 'totals',
  columns: { rules: RULES },
  finish: (plan, table) =>
    refuseAverages(
      {
        ...plan,
        ignored: plan.ignored.filter((i) => i.label !== table.header[0]),
        notes: [`its rows are a breakdown by ${table.header[0]!.toLowerCase()}; the numbers come from its Total row, the channel's`],
      },
      table,
    ),
});

export const youtubeChart = columnarFormat({
  id: 'youtube-chart',
  name: 'YouTube Studio: Chart data',
  signature: '"Date" and "Content" columns and one metric such as "Views": one row per day and video',
  // "Content" with "Video title" is YouTube's alone: any other metric column Studio adds is ignored.
  matches: (table) =>
    hasColumns(table, DATE, CONTENT, [...VIDEO_TITLE, ...PUBLISH_TIME]) && table.header.some((cell) => KNOWN_METRICS.has(normalizeHeader(cell))),
  platform: 'youtube',
  columns: { date: DATE, rules: RULES },
  finish: refuseAverages,
});

export const youtubeTotals = columnarFormat({
  id: 'youtube-totals',
  name: 'YouTube Studio: Totals, or Table data by date',
  signature: 'a "Date" column and only YouTube metrics ("Views", "Watch time (hours)", "Subscribers"…): one row per day',
  matches: (table) => hasColumns(table, DATE) && !hasColumns(table, CONTENT) && youtubeMetricsOnly(table, DATE),
  platform: 'youtube',
  rowNoun: 'day',
  columns: { date: DATE, rules: RULES },
  finish: refuseAverages,
});
