import { describe, expect, it } from 'vitest';
import { hubView } from '../../../src/lib/reports/hub-view.ts';
import { en, client } from './client-fixture.ts';

const hub = (who = client()) => hubView(who, who.model, who.snapshots, who.periods, who.commentary, en);

describe('hubView', () => {
  it('opens with the latest month, linked from the hub', () => {
    expect(hub().latest).toMatchObject({ href: '2026-10/', label: 'October 2026' });
  });

  it('has no latest month and no reports for a client without snapshots', () => {
    const view = hub(client({}, []));
    expect(view.latest).toBeUndefined();
    expect(view.latestHighlights).toEqual([]);
    expect(view.lists).toEqual([]);
    expect(view.periods).toEqual([]);
  });

  it("shows the latest month's highlights with their citations, and none without commentary", () => {
    const commented = client({ '2026-10': { data: { highlights: ['Rate: :kpi[engagement-rate]'] }, body: '' } });
    expect(hub(commented).latestHighlights).toEqual(['Rate: <data class="cited" value="0.03">3.0%</data>']);
    expect(hub().latestHighlights).toEqual([]);
  });

  it('does not show an older month’s highlights as the latest', () => {
    const olderOnly = client({ '2026-09': { data: { highlights: ['September went well.'] }, body: '' } });
    expect(hub(olderOnly).latestHighlights).toEqual([]);
  });

  it('lists months, quarters and years newest first, each under its heading', () => {
    const { lists } = hub();
    expect(lists.map((list) => [list.kind, list.heading])).toEqual([
      ['month', 'Months'],
      ['quarter', 'Quarters'],
      ['year', 'Years'],
    ]);
    expect(lists[0]!.links.map((link) => link.href)).toEqual(['2026-10/', '2026-09/', '2026-08/', '2026-07/', '2026-06/', '2026-05/']);
    expect(lists[1]!.links.map((link) => link.period.id)).toEqual(['2026-Q4', '2026-Q3', '2026-Q2']);
  });

  it('marks the months with commentary, and never a quarter or a year', () => {
    const commented = client({ '2026-09': { data: { highlights: [] }, body: 'Notes.' } });
    const [months, quarters, years] = hub(commented).lists;
    expect(months!.links.filter((link) => link.commented).map((link) => link.period.id)).toEqual(['2026-09']);
    expect([...quarters!.links, ...years!.links].some((link) => link.commented)).toBe(false);
  });

  it('labels the overview columns short, newest first, with one text per tile KPI and month', () => {
    const view = hub();
    expect(view.periods.map((p) => p.label)).toEqual(['Oct 26', 'Sept 26', 'Aug 26', 'Jul 26', 'Jun 26', 'May 26']);
    expect(view.rows).toEqual([{ kpi: 'engagement-rate', name: 'Engagement rate', texts: ['3.0%', '3.0%', '3.0%', '2.0%', '2.0%', '2.0%'] }]);
  });
});
