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
 * "Subscribers" is subscribers gained minus lost: a change, never the subscriber total.
 */
import { columnIndex, hasColumns, normalizeHeader, REASON, type ColumnRule } from '../format.ts';
import type { Table } from '../read-table.ts';
import { columnarFormat } from './columnar.ts';

const DATE = ['Date', 'Datum', 'Fecha'];
const CONTENT = ['Content', 'Inhalt', 'Contenido'];
const VIEWS = ['Views', 'Aufrufe', 'Visualizaciones'];
const WATCH_TIME = ['Watch time (hours)', 'Wiedergabezeit (Stunden)', 'Tiempo de visualización (horas)'];
const SUBSCRIBERS = ['Subscribers', 'Abonnenten', 'Suscriptores'];
const IMPRESSIONS = ['Impressions', 'Impressionen', 'Impresiones'];
const CTR = ['Impressions click-through rate (%)', 'Klickrate der Impressionen (%)', 'Porcentaje de clics de las impresiones (%)'];
const LABELS = [
  ...CONTENT,
  ...['Video title', 'Videotitel', 'Título del vídeo'],
  ...['Video publish time', 'Veröffentlichungszeitpunkt des Videos', 'Hora de publicación del vídeo'],
  ...['Duration', 'Dauer', 'Duración'],
];

const RULES: readonly ColumnRule[] = [
  { names: VIEWS, metric: 'video_views' },
  { names: IMPRESSIONS, metric: 'impressions' },
  { names: ['Likes', '"Mag ich"-Bewertungen', 'Mag ich-Bewertungen', 'Me gusta'], metric: 'likes' },
  { names: ['Comments added', 'Hinzugefügte Kommentare', 'Comentarios añadidos'], metric: 'comments' },
  { names: ['Shares', 'Geteilte Inhalte', 'Veces compartido'], metric: 'shares' },
  { names: [...SUBSCRIBERS, 'Subscribers gained', 'Subscribers lost', 'Abonnenten gewonnen', 'Abonnenten verloren', 'Suscriptores conseguidos', 'Suscriptores perdidos'], ignore: REASON.netFollowers },
];

/** Every column other than the date is a YouTube metric: what a Totals file holds. */
const KNOWN_METRICS = new Set([...VIEWS, ...WATCH_TIME, ...SUBSCRIBERS, ...IMPRESSIONS, ...CTR, ...RULES.flatMap((rule) => rule.names ?? [])].map(normalizeHeader));
const SIGNATURE_METRICS = [...VIEWS, ...WATCH_TIME, ...SUBSCRIBERS, ...CTR];

function youtubeMetricsOnly(table: Table, except: readonly string[]): boolean {
  const skip = new Set(except.map(normalizeHeader));
  const others = table.header.filter((cell) => cell !== '' && !skip.has(normalizeHeader(cell)));
  return others.length > 0 && others.every((cell) => KNOWN_METRICS.has(normalizeHeader(cell))) && columnIndex(others, SIGNATURE_METRICS) >= 0;
}

export const youtubeTable = columnarFormat({
  id: 'youtube-table',
  name: 'YouTube Studio: Table data (by content)',
  signature: 'a "Content" column (video ids) with "Video title", "Views", "Watch time (hours)"…, and a "Total" row; no "Date" column',
  matches: (table) => hasColumns(table, CONTENT) && !hasColumns(table, DATE) && youtubeMetricsOnly(table, LABELS),
  platform: 'youtube',
  totalsOnly: true,
  columns: { rules: RULES },
});

export const youtubeChart = columnarFormat({
  id: 'youtube-chart',
  name: 'YouTube Studio: Chart data',
  signature: '"Date" and "Content" columns and one metric such as "Views": one row per day and video',
  matches: (table) => hasColumns(table, DATE, CONTENT) && youtubeMetricsOnly(table, [...DATE, ...LABELS]),
  platform: 'youtube',
  columns: { date: DATE, rules: RULES },
});

export const youtubeTotals = columnarFormat({
  id: 'youtube-totals',
  name: 'YouTube Studio: Totals, or Table data by date',
  signature: 'a "Date" column and only YouTube metrics ("Views", "Watch time (hours)", "Subscribers"…): one row per day',
  matches: (table) => hasColumns(table, DATE) && !hasColumns(table, CONTENT) && youtubeMetricsOnly(table, DATE),
  platform: 'youtube',
  columns: { date: DATE, rules: RULES },
});
