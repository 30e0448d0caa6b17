/**
 * The demo playbook as built: every page of every version exists, URLs and canonical links are
 * right, banners and the switcher point where they should, and nothing about clients leaks.
 * Expectations come from the content (checkContent), not from a list of demo ids.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { checkContent } from '../../src/lib/check.ts';
import { fromSource } from '../../src/lib/playbook/model.ts';
import { pagePath, pagesOf } from '../../src/lib/playbook/routes.ts';
import { latestRelease } from '../../src/lib/versions.ts';
import { listFiles, readText } from '../helpers/dist.ts';
import { loadPage, textOf } from '../helpers/html.ts';
import { DEMO_CONTENT, EDIT_BASE } from '../helpers/paths.ts';
import { initialJavaScript } from '../helpers/weight.ts';

const dist = inject('demoDist');
const { tree } = checkContent(DEMO_CONTENT);
const models = tree.playbooks.map(fromSource);
const latest = latestRelease(models.map((m) => m.version))!;
const html = (url: string) => `${url.replace(/^\//, '')}index.html`;
const page = (url: string) => loadPage(dist, html(url));

describe('playbook routes', () => {
  it('builds every page of every version, and the latest release again without a version', () => {
    for (const model of models) {
      for (const p of pagesOf(model)) {
        expect(fs.existsSync(path.join(dist, html(`/playbook/${model.version}/${pagePath(p)}`))), `${model.version} ${pagePath(p)}`).toBe(true);
        if (model.version === latest) expect(fs.existsSync(path.join(dist, html(`/playbook/${pagePath(p)}`)))).toBe(true);
      }
    }
  });

  it('has a role page for every role file of every version', () => {
    for (const source of tree.playbooks) {
      for (const id of source.roleIds) expect(fs.existsSync(path.join(dist, `playbook/${source.version}/roles/${id}/index.html`))).toBe(true);
    }
  });

  it('gives latest-release alias pages a canonical link to the versioned URL', () => {
    const $ = page('/playbook/roles/community-manager/');
    expect($('link[rel="canonical"]').attr('href')).toBe(`/playbook/${latest}/roles/community-manager/`);
  });

  it('keeps alias pages in the alias space and versioned pages in their version', () => {
    expect(page('/playbook/').html()).toContain('href="/playbook/responsibilities/"');
    expect(page('/playbook/1.0/').html()).toContain('href="/playbook/1.0/responsibilities/"');
  });
});

describe('banners and the version switcher', () => {
  it('marks the draft with a banner linking to the current release', () => {
    const $ = page('/playbook/next/roles/community-manager/');
    expect(textOf($, '.banner.draft')).toMatch(/^Draft\. This is the working draft/);
    expect($('.banner.draft a').attr('href')).toBe('/playbook/roles/community-manager/');
  });

  it('marks an old version with a banner linking to the same page in the latest', () => {
    const $ = page('/playbook/1.0/kpis/engagement-rate/');
    expect($('.banner.old a').attr('href')).toBe('/playbook/kpis/engagement-rate/');
    expect(page(`/playbook/${latest}/`)('.banner')).toHaveLength(0);
  });

  it('switches to the same page in another version, or to its home when the page is not there', () => {
    const links = page(`/playbook/${latest}/roles/content-moderator/`)('[data-version-switcher] a');
    const hrefs = Object.fromEntries(links.map((_, a) => [[a.attribs.href!.split('/')[2], a.attribs.href]]).get());
    expect(hrefs['1.0']).toBe('/playbook/1.0/');
    expect(hrefs.next).toBe('/playbook/next/roles/content-moderator/');
  });
});

describe('playbook pages', () => {
  it('shows a role with its KPIs and its RACI row grouped by letter', () => {
    const $ = page(`/playbook/${latest}/roles/content-moderator/`);
    expect($('h1').text()).toBe('Content Moderator');
    expect($('.raci-group').map((_, g) => g.attribs['data-letter']).get()).toEqual(expect.arrayContaining(['A', 'R']));
    expect($('#kpis ~ ul a').first().attr('href')).toMatch(/^\/playbook\/2\.0\/kpis\//);
  });

  it('narrows the matrix to one role with plain links', () => {
    const model = models.find((m) => m.version === latest)!;
    const expected = model.areas.flatMap((a) => a.tasks).filter((t) => t.raci['content-moderator']).length;
    const $ = page(`/playbook/${latest}/responsibilities/content-moderator/`);
    expect($('table.matrix tbody tr[id^="task-"]')).toHaveLength(expected);
    expect(textOf($, '.filter a[aria-current="page"]')).toBe('Content Moderator');
  });

  it('writes a KPI formula with metric labels and its history across versions', () => {
    const $ = page(`/playbook/${latest}/kpis/engagement-rate/`);
    expect($('.formula').text()).toBe('Engagements ÷ Impressions');
    const rows = $('#history ~ .scroll tbody tr').map((_, tr) => $(tr).find('th').text().trim()).get();
    expect(rows).toEqual(['1.0', '2.0', 'next']);
    const v2 = $('#history ~ .scroll tbody tr').eq(1);
    // Words, not ids: the formula with metric labels, the unit and the owner by name.
    expect(v2.text()).toContain('Formula: Engagements ÷ Reach → Engagements ÷ Impressions');
    expect(v2.find('td').eq(1).text()).toBe('a percentage');
    expect(v2.find('td').eq(3).text()).toBe('Social Media Manager');
    expect(v2.text()).not.toMatch(/social-media-manager|engagements \/ impressions/);
  });

  it('lists the structural changes of a version against the previous one', () => {
    const v2 = page('/playbook/2.0/changes/');
    expect(textOf(v2, '#roles ~ ul')).toContain('Added: Content Moderator');
    const draft = page('/playbook/next/changes/');
    expect(textOf(draft, '#responsibilities ~ ul')).toMatch(/Reply to comments on the brand's posts[^:]*: Social Media Manager \S+ → A/);
    // A role's changed KPI list names the KPIs, not their ids.
    expect(textOf(draft, '#roles ~ ul')).toContain('KPIs: added Save rate');
    expect(textOf(draft, 'main')).not.toMatch(/\bsave-rate\b|social-media-manager/);
    expect(textOf(page('/playbook/1.0/changes/'), 'h1 ~ p')).toContain('first version');
  });

  it('links glossary terms from role pages to anchors that exist', () => {
    const glossaryIds = new Set(page(`/playbook/${latest}/glossary/`)('[id]').map((_, el) => el.attribs.id).get());
    const terms = page(`/playbook/${latest}/roles/community-manager/`)('a.term');
    expect(terms.length).toBeGreaterThan(0);
    terms.each((_, a) => {
      const [url, anchor] = a.attribs.href!.split('#');
      expect(url).toBe(`/playbook/${latest}/glossary/`);
      expect(glossaryIds.has(anchor!)).toBe(true);
    });
  });

  it('points "Edit this page" at the source file', () => {
    expect(page(`/playbook/${latest}/kpis/reach/`)('.edit a').attr('href')).toBe(`${EDIT_BASE}versions/${latest}/kpis/reach.mdx`);
    expect(page('/playbook/next/responsibilities/')('.edit a').attr('href')).toBe(`${EDIT_BASE}playbook/responsibilities.yaml`);
  });
});

describe('every playbook page', () => {
  const files = listFiles(dist).filter((f) => f.startsWith('playbook/') && f.endsWith('.html'));

  it('has a title, a description, one h1 and headings that never skip a level', () => {
    for (const file of files) {
      const $ = loadPage(dist, file);
      expect($('title').text(), file).toMatch(/\S/);
      expect($('meta[name="description"]').attr('content'), file).toMatch(/\S/);
      expect($('h1'), file).toHaveLength(1);
      const levels = $('h1, h2, h3, h4, h5, h6').map((_, h) => Number(h.tagName[1])).get();
      levels.forEach((level, i) => i > 0 && expect(level - levels[i - 1]!, `${file}: h${levels[i - 1]} → h${level}`).toBeLessThanOrEqual(1));
    }
  });

  it('ships at most 15 KB of JavaScript (gzip) before search is opened', () => {
    for (const file of files) {
      const weight = initialJavaScript(dist, file);
      expect(weight.gzipBytes, `${file}: ${weight.files.join(', ')}`).toBeLessThanOrEqual(15 * 1024);
      expect(weight.files.some((f) => f.includes('pagefind')), file).toBe(false);
    }
  });
});

describe('privacy of the public site', () => {
  const clientNames = tree.clients.map((c) => c.client!.data.name);

  it('never names a client or links to a report on a public page', () => {
    for (const file of listFiles(dist).filter((f) => /\.(html|xml|txt|json)$/.test(f) && !f.startsWith('r/'))) {
      const text = readText(dist, file);
      for (const name of clientNames) expect(text, file).not.toContain(name);
      expect(text, file).not.toMatch(/href="[^"]*\/r\//);
    }
  });

  it('keeps clients and reports out of the search index, which holds only versioned playbook pages', () => {
    const fragments = listFiles(path.join(dist, 'pagefind')).filter((f) => f.endsWith('.pf_fragment'));
    expect(fragments.length).toBeGreaterThan(20);
    for (const file of fragments) {
      const fragment = gunzipSync(fs.readFileSync(path.join(dist, 'pagefind', file))).toString('utf8');
      for (const name of clientNames) expect(fragment, file).not.toContain(name);
      expect(fragment, file).toMatch(/"url":"\/playbook\/(\d+\.\d+|next)\//);
    }
  });
});
