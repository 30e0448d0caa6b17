/**
 * The sentences a report opens with when the team wrote no commentary: how many targets were
 * met, the biggest improvement and the biggest drop among the tiles, by KPI name, in the client's
 * language. Only what the tiles below already show: a summary never says what a tile does not.
 */
import type { ReportLocale } from './report-locale.ts';
import type { Tile } from './report-view.ts';

export function dataSummary(tiles: readonly Tile[], loc: ReportLocale): string[] {
  const { t, plural } = loc;
  const sentences: string[] = [];
  const judged = tiles.filter((tile) => tile.target?.status);
  if (judged.length > 0) {
    const met = judged.filter((tile) => tile.target!.status === 'met').length;
    sentences.push(t.summary.targets(met, judged.length, plural));
  }
  const compared = tiles.filter((tile) => tile.change);
  if (compared.length === 0) {
    sentences.push(t.summary.noComparisons);
    return sentences;
  }
  const moved = compared.filter((tile) => tile.change!.tone !== 'flat');
  const best = moved.filter((tile) => tile.change!.tone === 'good').sort((a, b) => b.change!.merit - a.change!.merit)[0];
  const worst = moved.filter((tile) => tile.change!.tone === 'bad').sort((a, b) => a.change!.merit - b.change!.merit)[0];
  if (best) sentences.push(t.summary.improved(best.kpi.name, best.change!.text));
  if (worst) sentences.push(t.summary.dropped(worst.kpi.name, worst.change!.text));
  if (!best && !worst) sentences.push(t.summary.steady);
  return sentences;
}
