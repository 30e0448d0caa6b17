import { describe, expect, it } from 'vitest';
import { changeLines, changeText, fieldLabel, valueText, type Names } from '../../../src/lib/playbook/change-text.ts';

const names: Names = {
  role: (id) => ({ 'community-manager': 'Community Manager', 'social-media-manager': 'Social Media Manager' })[id] ?? id,
  kpi: (id) => ({ 'save-rate': 'Save rate', reach: 'Reach' })[id] ?? id,
  metric: (id) => ({ saves: 'Saves', reach: 'Reach' })[id] ?? id,
};

describe('changeText', () => {
  it('names the KPIs a role gained and lost', () => {
    expect(changeText({ field: 'kpis', kind: 'set', before: ['reach'], after: ['save-rate'], added: ['save-rate'], removed: ['reach'] }, names)).toEqual({
      field: 'KPIs',
      text: 'added Save rate; removed Reach',
    });
  });

  it('names owners and managers by role title, units and directions in words, formulas with metric labels', () => {
    expect(changeText({ field: 'owner', kind: 'value', before: 'social-media-manager', after: 'community-manager' }, names).text).toBe(
      'Social Media Manager → Community Manager',
    );
    expect(valueText('unit', 'percent', names)).toBe('a percentage');
    expect(valueText('direction', 'down', names)).toBe('lower');
    expect(valueText('formula', 'saves / reach', names)).toBe('Saves ÷ Reach');
    expect(fieldLabel('reportsTo')).toBe('Reports to');
  });

  it('shows a missing value as a dash and keeps an unknown id as written', () => {
    expect(changeText({ field: 'reportsTo', kind: 'value', before: undefined, after: 'head-of-social' }, names).text).toBe('— → head-of-social');
  });
});

describe('changeLines', () => {
  it('puts each change on one "Field: change" line, in the order given', () => {
    expect(
      changeLines(
        [
          { field: 'owner', kind: 'value', before: 'social-media-manager', after: 'community-manager' },
          { field: 'routine', kind: 'list', before: ['a', 'b'], after: ['b', 'a'], added: [], removed: [] },
        ],
        names,
      ),
    ).toEqual(['Owner: Social Media Manager → Community Manager', 'Routine: reordered']);
  });

  it('has no lines for no changes', () => {
    expect(changeLines([], names)).toEqual([]);
  });
});
