/** The engine on the shipped demo content: pinned definitions, and no NaN anywhere. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/check.ts';
import type { ContentTree } from '../../../src/lib/content-tree.ts';
import { hasValue } from '../../../src/lib/reports/aggregate.ts';
import { computeKpis, kpiTrend, type KpiResult } from '../../../src/lib/reports/engine.ts';
import { lastPeriods, parsePeriod, previous, reportPeriods } from '../../../src/lib/reports/periods.ts';
import { copyRoot } from '../../helpers/fixtures.ts';
import { DEMO_CONTENT } from '../../helpers/paths.ts';
import { demoContext } from './build-context.ts';

function checkedTree(root: string): ContentTree {
  const { tree, problems } = checkContent(root);
  expect(problems).toEqual([]);
  return tree;
}

function allValue(results: KpiResult[], kpiId: string): KpiResult['value'] {
  const found = results.find((r) => r.kpi === kpiId && r.platform === 'all');
  if (!found) throw new Error(`no all result for ${kpiId}`);
  return found.value;
}

function nextPeriod(period: string): string {
  const [year, month] = period.split('-').map(Number) as [number, number];
  return month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
}

const demo = checkedTree(DEMO_CONTENT);

describe('hafen-bikes: a report uses the KPI definitions of the version its client pins', () => {
  // clients/hafen-bikes/snapshots/2026-10.csv (instagram, facebook, youtube):
  //   engagements 18245 + 6481 + 3996 = 28722
  //   reach       265945 + 192930 + 80431 = 539306
  //   impressions 503827 + 312620 + 171804 = 988251
  //   clicks      4383 + 4585 + 978 = 9946
  // Playbook 1.0 defines engagement rate as engagements / reach; the draft as engagements / impressions.
  const pinned = demoContext(demo, 'hafen-bikes');
  const draft = demoContext(demo, 'hafen-bikes', 'next');
  const scratch: string[] = [];
  afterAll(() => scratch.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

  it('computes engagement rate with 1.0’s formula', () => {
    expect(allValue(computeKpis(pinned, parsePeriod('2026-10')), 'engagement-rate')).toEqual({ value: 28722 / 539306 });
    expect(allValue(computeKpis(draft, parsePeriod('2026-10')), 'engagement-rate')).toEqual({ value: 28722 / 988251 });
  });

  it('gives the same numbers after the draft’s formula changes', () => {
    const root = copyRoot(DEMO_CONTENT);
    scratch.push(root);
    const file = path.join(root, 'playbook/kpis/engagement-rate.mdx');
    const text = fs.readFileSync(file, 'utf8');
    expect(text).toContain('formula: "engagements / impressions"');
    fs.writeFileSync(file, text.replace('formula: "engagements / impressions"', 'formula: "clicks / impressions"'));

    const edited = checkedTree(root);
    const editedDraft = demoContext(edited, 'hafen-bikes', 'next');
    expect(allValue(computeKpis(editedDraft, parsePeriod('2026-10')), 'engagement-rate')).toEqual({ value: 9946 / 988251 }); // the edit took
    const editedPinned = demoContext(edited, 'hafen-bikes');
    for (const period of [...lastPeriods(parsePeriod('2026-10'), 18), parsePeriod('2026-Q3'), parsePeriod('2025')]) {
      expect(computeKpis(editedPinned, period)).toEqual(computeKpis(pinned, period));
    }
    expect(allValue(computeKpis(editedPinned, parsePeriod('2026-10')), 'engagement-rate')).toEqual({ value: 28722 / 539306 });
  });
});

describe('every demo client and period', () => {
  for (const client of demo.clients) {
    const periods = client.snapshots.map((s) => s.period).sort();
    const first = periods[0]!;
    const last = periods.at(-1)!;
    // one period before the data starts and one after it ends, where everything is no data,
    // and every quarter and year of the client's reports
    const span = lastPeriods(parsePeriod(nextPeriod(last)), periods.length + 2);
    const { quarter, year } = reportPeriods(periods);

    for (const version of new Set([client.client!.data.playbook, ...demo.playbooks.map((p) => p.version)])) {
      it(`${client.id} with playbook ${version}: never NaN or Infinity, always a number or a reason`, () => {
        expect(span[0]).toEqual(previous(parsePeriod(first)));
        const context = demoContext(demo, client.id, version);
        for (const period of [...span, ...quarter, ...year]) {
          for (const result of computeKpis(context, period)) {
            for (const measure of [result.value, result.previous, result.change, result.yearBefore, result.changeYear]) {
              if (hasValue(measure)) expect(Number.isFinite(measure.value), `${result.kpi}/${result.platform} ${period.id}`).toBe(true);
              else expect(measure.reason, `${result.kpi}/${result.platform} ${period.id}`).toMatch(/\S/);
            }
          }
        }
        for (const kpi of context.kpis) {
          for (const { value } of kpiTrend(context, kpi.id, span)) {
            expect(hasValue(value) ? Number.isFinite(value.value) : value.reason.length > 0).toBe(true);
          }
        }
      });
    }
  }
});
