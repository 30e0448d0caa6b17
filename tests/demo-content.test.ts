/**
 * The shipped demo content is what a newcomer sees first: it must pass `check` and keep the
 * breadth the README promises (roles, RACI, KPIs, versions, clients, months of data).
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../src/lib/check.ts';
import { formatProblem } from '../src/lib/problems.ts';
import { allTasks } from '../src/lib/raci.ts';
import { DEMO_CONTENT } from './helpers/paths.ts';

const { tree, problems } = checkContent(DEMO_CONTENT);
const version = (v: string) => tree.playbooks.find((p) => p.version === v)!;

describe('demo content', () => {
  it('passes check', () => {
    expect(problems.map((p) => formatProblem(p))).toEqual([]);
  });

  it('has the draft and released versions 1.0 and 2.0', () => {
    expect(tree.playbooks.map((p) => p.version).sort()).toEqual(['1.0', '2.0', 'next']);
  });

  it('has four roles, 30+ RACI tasks and 12+ KPIs in the current release', () => {
    const current = version('2.0');
    expect([...current.roleIds].sort()).toEqual(['community-manager', 'content-moderator', 'social-media-manager', 'social-media-marketer']);
    expect(allTasks(current.responsibilities!.data).length).toBeGreaterThanOrEqual(30);
    expect(current.kpis.length).toBeGreaterThanOrEqual(12);
    expect(current.onboarding.length).toBe(4);
    expect(current.glossary!.data.length).toBeGreaterThan(10);
  });

  it('has real differences between 1.0 and 2.0', () => {
    expect(version('1.0').roleIds.has('content-moderator')).toBe(false);
    const formula = (v: string) => version(v).kpis.find((k) => k.id === 'engagement-rate')!.data.formula;
    expect(formula('1.0')).toBe('engagements / reach');
    expect(formula('2.0')).toBe('engagements / impressions');
  });

  it('has three clients with different locales and currencies, 18 months each, one pinned to 1.0', () => {
    expect(tree.clients).toHaveLength(3);
    const clients = tree.clients.map((c) => c.client!.data);
    expect(new Set(clients.map((c) => c.locale)).size).toBe(3);
    expect(new Set(clients.map((c) => c.currency)).size).toBe(3);
    expect(clients.some((c) => c.playbook === '1.0')).toBe(true);
    for (const client of tree.clients) {
      expect(client.snapshots.length, client.id).toBeGreaterThanOrEqual(18);
      expect(client.reports.length, client.id).toBeGreaterThanOrEqual(3);
    }
  });

  it('has a client with daily rows for at least two months', () => {
    const daily = tree.clients.map((c) => c.snapshots.filter((s) => s.daily).length);
    expect(Math.max(...daily)).toBeGreaterThanOrEqual(2);
  });
});

describe('the draft playbook agrees with itself', () => {
  const draft = version('next');
  const tasks = new Map(allTasks(draft.responsibilities!.data).map((t) => [t.id, t.task]));
  const roleOf = (id: string) => draft.roles.find((r) => r.id === id)!.data;

  it('declares for every KPI the tasks that move it, so check can hold its owner to them', () => {
    for (const kpi of draft.kpis) expect(kpi.data.movedBy.length, kpi.file).toBeGreaterThan(0);
  });

  it('lets no role speaking in its own voice be accountable for, or do, what is said from the brand account', () => {
    const ownVoice = draft.roles.filter((r) => r.data.voice === 'own').map((r) => r.id);
    expect(ownVoice.length).toBeGreaterThan(0);
    const brandAccountTasks = [...tasks].filter(([, task]) => /brand account/i.test(task.task));
    expect(brandAccountTasks.length).toBeGreaterThan(0);
    for (const [id, task] of brandAccountTasks) for (const role of ownVoice) expect(task.raci[role] ?? '', `${id} ${role}`).not.toMatch(/A|R/);
  });

  it('measures each role by the KPIs it owns: every owner lists its KPIs', () => {
    for (const kpi of draft.kpis) expect(roleOf(kpi.data.owner).kpis, kpi.file).toContain(kpi.id);
  });

  it('makes the role accountable for the client report the one whose goals say it reports to the client', () => {
    const report = tasks.get('report-on-metrics')!;
    const accountable = Object.entries(report.raci).find(([, v]) => v.startsWith('A'))![0];
    expect(accountable).toBe('social-media-manager');
  });
});
