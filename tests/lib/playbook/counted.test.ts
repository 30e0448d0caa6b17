import { describe, expect, it } from 'vitest';
import { counted, noun } from '../../../src/lib/playbook/counted.ts';

describe('counted', () => {
  it('says "1 term" for one and "0 terms", "2 terms" otherwise', () => {
    expect(counted(1, 'term', 'terms')).toBe('1 term');
    expect(counted(0, 'term', 'terms')).toBe('0 terms');
    expect(counted(2, 'term', 'terms')).toBe('2 terms');
    expect(noun(1, 'KPI', 'KPIs')).toBe('KPI');
  });
});
