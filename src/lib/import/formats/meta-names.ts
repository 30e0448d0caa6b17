/**
 * Column names of Meta Business Suite's post exports (Insights → Content → Export data), shared by
 * the Facebook and Instagram formats, in English, German and Spanish. A Facebook export has, among
 * others: "Post ID", "Page ID", "Page name", "Title", "Description", "Duration (sec)",
 * "Publish time" (`09/28/2024 10:30`), "Permalink", "Post type", "Date" (`Lifetime`),
 * "Impressions" (since 2025 "Views"), "Reach", "Reactions, comments and shares", "Reactions",
 * "Comments", "Shares", "Total clicks", "Link clicks", "Other Clicks", "Seconds viewed". An
 * Instagram export has "Account ID", "Account username", "Account name" instead of the Page
 * columns, and "Likes", "Saves", "Follows" (and "Plays" for older reels).
 */
import { countRows, REASON, type ColumnRule } from '../format.ts';

/** Each row of a post export is a post published in its month. */
export const POSTS = countRows('posts', 'one per row (post)');

export const PUBLISH_TIME = ['Publish time', 'Veröffentlichungszeitpunkt', 'Hora de publicación'];
export const PERMALINK = ['Permalink', 'Enlace permanente'];
export const PAGE_COLUMNS = ['Page ID', 'Page name', 'Seiten-ID', 'Seitenname', 'Identificador de la página', 'Nombre de la página'];
export const ACCOUNT_USERNAME = ['Account username', 'Benutzername des Kontos', 'Nombre de usuario de la cuenta'];

const LINK_CLICKS = ['Link clicks', 'Linkklicks', 'Clics en el enlace'];

export const META_POST_RULES: readonly ColumnRule[] = [
  { names: ['Impressions', 'Impressionen', 'Impresiones'], metric: 'impressions' },
  // Meta replaced impressions with views in 2025: an export has one or the other, or both during the change.
  { names: ['Views', 'Aufrufe', 'Visualizaciones'], metric: 'impressions' },
  { names: ['Reach', 'Reichweite', 'Alcance'], metric: 'reach' },
  {
    names: ['Reactions, comments and shares', 'Reaktionen, Kommentare und geteilte Inhalte', 'Reacciones, comentarios y veces que se compartió'],
    metric: 'engagements',
  },
  // Facebook counts likes and the other reactions together; Instagram has likes only.
  { names: ['Reactions', 'Reaktionen', 'Reacciones', 'Likes', '„Gefällt mir“-Angaben', 'Gefällt mir-Angaben', 'Me gusta'], metric: 'likes' },
  { names: ['Comments', 'Kommentare', 'Comentarios'], metric: 'comments' },
  { names: ['Shares', 'Geteilte Inhalte', 'Veces que se compartió'], metric: 'shares' },
  { names: ['Saves', 'Gespeichert', 'Guardados'], metric: 'saves' },
  { names: LINK_CLICKS, metric: 'clicks' },
  { names: ['Plays', 'Wiedergaben', 'Reproducciones'], metric: 'video_views' },
  { names: ['Total clicks', 'Klicks insgesamt', 'Clics totales'], ignore: `clicks anywhere on the post; "${LINK_CLICKS[0]}" is imported as clicks` },
  { names: ['Follows', 'Follower', 'Seguimientos'], ignore: REASON.postFollows },
  { pattern: /^Estimated earnings\b/i, ignore: 'money the Page earned from its content (monetisation), not ad spend or attributed revenue' },
  { names: ['Ad impressions'], ignore: "impressions of the ads shown in the Page's videos, not of its posts" },
  { names: ['Is crosspost', 'Is share'], ignore: 'a yes/no flag, not a count' },
];
