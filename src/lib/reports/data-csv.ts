/**
 * The report's data download (`/r/<token>/<period>/data.csv`, for a month, quarter or year): one row per KPI and platform,
 * raw numbers (fractions for percents) so a spreadsheet can recompute anything on the page.
 */
import { hasValue, type Measure } from './aggregate.ts';
import type { KpiResult } from './engine.ts';

// The year-before columns come last: a spreadsheet that reads the older columns by position still works.
const HEADER = ['kpi', 'platform', 'value', 'previous', 'change', 'target', 'status', 'year_before', 'change_year'];

/**
 * Results as CSV: header `kpi,platform,value,previous,change,target,status,year_before,change_year`, numbers at full
 * precision (`String(n)`), an empty cell for no data, no target or no status; RFC 4180 quoting
 * for a cell holding a comma, a quote or a line break; LF line ends and a final newline.
 */
export function kpiResultsToCsv(results: readonly KpiResult[]): string {
  const rows = results.map((result) => [
    result.kpi,
    result.platform,
    numberCell(result.value),
    numberCell(result.previous),
    numberCell(result.change),
    result.target === undefined ? '' : String(result.target),
    result.status ?? '',
    numberCell(result.yearBefore),
    numberCell(result.changeYear),
  ]);
  return [HEADER, ...rows].map((row) => row.map(quote).join(',')).join('\n') + '\n';
}

function numberCell(measure: Measure): string {
  return hasValue(measure) ? String(measure.value) : '';
}

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}
