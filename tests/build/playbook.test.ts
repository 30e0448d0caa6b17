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
import { matrixView } from '../../src/lib/playbook/matrix.ts';
import { pagePath, pagesOf } from '../../src/lib/playbook/routes.ts';
import { latestRelease } from '../../src/lib/versions.ts';
import { listFiles, readText } from '../helpers/dist.ts';
import { headingsOf, repeatedHeadings } from '../helpers/headings.ts';
import { loadPage, textOf } from '../helpers/html.ts';
import { pageTypes } from '../helpers/links.ts';
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
    expect(
      $('.raci-group')
        .map((_, g) => g.attribs['data-letter'])
        .get(),
    ).toEqual(expect.arrayContaining(['A', 'R']));
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
    const rows = $('#history ~ .scroll tbody tr')
      .map((_, tr) => $(tr).find('th').text().trim())
      .get();
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
    expect(textOf(draft, '#roles ~ ul')).toMatch(/KPIs: added [^;]*\bSave rate\b/);
    expect(textOf(draft, 'main')).not.toMatch(/\bsave-rate\b|social-media-manager/);
    expect(textOf(page('/playbook/1.0/changes/'), 'h1 ~ p')).toContain('first version');
  });

  it('links glossary terms from role pages to anchors that exist', () => {
    const glossaryIds = new Set(
      page(`/playbook/${latest}/glossary/`)('[id]')
        .map((_, el) => el.attribs.id)
        .get(),
    );
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
      const levels = $('h1, h2, h3, h4, h5, h6')
        .map((_, h) => Number(h.tagName[1]))
        .get();
      levels.forEach((level, i) => i > 0 && expect(level - levels[i - 1]!, `${file}: h${levels[i - 1]} → h${level}`).toBeLessThanOrEqual(1));
    }
  });

  it('ships at most 15 KB of JavaScript (gzip) before search is opened', () => {
    for (const file of files) {
      const weight = initialJavaScript(dist, file);
      expect(weight.gzipBytes, `${file}: ${weight.files.join(', ')}`).toBeLessThanOrEqual(15 * 1024);
      expect(
        weight.files.some((f) => f.includes('pagefind')),
        file,
      ).toBe(false);
    }
  });
});

describe('headings', () => {
  const files = listFiles(dist).filter((f) => f.startsWith('playbook/') && f.endsWith('.html'));

  it('the check catches a repeated title and a heading repeated in one section, not one repeated in another', () => {
    const h = (level: number, text: string) => ({ level, text });
    expect(repeatedHeadings([h(1, 'Changes'), h(2, 'Roles'), h(2, 'Changes')])).toEqual(['the title "Changes" appears twice (h2)']);
    expect(repeatedHeadings([h(1, 'KPI'), h(2, 'How it is calculated'), h(2, 'Why'), h(2, 'How it is Calculated')])).toEqual([
      'two h2 "How it is Calculated" under "KPI"',
    ]);
    expect(repeatedHeadings([h(1, 'Changes'), h(2, 'Roles'), h(3, 'Reach'), h(2, 'KPIs'), h(3, 'Reach')])).toEqual([]);
  });

  it('never repeats the page title or a heading within one section, on any playbook page', () => {
    const problems = files.flatMap((file) => repeatedHeadings(headingsOf(loadPage(dist, file))).map((problem) => `${file}: ${problem}`));
    expect(problems).toEqual([]);
  });
});

describe('"On this page"', () => {
  const files = listFiles(dist).filter((f) => f.startsWith('playbook/') && f.endsWith('.html'));
  const linksOf = ($: ReturnType<typeof page>, list: string) =>
    $(`${list} a[data-contents-link]`)
      .map((_, a) => [[$(a).attr('href'), $(a).text().trim()]])
      .get() as [string, string][];

  it('lists every linkable h2 and h3 of a long page, in the sidebar and the phone bar alike, linking to them', () => {
    let listed = 0;
    for (const file of files) {
      const $ = loadPage(dist, file);
      const headings = $('article.content')
        .find('h2[id], h3[id]')
        .map((_, h) => [[`#${h.attribs.id}`, $(h).text().replace(/\s+/g, ' ').trim()]])
        .get() as [string, string][];
      const aside = linksOf($, '.page-contents');
      if (headings.length < 3) {
        expect(aside, file).toEqual([]);
        expect($('.page-bar details'), file).toHaveLength(0);
        continue;
      }
      listed += 1;
      expect(aside, file).toEqual(headings);
      expect(linksOf($, '.page-bar details'), file).toEqual(headings);
      for (const [href] of aside) expect($(href).is('h2, h3'), `${file} ${href}`).toBe(true);
      // Every h2 and h3 of the content can be jumped to, so none is missing from the list.
      expect($('article.content').find('h2:not([id]), h3:not([id])'), file).toHaveLength(0);
    }
    expect(listed).toBeGreaterThan(20);
  });

  it('has a contents list on the long page types: role, KPI, onboarding, services, glossary, compare, changes', () => {
    for (const { name, url } of pageTypes(DEMO_CONTENT).filter((p) => /^(role|KPI|onboarding|services|glossary|compare|changes \(release\))$/.test(p.name))) {
      const $ = page(url);
      expect($('.page-contents nav[aria-labelledby="on-this-page"] a').length, name).toBeGreaterThanOrEqual(3);
      expect(textOf($, '.page-bar summary'), name).toBe('On this page');
    }
  });

  it('nests h3 sections under their h2', () => {
    const $ = page(`/playbook/${latest}/roles/content-moderator/`);
    const nested = $('.page-contents a[href="#raci"]')
      .parent()
      .find('ul a')
      .map((_, a) => a.attribs.href)
      .get();
    expect(nested).toEqual(expect.arrayContaining(['#raci-a', '#raci-r']));
  });
});

