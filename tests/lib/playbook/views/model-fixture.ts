/**
 * Hand-built PlaybookModel pieces for the view tests. Every builder fills the required fields with
 * neutral defaults, so a test spells out only what it is about. The role ids (account-lead,
 * support-agent, analyst) are deliberately not the demo content's.
 */
import type { GlossaryTerm } from '../../../../src/schemas/glossary.ts';
import type { Metric } from '../../../../src/schemas/metric.ts';
import type { PlaybookArea, PlaybookKpi, PlaybookModel, PlaybookOnboarding, PlaybookRole, PlaybookTask } from '../../../../src/lib/playbook/model.ts';

/** "account-lead" → "Account Lead"; "active_members" → "Active members". */
function titleOf(id: string): string {
  return id
    .split('-')
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join(' ');
}

function labelOf(id: string): string {
  const words = id.replace(/_/g, ' ');
  return words[0]!.toUpperCase() + words.slice(1);
}

/** The content folder of a version: `playbook` for the draft, `versions/x.y` for a release. */
export function dirOf(version: string): string {
  return version === 'next' ? 'playbook' : `versions/${version}`;
}

export function role(id: string, fields: Partial<PlaybookRole> = {}): PlaybookRole {
  return {
    id,
    file: `playbook/roles/${id}.mdx`,
    body: '',
    title: titleOf(id),
    summary: `What the ${titleOf(id)} does.`,
    goals: [],
    skills: [],
    tools: [],
    kpis: [],
    routine: [],
    ...fields,
  };
}

export function kpi(id: string, fields: Partial<PlaybookKpi> = {}): PlaybookKpi {
  return {
    id,
    file: `playbook/kpis/${id}.mdx`,
    body: '',
    name: titleOf(id),
    owner: 'account-lead',
    formula: 'engagements / impressions',
    unit: 'percent',
    direction: 'up',
    headline: false,
    movedBy: [],
    ...fields,
  };
}

export function metric(id: string, fields: Partial<Metric> = {}): Metric {
  return { id, label: labelOf(id), kind: 'flow', unit: 'count', ...fields };
}

export function task(id: string, raci: PlaybookTask['raci'], fields: Partial<PlaybookTask> = {}): PlaybookTask {
  return { id, area: 'Delivery', task: titleOf(id), raci, ...fields };
}

/** An area whose tasks carry its name. */
export function area(name: string, tasks: PlaybookTask[]): PlaybookArea {
  return { area: name, tasks: tasks.map((t) => ({ ...t, area: name })) };
}

export function onboarding(roleId: string, fields: Partial<PlaybookOnboarding> = {}): PlaybookOnboarding {
  return {
    id: roleId,
    file: `playbook/onboarding/${roleId}.mdx`,
    body: '',
    title: `Onboarding: ${titleOf(roleId)}`,
    weeks: [{ title: 'Week 1', items: ['Meet the team'] }],
    ...fields,
  };
}

export function term(name: string, aliases: string[] = [], definition = `What ${name} means.`): GlossaryTerm {
  return { term: name, definition, aliases };
}

/** A playbook version; empty unless the test says otherwise. `dir` follows `version`. */
export function model(fields: Partial<PlaybookModel> = {}): PlaybookModel {
  const version = fields.version ?? 'next';
  return {
    version,
    dir: dirOf(version),
    roles: [],
    kpis: [],
    metrics: [],
    areas: [],
    onboarding: [],
    glossary: [],
    ...fields,
  };
}
