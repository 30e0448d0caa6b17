import { describe, expect, it } from 'vitest';
import { servicesGuide } from '../../../../src/lib/playbook/services.ts';
import { kpi, model, role } from './model-fixture.ts';

const playbook = model({
  roles: [
    role('account-lead', { horizon: 'long-term', audience: 'one-to-many', voice: 'brand', kpis: ['reply-time'] }),
    role('analyst', { horizon: 'short-term' }),
    role('support-agent', { horizon: 'long-term', audience: 'one-to-many' }),
  ],
  kpis: [kpi('retention', { owner: 'account-lead' }), kpi('reply-time', { owner: 'support-agent' }), kpi('reach', { owner: 'someone-else' })],
});
const guide = servicesGuide(playbook);

describe('servicesGuide needs', () => {
  it('offers only the needs some role answers, in horizon, audience, voice order', () => {
    expect(guide.needs.map((n) => n.need)).toEqual([
      'You want measurable results this quarter: sales, sign-ups, traffic.',
      'You want loyal customers and a community that keeps growing over the years.',
      "You want to reach many people with your brand's own posts and campaigns.",
      "Everything should be said by your brand's own accounts, in your brand's voice.",
    ]);
  });

  it('lists every role that answers a need, in role order', () => {
    const longTerm = guide.needs.find((n) => n.need.startsWith('You want loyal customers'));
    expect(longTerm?.roles.map((r) => r.id)).toEqual(['account-lead', 'support-agent']);
  });

  it('leaves out needs no role declares', () => {
    expect(guide.needs.some((n) => n.need.startsWith('You want people to talk'))).toBe(false);
    expect(guide.needs.some((n) => n.need.startsWith('You want a recognisable person'))).toBe(false);
  });

  it('has no needs when no role declares a trait', () => {
    expect(servicesGuide(model({ roles: [role('analyst')] })).needs).toEqual([]);
  });
});

describe('servicesGuide offers', () => {
  it('offers every role, in order', () => {
    expect(guide.offers.map((o) => o.role.id)).toEqual(['account-lead', 'analyst', 'support-agent']);
  });

  it('measures an offer by the KPIs the role owns or lists', () => {
    const measured = Object.fromEntries(guide.offers.map((o) => [o.role.id, o.measuredBy.map((k) => k.id)]));
    expect(measured).toEqual({ 'account-lead': ['retention', 'reply-time'], analyst: [], 'support-agent': ['reply-time'] });
  });
});