describe('the phone menu', () => {
  it('is a button at the top of every playbook page that opens the playbook navigation (a popover, no script needed)', () => {
    for (const { name, url } of pageTypes(DEMO_CONTENT).filter((p) => p.url.startsWith('/playbook/'))) {
      const $ = page(url);
      const button = $('.playbook > .page-bar button.menu');
      expect(textOf($, '.page-bar button.menu'), name).toBe('Menu');
      const nav = $(`#${button.attr('popovertarget')}`);
      expect(nav.is('nav.playbook-nav[popover][aria-label="Playbook"]'), name).toBe(true);
      expect(nav.find(`button[popovertarget="${nav.attr('id')}"][popovertargetaction="hide"]`).text(), name).toBe('Close');
      // The bar comes before the navigation and the content, so it is the first thing on a phone.
      expect($('.playbook').children().first().is('.page-bar'), name).toBe(true);
    }
  });

  it('holds the links of every section of the playbook', () => {
    const $ = page(`/playbook/${latest}/kpis/`);
    const hrefs = $('#playbook-menu a')
      .map((_, a) => a.attribs.href)
      .get();
    const model = models.find((m) => m.version === latest)!;
    for (const role of model.roles) expect(hrefs).toContain(`/playbook/${latest}/roles/${role.id}/`);
    expect(hrefs).toEqual(expect.arrayContaining([`/playbook/${latest}/responsibilities/`, `/playbook/${latest}/glossary/`, `/playbook/${latest}/changes/`]));
  });
});

describe('the matrix legend', () => {
  it("names the role behind each column's initials, in column order, and each letter", () => {
    const model = models.find((m) => m.version === latest)!;
    const { columns } = matrixView(model);
    const $ = page(`/playbook/${latest}/responsibilities/`);
    const legend = $('.legend.columns div')
      .map((_, d) => [[$(d).find('dt').text().trim(), $(d).find('dd').text().trim()]])
      .get();
    expect(legend).toEqual(columns.map((c) => [c.short, c.role.title]));
    expect(
      $('table.matrix thead abbr')
        .map((_, a) => $(a).text())
        .get(),
    ).toEqual(columns.map((c) => c.short));
    expect(
      $('.legend.letters dt')
        .map((_, d) => $(d).text().trim())
        .get(),
    ).toEqual(['R', 'A', 'C', 'I', 'A/R']);
  });
});

describe('the search index', () => {
  // Pagefind 1.5's writeFiles could leave a file empty or cut short on a busy machine, and search
  // then failed in the reader's browser (src/search-index.ts): the build must ship it whole.
  it('is whole: no empty file, an entry that parses and names its metadata, every index file unzips', () => {
    const folder = path.join(dist, 'pagefind');
    const files = listFiles(folder);
    expect(files.filter((file) => fs.statSync(path.join(folder, file)).size === 0)).toEqual([]);
    const entry = JSON.parse(readText(folder, 'pagefind-entry.json')) as { languages: Record<string, { hash: string; page_count: number }> };
    expect(Object.keys(entry.languages)).not.toEqual([]);
    for (const { hash, page_count } of Object.values(entry.languages)) {
      expect(files).toContain(`pagefind.${hash}.pf_meta`);
      expect(page_count).toBeGreaterThan(0);
    }
    const packed = files.filter((file) => /\.pf_(?:meta|index|fragment|filter)$/.test(file));
    expect(packed.length).toBeGreaterThan(files.length / 2);
    for (const file of packed) expect(() => gunzipSync(fs.readFileSync(path.join(folder, file))), file).not.toThrow();
  });
});

describe('search excerpts', () => {
  const fragments = listFiles(path.join(dist, 'pagefind')).filter((f) => f.endsWith('.pf_fragment'));
  const read = (file: string) => {
    const raw = gunzipSync(fs.readFileSync(path.join(dist, 'pagefind', file))).toString('utf8');
    return JSON.parse(raw.slice(raw.indexOf('{'))) as { url: string; content: string; meta: { title: string } };
  };

  it('index each page under its own title, with its text starting at the page heading, said once', () => {
    for (const file of fragments) {
      const { url, content, meta } = read(file);
      const h1 = textOf(page(url), 'article h1');
      expect(meta.title, url).toBe(textOf(page(url), 'article [data-pagefind-meta="title"]'));
      expect(content.startsWith(h1), `${url}: ${content.slice(0, 80)}`).toBe(true);
      expect(
        content
          .slice(h1.length)
          .replace(/^\.?\s*/, '')
          .startsWith(h1),
        `${url}: ${content.slice(0, 80)}`,
      ).toBe(false);
    }
  });

  it('leave out what is not prose: the version, legends, navigation, text diffs and the edit link', () => {
    const all = fragments.map(read);
    const matrix = all.find((f) => f.url === `/playbook/${latest}/responsibilities/`)!;
    expect(matrix.content).not.toMatch(/Accountable and responsible|\bA\/R\b/);
    expect(all.find((f) => f.url === `/playbook/${latest}/changes/`)!.content).not.toMatch(/Before:|After:/);
    for (const { url, content } of all) {
      expect(content, url).not.toContain('Edit this page');
      expect(content, url).not.toContain('Playbook home');
      expect(content, url).not.toContain('On this page');
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
