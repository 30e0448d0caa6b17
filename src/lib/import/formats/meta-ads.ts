/**
 * Meta Ads Manager (Ads Manager → Reports → Export table data, CSV): one row per campaign, ad set
 * or ad, over "Reporting starts" to "Reporting ends" (each day its own row when broken down by
 * day, with a "Day" column in some exports), in the language of the account:
 *   Reporting starts, Reporting ends, Campaign name, Campaign delivery, Attribution setting,
 *   Results, Result indicator, Reach, Frequency, Cost per results, Amount spent (EUR),
 *   Impressions, CPM (cost per 1,000 impressions) (EUR), Link clicks, CPC (cost per link click)
 *   (EUR), CTR (link click-through rate), Clicks (all), Purchases, Purchases conversion value, …
 * Money is in the ad account's currency, which the header names ("Amount spent (EUR)"); it must
 * be the client's. A row without a campaign, ad set or ad name summarises the others and is
 * skipped. "Results" are conversions only for a conversion objective (its "Result indicator"
 * names a purchase, lead or registration); purchases are conversions whatever the objective.
 * A blank cell is none of it (a campaign without purchases).
 */
import { columnIndex, hasColumns, normalizeHeader, type ColumnPlan } from '../format.ts';
import type { Table, TableRow } from '../read-table.ts';
import { columnarFormat } from './columnar.ts';

const STARTS = ['Reporting starts', 'Berichtsbeginn', 'Inicio del informe', 'Début des rapports', 'Début du rapport'];
const ENDS = ['Reporting ends', 'Berichtsende', 'Fin del informe', 'Fin des rapports', 'Fin du rapport'];
const DAY = ['Day', 'Tag', 'Día', 'Jour'];
const NAMES = [
  'Campaign name',
  'Ad set name',
  'Ad name',
  'Account name',
  'Kampagnenname',
  'Name der Anzeigengruppe',
  'Anzeigenname',
  'Nombre de la campaña',
  'Nombre del conjunto de anuncios',
  'Nombre del anuncio',
  'Nom de la campagne',
  "Nom de l'ensemble de publicités",
  'Nom de la publicité',
];
const SPENT = /^(Amount spent|Ausgegebener Betrag|Importe gastado|Montant dépensé)(?:\s*\(([A-Z]{3})\))?$/i;
const INDICATOR = ['Result indicator', 'Result type', 'Ergebnisindikator', 'Indicador de resultado', 'Indicateur de résultat'];
/** Result indicators of conversion objectives, as Ads Manager writes them ("Website Purchase", "actions:offsite_conversion.fb_pixel_purchase"). */
const CONVERSION_RESULT = /purchase|lead|registration|conversion|subscribe|contact|schedule|submit_application|kauf|compra|achat/i;

export const metaAds = columnarFormat({
  id: 'meta-ads',
  name: 'Meta Ads Manager: ads report',
  signature: '"Amount spent (EUR)" (or another currency) with "Reporting starts" and "Reporting ends", or a "Day" column: one row per campaign, ad set or ad',
  matches: (table) =>
    table.header.some((cell) => SPENT.test(cell.trim())) && (hasColumns(table, STARTS, ENDS) || hasColumns(table, DAY) || hasColumns(table, NAMES)),
  platformHint: ['facebook', 'instagram'],
  grain: 'items',
  columns: {
    date: DAY,
    network: ['Platform', 'Plattform', 'Plataforma', 'Plateforme'],
    rules: [
      { pattern: SPENT, metric: 'spend' },
      { names: ['Purchases', 'Website purchases', 'Käufe', 'Compras', 'Achats'], metric: 'conversions' },
      { names: ['Results', 'Ergebnisse', 'Resultados', 'Résultats'], metric: 'conversions' },
      {
        names: [
          'Purchases conversion value',
          'Purchase conversion value',
          'Website purchases conversion value',
          'Conversion value',
          'Conversionwert der Käufe',
          'Valor de conversión de compras',
          'Valeur de conversion des achats',
        ],
        metric: 'revenue',
      },
      { names: ['Impressions', 'Impressionen', 'Impresiones'], metric: 'impressions' },
      { names: ['Reach', 'Reichweite', 'Alcance', 'Couverture'], metric: 'reach' },
      { names: ['Link clicks', 'Link-Klicks', 'Clics en el enlace', 'Clics sur un lien'], metric: 'clicks' },
      { names: [...STARTS, ...ENDS], ignore: 'the range the row covers; it dates the row' },
      { names: ['Clicks (all)', 'Klicks (alle)', 'Clics (todos)', 'Clics (tous)'], ignore: 'clicks anywhere on the ad; "Link clicks" is imported as clicks' },
      {
        pattern: /^(Cost per|Kosten pro|Coste por|Coût par|CPM|CPC|CTR|Frequency|Frequenz|Frecuencia|Répétition|(Purchase )?ROAS)\b/i,
        ignore: 'a ratio, recomputed from counts',
      },
      { pattern: /budget|Ends$|Starts$|Beginnt|Endet/i, ignore: "the campaign's settings, not a result" },
    ],
  },
  finish: finishAds,
});

function finishAds(plan: ColumnPlan, table: Table): ColumnPlan {
  const starts = columnIndex(table.header, STARTS);
  const ends = columnIndex(table.header, ENDS);
  const next: ColumnPlan = { ...plan, rowNoun: 'ad report row' };
  if (!plan.date && starts >= 0 && ends >= 0)
    next.range = { start: { index: starts, label: table.header[starts]! }, end: { index: ends, label: table.header[ends]! } };
  const spent = table.header.map((cell) => SPENT.exec(cell.trim())).find(Boolean);
  if (spent?.[2]) next.currency = { code: spent[2].toUpperCase(), label: spent[0] };
  next.skip = summaryRow(table);
  const indicator = columnIndex(table.header, INDICATOR);
  next.sources = plan.sources.map((source) => {
    const results = source.metric === 'conversions' && ['results', 'ergebnisse', 'resultados', 'resultats'].includes(normalizeHeader(source.label));
    if (!results || indicator < 0) return source;
    return {
      ...source,
      label: `${source.label} (of conversion objectives, by "${table.header[indicator]}")`,
      rows: (row: TableRow) => CONVERSION_RESULT.test(row.cells[indicator] ?? ''),
    };
  });
  return next;
}

/** A row with no campaign, ad set or ad name when the others have one: Ads Manager's summary of them. */
function summaryRow(table: Table): ((row: TableRow) => string | undefined) | undefined {
  const names = table.header.flatMap((cell, index) => (NAMES.some((n) => normalizeHeader(n) === normalizeHeader(cell)) ? [index] : []));
  if (names.length === 0) return undefined;
  const named = (row: TableRow) => names.some((index) => (row.cells[index] ?? '').trim() !== '');
  if (!table.rows.some(named)) return undefined;
  return (row) => (named(row) ? undefined : 'a summary of the other rows (it names no campaign, ad set or ad)');
}
