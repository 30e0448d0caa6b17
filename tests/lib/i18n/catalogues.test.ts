import { describe, expect, it } from 'vitest';
import { CATALOGUES, wordsFor } from '../../../src/lib/i18n/index.ts';
import { en } from '../../../src/lib/i18n/en.ts';
import { pluralFor } from '../../../src/lib/i18n/plural.ts';

type Leaf = string | ((...args: never[]) => string);

/** Every leaf of a catalogue as `group.key` → value. */
function leaves(catalogue: object, prefix = ''): Map<string, Leaf> {
  const found = new Map<string, Leaf>();
  for (const [key, value] of Object.entries(catalogue)) {
    if (typeof value === 'object' && value !== null) for (const [k, v] of leaves(value, `${prefix}${key}.`)) found.set(k, v);
    else found.set(`${prefix}${key}`, value as Leaf);
  }
  return found;
}

/** Sample arguments by parameter position: strings, then counts; a Plural where one is asked for. */
function call(leaf: Leaf, language: string): string {
  if (typeof leaf === 'string') return leaf;
  const plural = pluralFor(language);
  const args = Array.from({ length: leaf.length }, (_, i) => (paramName(leaf, i) === 'p' ? plural : `‹${i}›`));
  // Count parameters (met, total, count…) get numbers: every function here accepts them as text or number.
  return (leaf as (...a: unknown[]) => string)(
    ...args.map((a, i) => (typeof a === 'string' && /count|met|total|missing|days/.test(paramName(leaf, i)) ? 3 : a)),
  );
}

function paramName(fn: Leaf, index: number): string {
  const match = /^\(?([^)=]*)\)?\s*=>/.exec(String(fn));
  return match?.[1]?.split(',')[index]?.trim() ?? '';
}

const english = leaves(en);

describe('report catalogues', () => {
  for (const [language, catalogue] of Object.entries(CATALOGUES)) {
    describe(language, () => {
      const words = leaves(catalogue);

      it('has exactly the keys of the English catalogue', () => {
        expect([...words.keys()].filter((key) => !english.has(key))).toEqual([]);
        expect([...english.keys()].filter((key) => !words.has(key))).toEqual([]);
      });

      it('has the same kind of entry for each key: text, or a function of the same arguments', () => {
        for (const [key, value] of english) {
          const other = words.get(key)!;
          expect(typeof other, key).toBe(typeof value);
          if (typeof value === 'function') expect((other as (...a: never[]) => string).length, key).toBe(value.length);
        }
      });

      it('writes every entry as real text, with every argument in it', () => {
        for (const [key, leaf] of words) {
          const text = call(leaf, language);
          expect(text.trim().length, key).toBeGreaterThan(0);
          expect(text, key).not.toMatch(/undefined|NaN|\[object/);
          // Each text argument appears in the sentence: a translation never drops the number or the name.
          if (typeof leaf === 'function') {
            for (let i = 0; i < leaf.length; i += 1) {
              const name = paramName(leaf, i);
              if (!/^p$|count|met|total|missing|days/.test(name)) expect(text, `${key} drops ${name}`).toContain(`‹${i}›`);
            }
          }
        }
      });

      if (language !== 'en') {
        it('is a translation, not a copy of the English words', () => {
          const same = [...words].filter(([key, leaf]) => call(leaf, language) === call(english.get(key)!, 'en')).map(([key]) => key);
          // A few words are the same in both languages ("KPI", a name and role pair): no more than a handful.
          expect(same.length, same.join(', ')).toBeLessThanOrEqual(6);
        });
      }
    });
  }
});

describe('wordsFor', () => {
  it("picks the catalogue by the locale's language and keeps the full locale", () => {
    expect(wordsFor('de-AT')).toMatchObject({ locale: 'de-AT', language: 'de' });
    expect(wordsFor('fr-CA').t.report.allReports).toBe('Tous les rapports');
    expect(wordsFor('es-MX').t.tile.met).toBe('Objetivo cumplido');
  });

  it('falls back to English words for a language without a catalogue', () => {
    const words = wordsFor('ja-JP');
    expect(words.language).toBe('en');
    expect(words.locale).toBe('ja-JP');
    expect(words.t.report.allReports).toBe('All reports');
  });

  it("chooses plural forms by the locale's rules, not by n === 1", () => {
    const fr = wordsFor('fr-FR');
    // French puts 0 and 1 in the "one" category; English only 1.
    expect(fr.t.report.trends(1, fr.plural)).toBe('Le dernier mois');
    expect(fr.t.report.trends(12, fr.plural)).toBe('Les 12 derniers mois');
    const en = wordsFor('en-GB');
    expect(en.t.summary.targets(1, 1, en.plural)).toBe('1 of 1 target was met.');
    expect(en.t.summary.targets(2, 3, en.plural)).toBe('2 of 3 targets were met.');
    expect(pluralFor('fr')(0, { one: 'one', other: 'other' })).toBe('one');
    expect(pluralFor('en')(0, { one: 'one', other: 'other' })).toBe('other');
  });
});
