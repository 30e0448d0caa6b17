/**
 * Everything the playbook layout needs to know about where a page sits: its URLs in this and
 * other versions, the banner to show, the canonical URL and the source file to edit.
 */
import { DRAFT_VERSION } from '../content-root.ts';
import { withBase } from '../site-url.ts';
import type { PlaybookModel } from './model.ts';
import { pageExists, pageSource, playbookUrl, type PlaybookPage } from './routes.ts';

export interface VersionLink {
  version: string;
  label: string;
  href: string;
  current: boolean;
  /** False when the page does not exist there and the link goes to that version's home. */
  samePage: boolean;
}

export type Banner = { kind: 'draft'; latestHref?: string; latest?: string } | { kind: 'old'; latest: string; latestHref: string };

export interface PageContext {
  version: string;
  /** True on `/playbook/…` (the latest-release alias), false on `/playbook/<version>/…`. */
  alias: boolean;
  /** Build the URL of another page in the same URL space (alias or versioned). */
  urlFor(page: PlaybookPage): string;
  /** The permanent URL of a page in a given version, for links across versions (a KPI's history, a diff's other side). */
  urlIn(version: string, page: PlaybookPage): string;
  versions: VersionLink[];
  banner?: Banner;
  /** Path of the permanent, versioned URL of this page (below the base). */
  canonicalPath: string;
  editUrl?: string;
}

export interface PageContextInput {
  models: readonly PlaybookModel[];
  latest?: string;
  model: PlaybookModel;
  page: PlaybookPage;
  alias: boolean;
  /** Base URL that content-root-relative paths are appended to, e.g. `https://github.com/acme/playbook/edit/main/content/`. */
  editBase?: string;
  /** The path the site is served below (`import.meta.env.BASE_URL`); every URL starts with it. */
  base?: string;
}

export function versionLabel(version: string, latest?: string): string {
  if (version === DRAFT_VERSION) return 'Draft (next)';
  return version === latest ? `${version} (latest)` : version;
}

export function pageContext({ models, latest, model, page, alias, editBase, base = '/' }: PageContextInput): PageContext {
  const segment = alias ? null : model.version;
  const url = (version: string | null, target: PlaybookPage) => withBase(base, playbookUrl(version, target));
  const source = pageSource(model, page);
  const latestModel = models.find((m) => m.version === latest);
  const latestHref = latestModel ? url(null, pageExists(latestModel, page) ? page : { kind: 'home' }) : undefined;
  let banner: Banner | undefined;
  if (model.version === DRAFT_VERSION) banner = { kind: 'draft', latest, latestHref };
  else if (latest && model.version !== latest) banner = { kind: 'old', latest, latestHref: latestHref! };
  return {
    version: model.version,
    alias,
    urlFor: (target) => url(segment, target),
    urlIn: (version, target) => url(version, target),
    versions: models.map((other) => {
      const samePage = pageExists(other, page);
      return {
        version: other.version,
        label: versionLabel(other.version, latest),
        href: url(other.version, samePage ? page : { kind: 'home' }),
        current: other.version === model.version,
        samePage,
      };
    }),
    banner,
    canonicalPath: url(model.version, page),
    editUrl: editBase && source ? `${editBase.replace(/\/?$/, '/')}${source}` : undefined,
  };
}
