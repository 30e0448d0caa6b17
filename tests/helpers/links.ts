/**
 * Which page stands for each page type of a built site, and an internal link checker over a
 * whole `dist/`: every same-site `href` and `src` resolves to a file, and every `#fragment` to
 * an element on its target page.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { checkContent } from '../../src/lib/check.ts';
import { DRAFT_VERSION } from '../../src/lib/content-root.ts';
import { fromSource } from '../../src/lib/playbook/model.ts';
import { pagesOf, playbookUrl, type PlaybookPage } from '../../src/lib/playbook/routes.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import { latestRelease } from '../../src/lib/versions.ts';
import { listFiles } from './dist.ts';
import { clientCases } from './reports.ts';

export interface PageType {
  /** What kind of page it is, as the tests name it. */
  name: string;
  /** Site URL with a trailing slash, e.g. `/playbook/2.0/roles/community-manager/`. */
  url: string;
}

/** How the tests name each playbook page kind; a kind added to routes.ts without a name here is a type error. */
const KIND_NAMES: { [K in PlaybookPage['kind']]: string } = {
  home: 'playbook home',
  role: 'role',
  'compare-index': 'compare index',
  compare: 'compare',
  services: 'services',
  responsibilities: 'matrix',
  kpis: 'KPI catalogue',
  kpi: 'KPI',
  onboarding: 'onboarding',
  glossary: 'glossary',
  changes: 'changes (release)',
};

/**
 * One page of every type the site builds from `root`: the home page, the first page of each kind
 * the route list (`pagesOf`) gives the latest release, some aliases and the draft where they
 * differ, a report hub and a report. Ids come from the content, so the list follows whatever
 * content the site was built from.
 */
export function pageTypes(root: string): PageType[] {
  const { tree, problems } = checkContent(root);
  if (problems.length) throw new Error(`content has problems: ${problems.map((p) => formatProblem(p)).join('; ')}`);
  const models = tree.playbooks.map(fromSource);
  const latest = models.find((model) => model.version === latestRelease(models.map((m) => m.version)))!;
  const draft = models.find((model) => model.version === DRAFT_VERSION)!;
  const [a] = latest.roles;
  const at = (page: PlaybookPage, version: string | null = latest.version) => playbookUrl(version, page);
  const client = clientCases(tree).find((c) => c.periods.length > 0)!;
  const firstOfKind = new Map<PlaybookPage['kind'], PlaybookPage>();
  for (const page of pagesOf(latest)) if (!firstOfKind.has(page.kind)) firstOfKind.set(page.kind, page);
  return [
    { name: 'home', url: '/' },
    ...[...firstOfKind.values()].map((page) => ({ name: KIND_NAMES[page.kind], url: at(page) })),
    { name: 'playbook home (latest alias)', url: at({ kind: 'home' }, null) },
    { name: 'playbook home (draft)', url: at({ kind: 'home' }, DRAFT_VERSION) },
    { name: 'role (latest alias)', url: at({ kind: 'role', role: a!.id }, null) },
    { name: 'matrix per role', url: at({ kind: 'responsibilities', role: a!.id }) },
    { name: 'changes (draft)', url: at({ kind: 'changes' }, draft.version) },
    { name: 'report hub', url: `/r/${client.token}/` },
    { name: 'report', url: `/r/${client.token}/${client.periods.at(-1)}/` },
  ];
}

/** The HTML file of a page URL: `/a/b/` → `a/b/index.html`. */
export function htmlFile(url: string): string {
  return `${url.replace(/^\//, '')}index.html`;
}

/** URLs the checker leaves alone (below the base): loaded by code at run time, checked on their own. */
const SKIPPED = new Set(['pagefind/pagefind.js']);
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * Every broken internal link or anchor in `dist`, as `page → link (why)`, all at once.
 * Relative links resolve against the page's URL; a URL ending in `/` (or naming a folder)
 * means its `index.html`; external URLs (any scheme, or `//host`) are skipped. For a site built
 * with a base (`/team-playbook/`), pages are served below it and a link outside it is broken.
 */
export function brokenLinks(dist: string, base = '/'): string[] {
  const pages = listFiles(dist).filter((file) => file.endsWith('.html'));
  const idsCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idsCache.get(file);
    if (!ids) {
      const $ = cheerio.load(fs.readFileSync(path.join(dist, file), 'utf8'));
      ids = new Set([
        ...$('[id]')
          .map((_, el) => $(el).attr('id')!)
          .get(),
        ...$('a[name]')
          .map((_, el) => $(el).attr('name')!)
          .get(),
      ]);
      idsCache.set(file, ids);
    }
    return ids;
  };
  const broken: string[] = [];
  for (const page of pages) {
    const pageUrl = `${base}${page.replace(/(^|\/)index\.html$/, '$1')}`;
    const $ = cheerio.load(fs.readFileSync(path.join(dist, page), 'utf8'));
    $('[href], [src]').each((_, element) => {
      for (const attribute of ['href', 'src'] as const) {
        const link = $(element).attr(attribute);
        if (link === undefined) continue;
        const problem = checkLink(dist, base, pageUrl, link.trim(), idsOf);
        if (problem) broken.push(`${pageUrl} → ${link} (${problem})`);
      }
    });
  }
  return broken;
}

function checkLink(dist: string, base: string, pageUrl: string, link: string, idsOf: (file: string) => Set<string>): string | undefined {
  if (link === '') return 'empty';
  if (SCHEME.test(link) || link.startsWith('//')) return undefined;
  const url = new URL(link, `http://site.invalid${pageUrl}`);
  if (!url.pathname.startsWith(base)) return `outside the base ${base}`;
  if (SKIPPED.has(url.pathname.slice(base.length))) return undefined;
  let pathname: string;
  try {
    pathname = `/${decodeURIComponent(url.pathname.slice(base.length))}`;
  } catch {
    return 'malformed percent-encoding';
  }
  const target = targetFile(dist, pathname);
  if (!target) return 'no such file';
  const fragment = url.hash.slice(1);
  if (fragment === '' || !target.endsWith('.html')) return undefined;
  const id = decodeURIComponent(fragment);
  return idsOf(target).has(id) ? undefined : `no element with id "${id}"`;
}

/** The file a site path serves, relative to dist, or undefined when there is none. */
function targetFile(dist: string, pathname: string): string | undefined {
  const relative = pathname.replace(/^\/+/, '');
  const candidates = pathname.endsWith('/') ? [`${relative}index.html`] : [relative, `${relative}/index.html`];
  return candidates.find((file) => fs.statSync(path.join(dist, file), { throwIfNoEntry: false })?.isFile());
}
