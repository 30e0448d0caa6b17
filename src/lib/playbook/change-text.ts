/**
 * A structural change in words a new hire reads: field names as the playbook names them
 * ("Reports to", "KPIs") and values by name ("Save rate", "Community Manager", "a percentage",
 * "Engagements ÷ Reach"), never the ids of the files. Used by the changes page and a KPI's history.
 */
import { parseFormula } from '../formula.ts';
import type { FieldChange } from './diff.ts';
import { formulaText } from './formula-text.ts';
import type { PlaybookModel } from './model.ts';
import { KPI_UNIT_INFO, type KpiUnit } from '../kpi-units.ts';

export interface Names {
  role(id: string): string;
  kpi(id: string): string;
  metric(id: string): string;
}

/** Names from the newer model first, then the older, so a removed KPI or role still has its name. */
export function namesOf(...models: readonly PlaybookModel[]): Names {
  const lookup = (entries: [string, string][][]) => {
    const map = new Map<string, string>();
    for (const list of entries.reverse()) for (const [id, name] of list) map.set(id, name);
    return (id: string) => map.get(id) ?? id;
  };
  return {
    role: lookup(models.map((m) => m.roles.map((r) => [r.id, r.title]))),
    kpi: lookup(models.map((m) => m.kpis.map((k) => [k.id, k.name]))),
    metric: lookup(models.map((m) => m.metrics.map((x) => [x.id, x.label]))),
  };
}

const FIELD_LABELS: Record<string, string> = {
  title: 'Title',
  summary: 'Summary',
  horizon: 'Horizon',
  audience: 'Audience',
  voice: 'Voice',
  goals: 'Goals',
  skills: 'Skills',
  tools: 'Tools',
  kpis: 'KPIs',
  reportsTo: 'Reports to',
  routine: 'Routine',
  formula: 'Formula',
  unit: 'Shown as',
  direction: 'Better when',
  owner: 'Owner',
  headline: 'Headline tile',
  name: 'Name',
  kind: 'Kind',
  label: 'Label',
  description: 'Description',
  definition: 'Definition',
  aliases: 'Also called',
};

const DIRECTION_WORDS: Record<string, string> = { up: 'higher', down: 'lower' };
const KIND_WORDS: Record<string, string> = { flow: 'a flow (summed)', stock: 'a stock (last value)', unique: 'unique (counted once per window)' };

export function fieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? field;
}

/** One field's value as words. */
export function valueText(field: string, value: string | boolean | undefined, names: Names): string {
  if (value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  switch (field) {
    case 'kpis':
      return names.kpi(value);
    case 'owner':
    case 'reportsTo':
      return names.role(value);
    case 'unit':
      // An older version's unit Rolebook no longer has is shown as written.
      return Object.hasOwn(KPI_UNIT_INFO, value) ? KPI_UNIT_INFO[value as KpiUnit].name : value;
    case 'direction':
      return DIRECTION_WORDS[value] ?? value;
    case 'kind':
      return KIND_WORDS[value] ?? value;
    case 'formula': {
      const parsed = parseFormula(value);
      return parsed.ok ? formulaText(parsed.ast, names.metric) : value;
    }
    default:
      return value;
  }
}

/** "KPIs: added Save rate", "Owner: Social Media Manager → Community Manager". */
export function changeText(change: FieldChange, names: Names): { field: string; text: string } {
  const field = fieldLabel(change.field);
  if (change.kind === 'value') return { field, text: `${valueText(change.field, change.before, names)} → ${valueText(change.field, change.after, names)}` };
  const words = (items: string[]) => items.map((item) => valueText(change.field, item, names)).join(', ');
  const parts = [change.added.length ? `added ${words(change.added)}` : '', change.removed.length ? `removed ${words(change.removed)}` : ''];
  return { field, text: parts.filter(Boolean).join('; ') || 'reordered' };
}

/** Each change as one line, "Owner: Social Media Manager → Community Manager", in the diff's order. */
export function changeLines(changes: readonly FieldChange[], names: Names): string[] {
  return changes.map((change) => changeText(change, names)).map(({ field, text }) => `${field}: ${text}`);
}
