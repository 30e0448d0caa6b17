import { describe, expect, it } from 'vitest';
import { kpiHistory, kpiView } from '../../../../src/lib/playbook/kpi-view.ts';
import { kpi, metric, model, role } from './model-fixture.ts';

const METRICS = [
  metric('impressions'),
  metric('reach'),
  metric('engagements'),
  metric('followers', { kind: 'stock' }),
  metric('response_minutes', { label: 'Minutes to respond', unit: 'minutes' }),
  metric('responses'),
];

const playbook = model({
  roles: [role('account-lead', { kpis: ['engagement-rate'] }), role('analyst', { kpis: ['engagement-rate', 'follower-growth'] }), role('support-agent')],
  metrics: METRICS,
  kpis: [
    kpi('engagement-rate', { owner: 'account-lead', formula: 'engagements / impressions' }),
    kpi('follower-growth', { owner: 'analyst', formula: '(followers - previous(followers)) / previous(followers)' }),
    kpi('reply-time', { owner: 'support-agent', formula: 'response_minutes / responses', unit: 'minutes', direction: 'down' }),
    kpi('total-reach', { owner: 'ghost', formula: 'reach + clicks', unit: 'count' }),
    kpi('net-followers', { formula: 'followers - previous(followers)', unit: 'count' }),
  ],
});

const view = (id: string) => kpiView(playbook, id, [playbook]);

describe('kpiView', () => {
  it('writes the formula with metric labels', () => {
    expect(view('engagement-rate').readableFormula).toBe('Engagements ÷ Impressions');
    expect(view('reply-time').readableFormula).toBe('Minutes to respond ÷ Responses');
  });

  it('shows an unregistered metric by its id', () => {
    expect(view('total-reach').readableFormula).toBe('Reach + clicks');
  });

  it('lists the registered metrics in order of first use, each once, with its kind', () => {
    expect(view('follower-growth').metrics).toEqual([metric('followers', { kind: 'stock' })]);
    expect(view('engagement-rate').metrics.map((m) => [m.id, m.kind])).toEqual([
      ['engagements', 'flow'],
      ['impressions', 'flow'],
    ]);
    expect(view('total-reach').metrics.map((m) => m.id)).toEqual(['reach']);
  });

  it('tells whether the formula reads the previous period', () => {
    expect(view('follower-growth').usesPrevious).toBe(true);
    expect(view('net-followers').usesPrevious).toBe(true);
    expect(view('engagement-rate').usesPrevious).toBe(false);
  });

  it('calls a formula a ratio only when its top-level operation is a division', () => {
    expect(view('engagement-rate').isRatio).toBe(true);
    expect(view('follower-growth').isRatio).toBe(true);
    expect(view('net-followers').isRatio).toBe(false);
    expect(view('total-reach').isRatio).toBe(false);
  });

  it('finds the owner, or none when the owner is not a role of the version', () => {
    expect(view('reply-time').owner?.id).toBe('support-agent');
    expect(view('total-reach').owner).toBeUndefined();
  });

  it('lists the roles that say they are measured by the KPI', () => {
    expect(view('engagement-rate').trackedBy.map((r) => r.id)).toEqual(['account-lead', 'analyst']);
    expect(view('reply-time').trackedBy).toEqual([]);
  });

  it('says which way is better in one word', () => {
    expect(view('engagement-rate').betterWhen).toBe('higher');
    expect(view('reply-time').betterWhen).toBe('lower');
  });

  it('throws for a KPI the version does not have', () => {
    expect(() => view('csat')).toThrow(/no KPI "csat"/);
  });
});

describe('kpiHistory', () => {
  const v1 = model({ version: '1.0', kpis: [kpi('engagement-rate', { formula: 'engagements / reach' })] });
  const v2 = model({ version: '2.0', kpis: [kpi('engagement-rate', { formula: 'engagements / impressions' })] });
  const next = model({ kpis: [kpi('engagement-rate', { formula: 'engagements / impressions', name: 'Engagement rate', owner: 'analyst' })] });

  it('orders releases oldest first and the draft last, whatever the input order', () => {
    expect(kpiHistory('engagement-rate', [next, v2, v1]).map((e) => e.version)).toEqual(['1.0', '2.0', 'next']);
  });

  it('orders versions numerically, not as text', () => {
    const v10 = model({ version: '10.0', kpis: [kpi('engagement-rate')] });
    expect(kpiHistory('engagement-rate', [v10, v2, v1]).map((e) => e.version)).toEqual(['1.0', '2.0', '10.0']);
  });

  it('has no changes for the first version', () => {
    expect(kpiHistory('engagement-rate', [v1, v2])[0]!.changes).toEqual([]);
  });

  it('describes a changed formula as before → after', () => {
    expect(kpiHistory('engagement-rate', [v1, v2])[1]!.changes).toEqual(['Formula: engagements ÷ reach → engagements ÷ impressions']);
  });

  it('lists each changed field in a fixed order', () => {
    expect(kpiHistory('engagement-rate', [v2, next])[1]!.changes).toEqual(['Name: Engagement Rate → Engagement rate', 'Owner: account-lead → analyst']);
  });

  it('has no changes when the definition stayed the same', () => {
    const v2again = model({ version: '2.1', kpis: [kpi('engagement-rate', { formula: 'engagements / impressions', body: 'New text.' })] });
    expect(kpiHistory('engagement-rate', [v2, v2again])[1]!.changes).toEqual([]);
  });

  it('skips a version without the KPI and compares with the last one that had it', () => {
    const gap = model({ version: '2.0', kpis: [] });
    const history = kpiHistory('engagement-rate', [v1, gap, next]);
    expect(history.map((e) => e.version)).toEqual(['1.0', 'next']);
    expect(history[1]!.changes).toContain('Formula: engagements ÷ reach → engagements ÷ impressions');
  });

  it('says "introduced" for the first version, the changes joined by "; " after, "unchanged" when none', () => {
    const v2again = model({ version: '2.1', kpis: [kpi('engagement-rate', { formula: 'engagements / impressions' })] });
    const v3 = model({ version: '3.0', kpis: [kpi('engagement-rate', { formula: 'engagements / impressions', name: 'Engagement rate', owner: 'analyst' })] });
    expect(kpiHistory('engagement-rate', [v1, v2, v2again, v3]).map((e) => e.changed)).toEqual([
      'introduced',
      'Formula: engagements ÷ reach → engagements ÷ impressions',
      'unchanged',
      'Name: Engagement Rate → Engagement rate; Owner: account-lead → analyst',
    ]);
  });

  it('is empty for a KPI no version has', () => {
    expect(kpiHistory('csat', [v1, v2, next])).toEqual([]);
  });

  it('is part of the KPI view', () => {
    expect(kpiView(v2, 'engagement-rate', [next, v1, v2]).history.map((e) => e.version)).toEqual(['1.0', '2.0', 'next']);
  });
});
