/** What the report tests compare the built pages with: the engine run on the same content. */
import { checkContent } from '../../src/lib/check.ts';
import type { ClientSource, ContentTree } from '../../src/lib/content-tree.ts';
import { fromSource } from '../../src/lib/playbook/model.ts';
import type { ReportContext } from '../../src/lib/reports/engine.ts';
import { reportPeriods, type Period, type ReportPeriods } from '../../src/lib/reports/periods.ts';
import { clientToken, shareSecret } from '../../src/lib/share-token.ts';

export interface ClientCase {
  source: ClientSource;
  name: string;
  token: string;
  /** Months with a snapshot (`YYYY-MM`), oldest first. */
  periods: string[];
  /** The client's report periods by kind, as the build derives them from those months. */
  byKind: ReportPeriods;
  /** Every report page's period: months, quarters, years. */
  pages: Period[];
  context: ReportContext;
}

export function clientCases(tree: ContentTree, env: Record<string, string | undefined> = process.env): ClientCase[] {
  const secret = shareSecret(env);
  return tree.clients.map((source) => {
    const data = source.client!.data;
    const pinned = fromSource(tree.playbooks.find((p) => p.version === data.playbook)!);
    const snapshots = new Map(source.snapshots.map((s) => [s.period, s]));
    const byKind = reportPeriods(snapshots.keys());
    return {
      source,
      name: data.name,
      token: clientToken({ id: source.id, token: data.token }, secret),
      periods: [...snapshots.keys()].sort(),
      byKind,
      pages: [...byKind.month, ...byKind.quarter, ...byKind.year],
      context: { kpis: pinned.kpis, metrics: pinned.metrics, platforms: data.platforms, snapshots, targets: data.targets },
    };
  });
}

/** The cases of a content root, with tokens as a build with `env` derives them. */
export function casesOf(root: string, env: Record<string, string | undefined> = process.env): ClientCase[] {
  const { tree, problems } = checkContent(root, env);
  if (problems.length) throw new Error(`fixture content has problems: ${problems.map((p) => p.message).join('; ')}`);
  return clientCases(tree, env);
}
