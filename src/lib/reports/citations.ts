/**
 * The numbers commentary cites, from the same engine results as the tiles beside it: a citation
 * can never disagree with a tile, and "no data" says why, as a tile does.
 */
import type { PlaybookKpi, PlaybookModel } from '../playbook/model.ts';
import type { Snapshot } from '../snapshot-csv.ts';
import { hasValue } from './aggregate.ts';
import { renderCommentary, renderHighlights, type Citation, type CitedValue } from './commentary.ts';
import { ALL, computeKpis, type KpiResult } from './engine.ts';
import type { Period } from './periods.ts';
import type { ReportLocale } from './report-locale.ts';
import { comparison, reportContext, type ReportClient } from './report-view.ts';

/**
 * Fills citations from the results. `:change[kpi]` is the tile's change: percentage points for a
 * percent KPI, relative otherwise; its raw value is the same (a fraction of points or of the previous value).
 */
export function citer(results: readonly KpiResult[], kpis: readonly PlaybookKpi[], loc: ReportLocale): (citation: Citation) => CitedValue {
  const { fmt, t } = loc;
  return ({ kind, kpi: id, platform = ALL }) => {
    const kpi = kpis.find((k) => k.id === id);
    const result = results.find((r) => r.kpi === id && r.platform === platform);
    if (!kpi || !result) return { text: t.reason.noData, missing: true };
    switch (kind) {
      case 'kpi':
        return hasValue(result.value)
          ? { text: fmt.value(result.value.value, kpi.unit), raw: result.value.value }
          : { text: t.citation.noData(result.value.reason), missing: true };
      case 'change': {
        const change = comparison(kpi, result.value, result.previous, loc, '');
        return 'comparison' in change ? { text: change.comparison.text, raw: change.value } : { text: t.citation.noChange(change.reason), missing: true };
      }
      case 'target': {
        if (result.target === undefined) return { text: t.citation.noTarget, missing: true };
        const status = result.status ? ` (${t.citation[result.status]})` : '';
        return { text: `${fmt.value(result.target, kpi.unit)}${status}`, raw: result.target };
      }
    }
  };
}

/** A month's commentary file (clients/<id>/reports/<YYYY-MM>.md): its frontmatter and its Markdown body. */
export interface CommentaryEntry {
  data: { title?: string; highlights: string[] };
  body?: string;
}

export interface CommentaryView {
  title?: string;
  /** Each highlight as inline HTML, citations filled in. */
  highlights: string[];
  /** The body as HTML; undefined when the file has no text beyond its frontmatter. */
  body?: string;
}

export function commentaryView(entry: CommentaryEntry | undefined, cite: (citation: Citation) => CitedValue): CommentaryView {
  if (!entry) return { highlights: [] };
  const body = entry.body?.trim() ? renderCommentary(entry.body, cite) : undefined;
  return {
    title: entry.data.title,
    highlights: renderHighlights(entry.data.highlights, cite),
    body,
  };
}

/** A period's commentary with its citations computed, for pages (the hub) that show no tiles. */
export function periodCommentary(
  client: ReportClient,
  model: PlaybookModel,
  snapshots: ReadonlyMap<string, Snapshot>,
  period: Period,
  entry: CommentaryEntry | undefined,
  loc: ReportLocale,
): CommentaryView {
  const results = computeKpis(reportContext(client, model, snapshots, loc), period);
  return commentaryView(entry, citer(results, model.kpis, loc));
}
