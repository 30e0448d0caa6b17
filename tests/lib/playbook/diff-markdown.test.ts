import { describe, expect, it } from 'vitest';
import type { PlaybookDiff } from '../../../src/lib/playbook/diff.ts';
import { code, diffSummary, diffToMarkdown, escapeMarkdown } from '../../../src/lib/playbook/diff-markdown.ts';

function diff(overrides: Partial<PlaybookDiff> = {}): PlaybookDiff {
  const none = () => ({ added: [], removed: [], changed: [] });
  return {
    roles: none(),
    raci: { added: [], removed: [], moved: [], cells: [] },
    kpis: none(),
    metrics: none(),
    glossary: none(),
    onboarding: { added: [], removed: [] },
    pages: [],
    ...overrides,
  };
}

const labels = { before: '2.0', after: 'next' };

describe('diffToMarkdown', () => {
  it('says so when nothing changed', () => {
    expect(diffToMarkdown(diff(), labels)).toBe('## Playbook changes: 2.0 → next\n\nNo structural changes.\n');
  });

  it('prints RACI cells one per line, with — for no letter, and only the sections that have changes', () => {
    const task = 'Report on metrics to the client';
    const markdown = diffToMarkdown(
      diff({
        raci: {
          added: [],
          removed: [],
          moved: [],
          cells: [
            { taskId: 'report-on-metrics', task, role: 'community-manager', before: 'R', after: 'A/R' },
            { taskId: 'report-on-metrics', task, role: 'content-moderator', before: undefined, after: 'C' },
          ],
        },
      }),
      labels,
    );
    expect(markdown).toBe(
      [
        '## Playbook changes: 2.0 → next',
        '',
        '2 RACI cells changed.',
        '',
        '### Responsibilities (RACI)',
        '',
        '- **Report on metrics to the client**: community-manager R → A/R',
        '- **Report on metrics to the client**: content-moderator — → C',
        '',
      ].join('\n'),
    );
  });

  it('prints tasks added, removed, moved and renamed', () => {
    const markdown = diffToMarkdown(
      diff({
        raci: {
          added: [{ id: 'moderate', area: 'Moderation', task: 'Moderate comments', raci: { 'content-moderator': 'A/R', 'community-manager': 'I' } }],
          removed: [{ id: 'old', area: 'Strategy', task: 'Old task', raci: { 'community-manager': 'A/R' } }],
          moved: [{ id: 'collect', before: { area: 'Reporting', task: 'Collect data' }, after: { area: 'Analytics', task: 'Collect the data' } }],
          cells: [],
        },
      }),
      labels,
    );
    expect(markdown).toContain('- Added task: **Moderate comments** (`moderate`, in Moderation): content-moderator A/R, community-manager I\n');
    expect(markdown).toContain('- Removed task: **Old task** (`old`, in Strategy): community-manager A/R\n');
    expect(markdown).toContain('- **Collect the data** (`collect`): moved from Reporting to Analytics, renamed from “Collect data”\n');
  });

  it('prints KPI formulas in code spans and other fields as before → after', () => {
    const item = {
      id: 'engagement-rate',
      name: 'Engagement rate',
      formula: 'engagements / impressions',
      unit: 'percent',
      direction: 'up',
      owner: 'social-media-manager',
    };
    const markdown = diffToMarkdown(
      diff({
        kpis: {
          added: [{ ...item, id: 'save-rate', name: 'Save rate', formula: 'saves / reach' }],
          removed: [],
          changed: [
            {
              item,
              changes: [
                { field: 'formula', kind: 'value', before: 'engagements / reach', after: 'engagements / impressions' },
                { field: 'owner', kind: 'value', before: 'community-manager', after: 'social-media-manager' },
                { field: 'headline', kind: 'value', before: false, after: true },
              ],
            },
          ],
        },
      }),
      labels,
    );
    expect(markdown).toContain(
      [
        '### KPIs',
        '',
        '- Added: **Save rate** (`save-rate`): `saves / reach`, percent, higher is better, owner social-media-manager',
        '- Changed: **Engagement rate** (`engagement-rate`)',
        '  - formula: `engagements / reach` → `engagements / impressions`',
        '  - owner: community-manager → social-media-manager',
        '  - headline: no → yes',
      ].join('\n'),
    );
    expect(markdown).toContain('1 KPI added, 1 KPI changed.');
    expect(markdown).not.toContain('### Roles');
  });

  it('prints role list changes inline when short, one per line when long', () => {
    const markdown = diffToMarkdown(
      diff({
        roles: {
          added: [{ id: 'content-moderator', title: 'Content Moderator' }],
          removed: [],
          changed: [
            {
              item: { id: 'social-media-manager', title: 'Social Media Manager' },
              changes: [
                { field: 'kpis', kind: 'set', before: ['reach'], after: ['reach', 'save-rate'], added: ['save-rate'], removed: [] },
                { field: 'reportsTo', kind: 'value', before: undefined, after: 'account-lead' },
                {
                  field: 'routine',
                  kind: 'list',
                  before: ['09:30: Stand-up with the community manager and marketer'],
                  after: ['09:30: Stand-up with the community manager, marketer and moderator'],
                  added: ['09:30: Stand-up with the community manager, marketer and moderator'],
                  removed: ['09:30: Stand-up with the community manager and marketer'],
                },
              ],
            },
          ],
        },
      }),
      labels,
    );
    expect(markdown).toContain(
      [
        '- Added: **Content Moderator** (`content-moderator`)',
        '- Changed: **Social Media Manager** (`social-media-manager`)',
        '  - kpis: added save-rate',
        '  - reportsTo: — → account-lead',
        '  - routine:',
        '    - added: 09:30: Stand-up with the community manager, marketer and moderator',
        '    - removed: 09:30: Stand-up with the community manager and marketer',
      ].join('\n'),
    );
  });

  it('shows a long changed definition as a word diff', () => {
    const before = 'The public rules for how members may behave, written and enforced by the community manager.';
    const after = 'The public rules for how members may behave, written and enforced by the content moderator.';
    const markdown = diffToMarkdown(
      diff({
        glossary: {
          added: [],
          removed: [],
          changed: [{ item: { term: 'Guidelines', definition: after }, changes: [{ field: 'definition', kind: 'value', before, after }] }],
        },
      }),
      labels,
    );
    expect(markdown).toContain('- Changed: **Guidelines**\n  - definition:\n');
    expect(markdown).toContain('    - before: … members may behave, written and enforced by the <del>community manager</del>.\n');
    expect(markdown).toContain('    - after: … members may behave, written and enforced by the <ins>content moderator</ins>.\n');
  });

  it('shows page text changes with deleted and inserted words, and counts hunks left out', () => {
    const markdown = diffToMarkdown(
      diff({
        pages: [
          {
            kind: 'kpi',
            id: 'reach',
            title: 'Reach',
            path: 'kpis/reach.mdx',
            text: {
              hunks: [
                {
                  beforeLine: 3,
                  afterLine: 3,
                  above: [],
                  below: [],
                  removed: [
                    { text: 'Reach is the ', changed: false },
                    { text: 'audience', changed: true },
                    { text: '.', changed: false },
                  ],
                  added: [
                    { text: 'Reach is the ', changed: false },
                    { text: 'unique audience ', changed: true },
                    { text: '.', changed: false },
                  ],
                },
              ],
              omitted: 2,
            },
          },
        ],
      }),
      labels,
    );
    expect(markdown).toContain(
      [
        '### Pages whose text changed',
        '',
        '- **Reach** (KPI, `kpis/reach.mdx`)',
        '  - before: Reach is the <del>audience</del>.',
        '  - after: Reach is the <ins>unique audience</ins> .',
        '  - …and 2 more changes in this page',
      ].join('\n'),
    );
    expect(markdown).toContain('Text changed on 1 page.');
  });

  it('escapes content so it cannot break the Markdown or inject HTML', () => {
    const markdown = diffToMarkdown(
      diff({
        raci: {
          added: [],
          removed: [],
          moved: [],
          cells: [{ taskId: 't', task: 'Plan | budget *urgent* _now_ [link](x)', role: 'cm', before: 'R', after: 'A' }],
        },
        glossary: { added: [{ term: '<b>Bold</b>', definition: 'Uses <script>alert(1)</script>\nand `code`' }], removed: [], changed: [] },
      }),
      { before: '2.0', after: 'feature/<x>' },
    );
    expect(markdown).toContain('## Playbook changes: 2.0 → feature/\\<x\\>');
    expect(markdown).toContain('- **Plan \\| budget \\*urgent\\* \\_now\\_ \\[link\\](x)**: cm R → A');
    expect(markdown).toContain('- Added: **\\<b\\>Bold\\</b\\>**: Uses \\<script\\>alert(1)\\</script\\> and \\`code\\`');
    expect(markdown).not.toMatch(/<script>|<b>/);
  });
});

describe('diffSummary', () => {
  it('counts each kind of change in one sentence', () => {
    const summary = diffSummary(
      diff({
        roles: { added: [{ id: 'a', title: 'A' }], removed: [], changed: [] },
        onboarding: { added: [{ id: 'a', title: 'Onboarding', path: 'onboarding/a.mdx' }], removed: [] },
      }),
    );
    expect(summary).toBe('1 role added, 1 onboarding page added.');
    expect(diffSummary(diff())).toBe('No structural changes.');
  });
});

describe('escapeMarkdown and code', () => {
  it('escapes every character GitHub gives a meaning to and folds white space', () => {
    expect(escapeMarkdown('a|b*c_d`e<f>g[h]i~j\\k&l#m!n\n  o')).toBe('a\\|b\\*c\\_d\\`e\\<f\\>g\\[h\\]i\\~j\\\\k\\&l\\#m\\!n o');
  });

  it('makes a code span that survives backticks inside', () => {
    expect(code('a / b')).toBe('`a / b`');
    expect(code('a ` b')).toBe('``a ` b``');
    expect(code('`x`')).toBe('`` `x` ``');
  });
});
