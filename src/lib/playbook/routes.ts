/**
 * Every page of a playbook version, its URL, and whether it exists in another version (for the
 * version switcher). URLs: `/playbook/<version>/<page>/` for every version, and
 * `/playbook/<page>/` for the latest release.
 */
import type { PlaybookModel } from './model.ts';

export type PlaybookPage =
  | { kind: 'home' }
  | { kind: 'role'; role: string }
  | { kind: 'compare-index' }
  | { kind: 'compare'; a: string; b: string }
  | { kind: 'services' }
  | { kind: 'responsibilities'; role?: string }
  | { kind: 'kpis' }
  | { kind: 'kpi'; kpi: string }
  | { kind: 'onboarding'; role: string }
  | { kind: 'glossary' }
  | { kind: 'changes' };

/** The page's path below the version, with a trailing slash ('' for the version home). */
export function pagePath(page: PlaybookPage): string {
  switch (page.kind) {
    case 'home':
      return '';
    case 'role':
      return `roles/${page.role}/`;
    case 'compare-index':
      return 'compare/';
    case 'compare':
      return `compare/${page.a}/${page.b}/`;
    case 'services':
      return 'services/';
    case 'responsibilities':
      return page.role ? `responsibilities/${page.role}/` : 'responsibilities/';
    case 'kpis':
      return 'kpis/';
    case 'kpi':
      return `kpis/${page.kpi}/`;
    case 'onboarding':
      return `onboarding/${page.role}/`;
    case 'glossary':
      return 'glossary/';
    case 'changes':
      return 'changes/';
  }
}

/** `/playbook/2.0/roles/x/`; with `version` null, the latest-release alias `/playbook/roles/x/`. */
export function playbookUrl(version: string | null, page: PlaybookPage): string {
  return `/playbook/${version ? `${version}/` : ''}${pagePath(page)}`;
}

/** Every page a version has, in a stable order. */
export function pagesOf(model: PlaybookModel): PlaybookPage[] {
  const roleIds = model.roles.map((role) => role.id);
  return [
    { kind: 'home' },
    ...roleIds.map((role): PlaybookPage => ({ kind: 'role', role })),
    { kind: 'compare-index' },
    ...roleIds.flatMap((a) => roleIds.filter((b) => b !== a).map((b): PlaybookPage => ({ kind: 'compare', a, b }))),
    { kind: 'services' },
    { kind: 'responsibilities' },
    ...roleIds.map((role): PlaybookPage => ({ kind: 'responsibilities', role })),
    { kind: 'kpis' },
    ...model.kpis.map((kpi): PlaybookPage => ({ kind: 'kpi', kpi: kpi.id })),
    ...model.onboarding.map((entry): PlaybookPage => ({ kind: 'onboarding', role: entry.id })),
    { kind: 'glossary' },
    { kind: 'changes' },
  ];
}

/** Whether `page` exists in `model`: the switcher falls back to the version home when not. */
export function pageExists(model: PlaybookModel, page: PlaybookPage): boolean {
  const path = pagePath(page);
  return pagesOf(model).some((candidate) => pagePath(candidate) === path);
}

/** The source file behind a page, relative to the content root, for "Edit this page". */
export function pageSource(model: PlaybookModel, page: PlaybookPage): string | undefined {
  switch (page.kind) {
    case 'role':
      return model.roles.find((r) => r.id === page.role)?.file;
    case 'kpi':
      return model.kpis.find((k) => k.id === page.kpi)?.file;
    case 'onboarding':
      return model.onboarding.find((o) => o.id === page.role)?.file;
    case 'responsibilities':
      return `${model.dir}/responsibilities.yaml`;
    case 'glossary':
      return `${model.dir}/glossary.yaml`;
    case 'kpis':
      return `${model.dir}/metrics.yaml`;
    default:
      return undefined;
  }
}

/**
 * Whether a page belongs in the search index: a comparison is indexed once, in the roles'
 * order (b/a is the same content as a/b).
 */
export function isSearchable(model: PlaybookModel, page: PlaybookPage): boolean {
  if (page.kind !== 'compare') return true;
  const order = model.roles.map((role) => role.id);
  return order.indexOf(page.a) < order.indexOf(page.b);
}
