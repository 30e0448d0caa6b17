/** The KPI catalogue: every KPI of a version explained, and one line on which way is better. */
import { listOf } from './intro.ts';
import { kpiView, type KpiView } from './kpi-view.ts';
import { DIRECTION_LABELS } from './labels.ts';
import type { PlaybookModel } from './model.ts';

export interface KpiCatalogue {
  /** In the model's order (by name). */
  kpis: KpiView[];
  /**
   * "Higher is better for every KPI except Cost per click, where lower is better.", in the fewest
   * words the directions allow; unset for a version without KPIs.
   */
  directionNote?: string;
}

/** `allModels` gives each KPI its history across versions. */
export function kpiCatalogue(model: PlaybookModel, allModels: readonly PlaybookModel[]): KpiCatalogue {
  const kpis = model.kpis.map((kpi) => kpiView(model, kpi.id, allModels));
  return { kpis, directionNote: directionNote(kpis.map((view) => view.kpi)) };
}

export function directionNote(kpis: readonly { name: string; direction: 'up' | 'down' }[]): string | undefined {
  if (kpis.length === 0) return undefined;
  const lowerBetter = kpis.filter((kpi) => kpi.direction === 'down').map((kpi) => kpi.name);
  if (lowerBetter.length === 0) return `${DIRECTION_LABELS.up} for every KPI.`;
  if (lowerBetter.length === kpis.length) return `${DIRECTION_LABELS.down} for every KPI.`;
  return `${DIRECTION_LABELS.up} for every KPI except ${listOf(lowerBetter)}, where lower is better.`;
}
