/** Words for the enumerations of the content model, in one place. */
import type { Kpi } from '../../schemas/kpi.ts';
import type { Metric } from '../../schemas/metric.ts';
import type { RaciValue } from '../../schemas/responsibilities.ts';
import { KPI_UNIT_INFO } from '../kpi-units.ts';

export const UNIT_LABELS = Object.fromEntries(Object.entries(KPI_UNIT_INFO).map(([unit, info]) => [unit, info.label])) as Record<Kpi['unit'], string>;

export const DIRECTION_LABELS: Record<Kpi['direction'], string> = {
  up: 'Higher is better',
  down: 'Lower is better',
};

export const METRIC_KIND_LABELS: Record<Metric['kind'], string> = {
  flow: 'summed over the days of the period and across platforms',
  stock: 'the value at the end of the period on each platform, then added across platforms',
  unique:
    'people counted once over the window the platform measured, so never added up over days: a month needs a figure for the whole month from the platform; added across platforms, where someone on two platforms counts twice',
};

/** What a metric's kind is called inside a sentence: "Reach (reach, a unique count)". */
export const METRIC_KIND_NAMES: Record<Metric['kind'], string> = {
  flow: 'a flow',
  stock: 'a stock',
  unique: 'a unique count',
};

export const RACI_LABELS: Record<RaciValue, string> = {
  R: 'Responsible',
  A: 'Accountable',
  C: 'Consulted',
  I: 'Informed',
  'A/R': 'Accountable and responsible',
};
