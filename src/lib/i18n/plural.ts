/** Plural forms chosen by the locale's own rules (`Intl.PluralRules`), not by `n === 1`. */

export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Picks the form of `forms` for `count`; `other` when the locale's category has no form. */
export type Plural = (count: number, forms: PluralForms) => string;

export function pluralFor(locale: string): Plural {
  const rules = new Intl.PluralRules(locale);
  return (count, forms) => forms[rules.select(count)] ?? forms.other;
}
