import { describe, expect, it } from 'vitest';
import { checklistItemId } from '../../../../src/lib/playbook/onboarding.ts';

describe('checklistItemId', () => {
  it('numbers weeks from 1 and slugs the item', () => {
    expect(checklistItemId(0, 'Get access to the help desk')).toMatch(/^w1-get-access-to-the-help-desk-[0-9a-z]{7}$/);
  });

  it('gives the same id for the same week and item every time', () => {
    expect(checklistItemId(2, 'Shadow a senior agent')).toBe(checklistItemId(2, 'Shadow a senior agent'));
  });

  it('gives the same item different ids in different weeks', () => {
    expect(checklistItemId(0, 'Review your goals')).not.toBe(checklistItemId(1, 'Review your goals'));
  });

  it('gives different items of one week different ids', () => {
    expect(checklistItemId(0, 'Read the style guide')).not.toBe(checklistItemId(0, 'Read the brand guide'));
  });

  it('keeps ids short for long items', () => {
    const id = checklistItemId(0, 'Sit in on every client call this week and write down each question you could not answer yet');
    expect(id.startsWith('w1-sit-in-on-every-client-call')).toBe(true);
    expect(id.length).toBeLessThanOrEqual('w1-'.length + 60);
  });

  it('falls back to "item" when the text has no letters or digits', () => {
    expect(checklistItemId(3, '✔︎ …')).toMatch(/^w4-item-[0-9a-z]{7}$/);
  });

  it('drops accents and spells out ampersands', () => {
    expect(checklistItemId(0, 'Café Q&A')).toMatch(/^w1-cafe-q-and-a-[0-9a-z]{7}$/);
  });
});

describe('checklistItemId never collides within a week', () => {
  it('tells apart long items that start alike, and items that differ only in punctuation', () => {
    const a = checklistItemId(0, 'Read the onboarding handbook for the support team, section one about the help desk');
    const b = checklistItemId(0, 'Read the onboarding handbook for the support team, section one about the escalation rota');
    expect(a).not.toBe(b);
    expect(checklistItemId(0, 'Read the guide')).not.toBe(checklistItemId(0, 'Read the guide!'));
  });
});
