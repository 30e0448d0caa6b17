/**
 * The fixture content root, copied outside the project and built with ROLEBOOK_CONTENT, asserted on
 * the HTML it produced.
 */
import { describe, expect, inject, it } from 'vitest';
import { listFiles, readText } from '../helpers/dist.ts';
import { loadPage, textOf } from '../helpers/html.ts';

const dist = inject('fixtureDist');
const $ = loadPage(dist, 'index.html');

describe('build of the fixture content root', () => {
  it('writes a home page built from that root, not from the demo content', () => {
    expect(
      $('.role-card h3')
        .map((_, el) => $(el).text())
        .get(),
    ).toEqual(['Account Lead', 'Support Agent']);
    expect($('.role-card[data-role="support-agent"] p').text()).toBe("Answers the community's questions in their own name.");
    expect($.html()).not.toContain('Community Manager');
  });

  it('presents the latest released version and mentions the draft', () => {
    expect(textOf($, '.version')).toBe('Current release: 1.0 · a working draft with unreleased changes exists');
    expect(
      $('.versions li')
        .map((_, el) => $(el).text().replace(/\s+/g, ' ').trim())
        .get(),
    ).toEqual(['Version 1.0 (latest)', 'Working draft (next)']);
    expect(
      $('.versions a')
        .map((_, a) => a.attribs.href)
        .get(),
    ).toEqual(['/playbook/1.0/', '/playbook/next/']);
  });

  it('links each role card to its page in the latest release', () => {
    expect(
      $('.role-card h3 a')
        .map((_, a) => a.attribs.href)
        .get(),
    ).toEqual(['/playbook/roles/account-lead/', '/playbook/roles/support-agent/']);
  });

  it('counts roles, tasks, areas, KPIs, checklists and terms from the content', () => {
    expect(
      $('.stats li')
        .map((_, el) => $(el).text().replace(/\s+/g, ' ').trim())
        .get(),
    ).toEqual(['2 roles', '3 tasks in the responsibility matrix, across 2 areas', '3 KPI definitions', '1 onboarding checklist', '2 glossary terms']);
  });

  it('shows role traits in words', () => {
    expect(
      $('.role-card[data-role="support-agent"] .traits li')
        .map((_, el) => $(el).text())
        .get(),
    ).toEqual(['Long-term relationships', 'Peer-to-peer', 'Speaks in their own name']);
  });

  it('has a title, a description, a language and exactly one h1', () => {
    expect($('title').text()).toBe('Rolebook');
    expect($('meta[name="description"]').attr('content')).toMatch(/playbook/);
    expect($('html').attr('lang')).toBe('en');
    expect($('h1')).toHaveLength(1);
  });

  it('never names a client or links to a report on a public page', () => {
    const files = listFiles(dist).filter((f) => /\.(html|xml|txt|json)$/.test(f) && !f.startsWith('r/'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const text = readText(dist, file);
      expect(text, file).not.toContain('Tiny Bakery');
      expect(text, file).not.toMatch(/href="[^"]*\/r\//);
    }
  });

  it('disallows /r/ in robots.txt', () => {
    expect(readText(dist, 'robots.txt')).toMatch(/^Disallow: \/r\/$/m);
  });
});
