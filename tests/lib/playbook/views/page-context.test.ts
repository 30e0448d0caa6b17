import { describe, expect, it } from 'vitest';
import { pageContext, versionLabel, type PageContextInput } from '../../../../src/lib/playbook/page-context.ts';
import type { PlaybookPage } from '../../../../src/lib/playbook/routes.ts';
import { kpi, model, role } from './model-fixture.ts';

// 1.0 has the account lead; 2.0 adds the analyst; the draft adds the support agent.
const V1 = model({ version: '1.0', roles: [role('account-lead', { file: 'versions/1.0/roles/account-lead.mdx' })], kpis: [kpi('retired')] });
const V2 = model({ version: '2.0', roles: [role('account-lead', { file: 'versions/2.0/roles/account-lead.mdx' }), role('analyst')] });
const NEXT = model({ roles: [role('account-lead'), role('analyst'), role('support-agent')] });
const MODELS = [NEXT, V2, V1];

const ANALYST: PlaybookPage = { kind: 'role', role: 'analyst' };
const SUPPORT: PlaybookPage = { kind: 'role', role: 'support-agent' };

function context(fields: Partial<PageContextInput> & Pick<PageContextInput, 'model' | 'page'>) {
  return pageContext({ models: MODELS, latest: '2.0', alias: false, ...fields });
}

describe('versionLabel', () => {
  it('calls the draft "Draft (next)"', () => {
    expect(versionLabel('next', '2.0')).toBe('Draft (next)');
  });

  it('marks the latest release and leaves older ones bare', () => {
    expect(versionLabel('2.0', '2.0')).toBe('2.0 (latest)');
    expect(versionLabel('1.0', '2.0')).toBe('1.0');
  });
});

describe('pageContext banner', () => {
  it('links the draft banner to the same page in the latest release when it is there', () => {
    expect(context({ model: NEXT, page: ANALYST }).banner).toEqual({ kind: 'draft', latest: '2.0', latestHref: '/playbook/roles/analyst/' });
  });

  it('links the draft banner to the latest home when the page is new in the draft', () => {
    expect(context({ model: NEXT, page: SUPPORT }).banner).toEqual({ kind: 'draft', latest: '2.0', latestHref: '/playbook/' });
  });

  it('shows a draft banner without a link before the first release', () => {
    const banner = pageContext({ models: [NEXT], model: NEXT, page: ANALYST, alias: false }).banner;
    expect(banner).toEqual({ kind: 'draft', latest: undefined, latestHref: undefined });
  });

  it('tells an old version which release is the latest, linking the same page there', () => {
    const page: PlaybookPage = { kind: 'role', role: 'account-lead' };
    expect(context({ model: V1, page }).banner).toEqual({ kind: 'old', latest: '2.0', latestHref: '/playbook/roles/account-lead/' });
  });

  it('links the old-version banner to the latest home when the page is gone there', () => {
    const banner = context({ model: V1, page: { kind: 'kpi', kpi: 'retired' } }).banner;
    expect(banner).toEqual({ kind: 'old', latest: '2.0', latestHref: '/playbook/' });
  });

  it('has no banner on the latest release, versioned or alias', () => {
    expect(context({ model: V2, page: ANALYST }).banner).toBeUndefined();
    expect(context({ model: V2, page: ANALYST, alias: true }).banner).toBeUndefined();
  });
});

describe('pageContext version switcher', () => {
  it('lists every version in the given order, marking the current one', () => {
    const links = context({ model: V2, page: { kind: 'home' } }).versions;
    expect(links.map((l) => [l.version, l.label, l.current])).toEqual([
      ['next', 'Draft (next)', false],
      ['2.0', '2.0 (latest)', true],
      ['1.0', '1.0', false],
    ]);
  });

  it('keeps the same page where it exists and falls back to the version home where it does not', () => {
    const links = context({ model: V2, page: ANALYST }).versions;
    expect(links.map((l) => [l.href, l.samePage])).toEqual([
      ['/playbook/next/roles/analyst/', true],
      ['/playbook/2.0/roles/analyst/', true],
      ['/playbook/1.0/', false],
    ]);
  });

  it('uses versioned URLs even on an alias page', () => {
    const links = context({ model: V2, page: ANALYST, alias: true }).versions;
    expect(links.find((l) => l.version === '2.0')?.href).toBe('/playbook/2.0/roles/analyst/');
  });
});

