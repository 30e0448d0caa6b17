/**
 * The report's data download (`/r/<token>/<period>/data.csv`, for a month, quarter or year): one row per KPI and platform,
 * raw numbers (fractions for percents) so a spreadsheet can recompute anything on the page.
 */
import type { Client } from '../../schemas/client.ts';
import { csvText } from '../csv-write.ts';
import type { PlaybookKpi } from '../playbook/model.ts';
import { hasValue, type Measure } from './aggregate.ts';
import { computeKpis, type KpiResult, type ReportContext } from './engine.ts';
import type { Period } from './periods.ts';

const HEADER = [
  'kpi',
  'platform',
  'value',
  'previous',
  'change',
  'target',
  'status',
  'kpi_label',
  'change_points',
  'year_before',
  'change_year',
  'change_year_points',
];

/**
 * Results as CSV: header `kpi,platform,value,previous,change,target,status,kpi_label,change_points,
 * year_before,change_year,change_year_points`, numbers at full precision (`String(n)`), an empty
 * cell for no data, no target or no status; `change` is relative, `change_points` the difference of
 * a percent KPI (what its tile shows, as a fraction: 0.0064 is +0.64 pp), empty for other units;
 * `kpi_label` the KPI's name from the playbook; `year_before` the same period a year earlier (the
 * same months of it), with `change_year` and `change_year_points` against it as `change` and
 * `change_points` are against `previous`. RFC 4180 quoting for a cell holding a comma, a quote or a
 * line break; LF line ends and a final newline. New columns go at the end, so a sheet that reads
 * by position keeps working.
 */
export function kpiResultsToCsv(results: readonly KpiResult[], kpis: readonly Pick<PlaybookKpi, 'id' | 'name' | 'unit'>[]): string {
  const byId = new Map(kpis.map((kpi) => [kpi.id, kpi]));
  const rows = results.map((result) => {
    const kpi = byId.get(result.kpi);
    const percent = kpi?.unit === 'percent';
    return [
      result.kpi,
      result.platform,
      numberCell(result.value),
      numberCell(result.previous),
      numberCell(result.change),
      result.target === undefined ? '' : String(result.target),
      result.status ?? '',
      kpi?.name ?? '',
      percent ? pointsCell(result.value, result.previous) : '',
      numberCell(result.yearBefore),
      numberCell(result.changeYear),
      percent ? pointsCell(result.value, result.yearBefore) : '',
    ];
  });
  return csvText(HEADER, rows);
}

/** Rounded to 12 significant digits like the tile's change, so 0.04 − 0.03 is 0.01 here too. */
function pointsCell(value: Measure, previous: Measure): string {
  return hasValue(value) && hasValue(previous) ? String(Number((value.value - previous.value).toPrecision(12))) : '';
}

function numberCell(measure: Measure): string {
  return hasValue(measure) ? String(measure.value) : '';
}

/** A period's data.csv from the client's report context: the engine's results, written as above. */
export function periodCsv(context: ReportContext, period: Period): string {
  return kpiResultsToCsv(computeKpis(context, period), context.kpis);
}

/**
 * Whether a client's reports have a data.csv. A passphrase client's have none: a CSV cannot be
 * sealed, and its numbers exist only inside its encrypted pages.
 */
export function hasDataCsv(client: Pick<Client, 'passphraseEnv'>): boolean {
  return !client.passphraseEnv;
}
