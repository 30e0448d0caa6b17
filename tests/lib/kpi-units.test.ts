import { describe, expect, it } from 'vitest';
import { KPI_UNIT_INFO, KPI_UNITS } from '../../src/lib/kpi-units.ts';
import { formatter } from '../../src/lib/reports/format.ts';
import { kpiSchema } from '../../src/schemas/kpi.ts';

describe('the KPI unit table', () => {
  it('is what the schema accepts, and nothing else', () => {
    const base = { name: 'X', owner: 'a', formula: 'x', direction: 'up' };
    for (const unit of KPI_UNITS) expect(kpiSchema.safeParse({ ...base, unit }).success, unit).toBe(true);
    expect(kpiSchema.safeParse({ ...base, unit: 'seconds' }).success).toBe(false);
  });

  it('has words for every unit, an example target that parses, and a formatter case', () => {
    const fmt = formatter('en-GB', 'GBP');
    for (const unit of KPI_UNITS) {
      const info = KPI_UNIT_INFO[unit];
      expect(info.label.length, unit).toBeGreaterThan(0);
      expect(Number(info.exampleTarget.split('#')[0]), unit).not.toBeNaN();
      expect(fmt.value(Number(info.exampleTarget.split('#')[0]), unit), unit).toMatch(/\d/);
    }
  });
});
