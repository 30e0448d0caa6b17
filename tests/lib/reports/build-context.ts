/** Small report contexts for the engine tests: snapshots written as CSV text, KPIs in one line. */
import type { ContentTree } from '../../../src/lib/content-tree.ts';
import { fromSource, type PlaybookKpi } from '../../../src/lib/playbook/model.ts';
import type { ReportContext } from '../../../src/lib/reports/engine.ts';
import { parseSnapshotCsv, type Snapshot } from '../../../src/lib/snapshot-csv.ts';
import type { Metric } from '../../../src/schemas/metric.ts';

/** The registry the unit tests use: a subset of the demo's, with its labels. */
export const METRICS: Metric[] = [
  { id: 'impressions', label: 'Impressions', kind: 'flow', unit: 'count' },
  { id: 'reach', label: 'Reach', kind: 'flow', unit: 'count' },
  { id: 'engagements', label: 'Engagements', kind: 'flow', unit: 'count' },
  { id: 'likes', label: 'Likes and reactions', kind: 'flow', unit: 'count' },
  { id: 'comments', label: 'Comments', kind: 'flow', unit: 'count' },
  { id: 'saves', label: 'Saves', kind: 'flow', unit: 'count' },
  { id: 'clicks', label: 'Link clicks', kind: 'flow', unit: 'count' },
  { id: 'spend', label: 'Ad spend', kind: 'flow', unit: 'currency' },
  { id: 'revenue', label: 'Attributed revenue', kind: 'flow', unit: 'currency' },
  { id: 'responses', label: 'Responses', kind: 'flow', unit: 'count' },
  { id: 'response_minutes', label: 'Total response minutes', kind: 'flow', unit: 'minutes' },
  { id: 'followers', label: 'Followers', kind: 'stock', unit: 'count' },
];

export const labelOf = (id: string): string => METRICS.find((metric) => metric.id === id)?.label ?? id;

/** A snapshot from CSV lines, through the real parser; fails the test if the CSV has problems. */
export function csv(period: string, ...lines: string[]): Snapshot {
  const file = `clients/test/snapshots/${period}.csv`;
  const { snapshot, problems } = parseSnapshotCsv(lines.join('\n') + '\n', file, period);
  if (!snapshot || problems.length > 0) throw new Error(`test CSV for ${period} has problems: ${JSON.stringify(problems)}`);
  return snapshot;
}

export function kpi(id: string, formula: string, options: Partial<Pick<PlaybookKpi, 'unit' | 'direction'>> = {}): PlaybookKpi {
  return {
    id,
    name: id,
    owner: 'social-media-manager',
    formula,
    unit: options.unit ?? 'percent',
    direction: options.direction ?? 'up',
    headline: true,
    movedBy: [],
    file: `playbook/kpis/${id}.mdx`,
    body: '',
  };
}

export function context(options: { kpis: PlaybookKpi[]; platforms: string[]; snapshots: Snapshot[]; targets?: Record<string, number> }): ReportContext {
  return {
    kpis: options.kpis,
    metrics: METRICS,
    platforms: options.platforms,
    snapshots: new Map(options.snapshots.map((snapshot) => [snapshot.period, snapshot])),
    targets: options.targets ?? {},
  };
}

/**
 * A demo client's report context from a checked content tree, with the KPIs of `version`
 * (by default the version the client pins), as the report pages build it.
 */
export function demoContext(tree: ContentTree, clientId: string, version?: string): ReportContext {
  const client = tree.clients.find((c) => c.id === clientId);
  if (!client?.client) throw new Error(`no client ${clientId} in ${tree.root}`);
  const data = client.client.data;
  const source = tree.playbooks.find((p) => p.version === (version ?? data.playbook));
  if (!source) throw new Error(`no playbook ${version ?? data.playbook} in ${tree.root}`);
  const playbook = fromSource(source);
  return {
    kpis: playbook.kpis,
    metrics: playbook.metrics,
    platforms: data.platforms,
    snapshots: new Map(client.snapshots.map((snapshot) => [snapshot.period, snapshot])),
    targets: data.targets,
  };
}
