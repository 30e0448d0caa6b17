/** A KPI explained: readable formula, the metrics it reads and how they aggregate, its history. */
import type { Metric } from '../../schemas/metric.ts';
import { formulaMetrics, parseFormula, type FormulaNode } from '../formula.ts';
import { compareVersions } from '../versions.ts';
import { DRAFT_VERSION } from '../content-root.ts';
import { changeLines, namesOf, valueText, type Names } from './change-text.ts';
import { formulaText } from './formula-text.ts';
import type { PlaybookKpi, PlaybookModel, PlaybookRole } from './model.ts';

export interface KpiHistoryEntry {
  version: string;
  kpi: PlaybookKpi;
  /** The definition in words: formula with metric labels, unit, direction and owner by name. */
  words: { formula: string; unit: string; direction: string; owner: string };
  /** What changed against the previous version that had this KPI, in words; empty for the first. */
  changes: string[];
  /** The history table's "Changed" column: "introduced", the changes joined by "; ", or "unchanged". */
  changed: string;
}

export interface KpiView {
  kpi: PlaybookKpi;
  /** The formula with metric labels, e.g. "Engagements ÷ Impressions". */
  readableFormula: string;
  metrics: Metric[];
  usesPrevious: boolean;
  /** The top-level operation is a division: a rate over platforms is a ratio of sums. */
  isRatio: boolean;
  /** The catalogue's "Better when" column: "higher" or "lower". */
  betterWhen: string;
  owner?: PlaybookRole;
  /** Roles that list this KPI among those they are measured by. */
  trackedBy: PlaybookRole[];
  history: KpiHistoryEntry[];
}

export function kpiView(model: PlaybookModel, kpiId: string, allModels: readonly PlaybookModel[]): KpiView {
  const kpi = model.kpis.find((k) => k.id === kpiId);
  if (!kpi) throw new Error(`kpiView: no KPI "${kpiId}" in playbook ${model.version}`);
  const parsed = parseFormula(kpi.formula);
  if (!parsed.ok) throw new Error(`kpiView: ${kpi.file}: formula does not parse (check should have caught this)`);
  const ast = parsed.ast;
  const registry = new Map(model.metrics.map((metric) => [metric.id, metric]));
  return {
    kpi,
    readableFormula: formulaText(ast, (id) => registry.get(id)?.label ?? id),
    metrics: formulaMetrics(ast).flatMap((id) => registry.get(id) ?? []),
    usesPrevious: usesPrevious(ast),
    isRatio: ast.kind === 'binary' && ast.operator === '/',
    betterWhen: kpi.direction === 'up' ? 'higher' : 'lower',
    owner: model.roles.find((role) => role.id === kpi.owner),
    trackedBy: model.roles.filter((role) => role.kpis.includes(kpi.id)),
    history: kpiHistory(kpiId, allModels),
  };
}

/** The KPI's definition in every version that has it, oldest first, the draft last. */
export function kpiHistory(kpiId: string, models: readonly PlaybookModel[]): KpiHistoryEntry[] {
  const ordered = [...models].sort((a, b) => versionOrder(a.version, b.version));
  const entries: KpiHistoryEntry[] = [];
  let previousModel: PlaybookModel | undefined;
  for (const model of ordered) {
    const kpi = model.kpis.find((k) => k.id === kpiId);
    if (!kpi) continue;
    const before = entries.at(-1)?.kpi;
    // Each version's names for its own ids: a role renamed later is shown as it was then.
    const names = previousModel ? namesOf(model, previousModel) : namesOf(model);
    const words = {
      formula: valueText('formula', kpi.formula, names),
      unit: valueText('unit', kpi.unit, names),
      direction: valueText('direction', kpi.direction, names),
      owner: valueText('owner', kpi.owner, names),
    };
    const changes = before ? definitionChanges(before, kpi, names) : [];
    entries.push({ version: model.version, kpi, words, changes, changed: !before ? 'introduced' : changes.length ? changes.join('; ') : 'unchanged' });
    previousModel = model;
  }
  return entries;
}

function definitionChanges(before: PlaybookKpi, after: PlaybookKpi, names: Names): string[] {
  const fields = ['name', 'formula', 'unit', 'direction', 'owner'] as const;
  return changeLines(
    fields.filter((field) => before[field] !== after[field]).map((field) => ({ field, kind: 'value', before: before[field], after: after[field] })),
    names,
  );
}

function versionOrder(a: string, b: string): number {
  if (a === DRAFT_VERSION) return 1;
  if (b === DRAFT_VERSION) return -1;
  return compareVersions(a, b);
}

function usesPrevious(node: FormulaNode): boolean {
  if (node.kind === 'previous') return true;
  if (node.kind === 'negate') return usesPrevious(node.operand);
  if (node.kind === 'binary') return usesPrevious(node.left) || usesPrevious(node.right);
  return false;
}