describe('pageContext URLs', () => {
  it('puts every URL below the base when the site is served below a path', () => {
    const ctx = context({ model: NEXT, page: ANALYST, base: '/team-playbook/' });
    expect(ctx.canonicalPath).toBe('/team-playbook/playbook/next/roles/analyst/');
    expect(ctx.urlFor({ kind: 'kpis' })).toBe('/team-playbook/playbook/next/kpis/');
    expect(ctx.versions.map((link) => link.href)).toEqual([
      '/team-playbook/playbook/next/roles/analyst/',
      '/team-playbook/playbook/2.0/roles/analyst/',
      '/team-playbook/playbook/1.0/',
    ]);
    expect(ctx.banner).toEqual({ kind: 'draft', latest: '2.0', latestHref: '/team-playbook/playbook/roles/analyst/' });
  });

  it('gives the versioned path as canonical, also on an alias page', () => {
    expect(context({ model: V2, page: ANALYST }).canonicalPath).toBe('/playbook/2.0/roles/analyst/');
    expect(context({ model: V2, page: ANALYST, alias: true }).canonicalPath).toBe('/playbook/2.0/roles/analyst/');
    expect(context({ model: NEXT, page: SUPPORT }).canonicalPath).toBe('/playbook/next/roles/support-agent/');
  });

  it('builds links to other pages in the alias space on an alias page', () => {
    const ctx = context({ model: V2, page: ANALYST, alias: true });
    expect(ctx.alias).toBe(true);
    expect(ctx.urlFor({ kind: 'kpis' })).toBe('/playbook/kpis/');
  });

  it("builds links to other pages in the page's own version otherwise", () => {
    expect(context({ model: V1, page: { kind: 'home' } }).urlFor({ kind: 'glossary' })).toBe('/playbook/1.0/glossary/');
    expect(context({ model: NEXT, page: { kind: 'home' } }).urlFor({ kind: 'glossary' })).toBe('/playbook/next/glossary/');
  });

  it('links a page of another version by its versioned URL, below the base, also from an alias page', () => {
    const ctx = context({ model: V2, page: ANALYST, alias: true, base: '/team-playbook/' });
    expect(ctx.urlIn('1.0', { kind: 'home' })).toBe('/team-playbook/playbook/1.0/');
    expect(ctx.urlIn('2.0', { kind: 'kpi', kpi: 'reach' })).toBe('/team-playbook/playbook/2.0/kpis/reach/');
  });

  it('reports the version of the model', () => {
    expect(context({ model: V1, page: { kind: 'home' } }).version).toBe('1.0');
  });
});

describe('pageContext edit link', () => {
  const page: PlaybookPage = { kind: 'role', role: 'account-lead' };

  it('appends the source file to a base that ends with a slash', () => {
    const ctx = context({ model: V1, page, editBase: 'https://git.example.com/acme/playbook/edit/main/content/' });
    expect(ctx.editUrl).toBe('https://git.example.com/acme/playbook/edit/main/content/versions/1.0/roles/account-lead.mdx');
  });

  it('adds the missing slash to a base without one', () => {
    const ctx = context({ model: V1, page, editBase: 'https://git.example.com/acme/playbook/edit/main/content' });
    expect(ctx.editUrl).toBe('https://git.example.com/acme/playbook/edit/main/content/versions/1.0/roles/account-lead.mdx');
  });

  it('points the matrix at the responsibilities file of its version', () => {
    const ctx = context({ model: V2, page: { kind: 'responsibilities' }, editBase: 'https://edit.example/' });
    expect(ctx.editUrl).toBe('https://edit.example/versions/2.0/responsibilities.yaml');
  });

  it('has no edit link without a base', () => {
    expect(context({ model: V1, page }).editUrl).toBeUndefined();
  });

  it('has no edit link for a generated page', () => {
    const ctx = context({ model: V2, page: { kind: 'compare', a: 'analyst', b: 'account-lead' }, editBase: 'https://edit.example/' });
    expect(ctx.editUrl).toBeUndefined();
  });
});
