import { describe, expect, it } from 'vitest';
import { directionNote, kpiCatalogue } from '../../../../src/lib/playbook/kpi-catalogue.ts';
import { kpi, metric, model } from './model-fixture.ts';

const up = (name: string) => ({ name, direction: 'up' as const });
const down = (name: string) => ({ name, direction: 'down' as const });

describe('directionNote', () => {
  it('has no note without KPIs', () => {
    expect(directionNote([])).toBeUndefined();
  });

  it('says higher is better for every KPI when none is lower-better', () => {
    expect(directionNote([up('Reach'), up('Saves')])).toBe('Higher is better for every KPI.');
  });

  it('says lower is better for every KPI when all are', () => {
    expect(directionNote([down('Reply time')])).toBe('Lower is better for every KPI.');
  });

  it('names the exceptions, in the order given', () => {
    expect(directionNote([up('Reach'), down('Reply time'), up('Saves'), down('Cost per click')])).toBe(
      'Higher is better for every KPI except Reply time and Cost per click, where lower is better.',
    );
  });
});

describe('kpiCatalogue', () => {
  const playbook = model({
    metrics: [metric('engagements'), metric('impressions')],
    kpis: [kpi('engagement-rate'), kpi('cost-per-engagement', { formula: 'engagements / impressions', direction: 'down' })],
  });

  it("explains every KPI of the version, in the model's order", () => {
    const catalogue = kpiCatalogue(playbook, [playbook]);
    expect(catalogue.kpis.map((view) => [view.kpi.id, view.readableFormula, view.betterWhen])).toEqual([
      ['engagement-rate', 'Engagements ÷ Impressions', 'higher'],
      ['cost-per-engagement', 'Engagements ÷ Impressions', 'lower'],
    ]);
    expect(catalogue.directionNote).toBe('Higher is better for every KPI except Cost Per Engagement, where lower is better.');
  });

  it('is empty, with no note, for a version without KPIs', () => {
    expect(kpiCatalogue(model(), [])).toEqual({ kpis: [], directionNote: undefined });
  });
});
