import { describe, expect, it } from 'vitest';
import { diffPlaybooks, isEmpty } from '../../../src/lib/playbook/diff.ts';
import { loadPlaybooks } from '../../../src/lib/playbook/load.ts';
import type { PlaybookKpi, PlaybookModel, PlaybookRole, PlaybookTask } from '../../../src/lib/playbook/model.ts';
import { DEMO_CONTENT } from '../../helpers/paths.ts';

function role(id: string, fields: Partial<PlaybookRole> = {}): PlaybookRole {
  return {
    id,
    file: `playbook/roles/${id}.mdx`,
    body: 'The role narrative.',
    title: id,
    summary: `What ${id} does.`,
    goals: [],
    skills: [],
    tools: [],
    kpis: [],
    routine: [],
    ...fields,
  };
}

function kpi(id: string, fields: Partial<PlaybookKpi> = {}): PlaybookKpi {
  return {
    id,
    file: `playbook/kpis/${id}.mdx`,
    body: 'Why it matters.',
    name: id,
    owner: 'community-manager',
    formula: 'likes / impressions',
    unit: 'percent',
    direction: 'up',
    headline: false,
    movedBy: [],
    ...fields,
  };
}

function task(id: string, text: string, raci: PlaybookTask['raci'], area = 'Reporting'): PlaybookTask {
  return { id, area, task: text, raci };
}

const REPORT = task('report-on-metrics', 'Report on metrics to the client', { 'social-media-manager': 'A', 'community-manager': 'R' });
const COLLECT = task('collect-snapshots', 'Collect the snapshots', { 'social-media-manager': 'A/R' });

/** A small playbook: two roles, two KPIs, two metrics, two tasks, one onboarding page, one term. */
function model(overrides: Partial<PlaybookModel> = {}): PlaybookModel {
  return {
    version: 'next',
    dir: 'playbook',
    roles: [role('community-manager'), role('social-media-manager')],
    kpis: [kpi('engagement-rate'), kpi('reach', { formula: 'reach', unit: 'count' })],
    metrics: [
      { id: 'impressions', label: 'Impressions', kind: 'flow', unit: 'count' },
      { id: 'likes', label: 'Likes', kind: 'flow', unit: 'count' },
    ],
    areas: [{ area: 'Reporting', tasks: [REPORT, COLLECT] }],
    onboarding: [
      {
        id: 'community-manager',
        file: 'playbook/onboarding/community-manager.mdx',
        body: 'Your buddy is the social media manager.',
        title: 'Onboarding — Community Manager',
        weeks: [{ title: 'Week 1', items: ['Get access to the inbox', 'Read the guidelines'] }],
      },
    ],
    glossary: [{ term: 'Reach', definition: 'People who saw the content.', aliases: [] }],
    ...overrides,
  };
}

/** The same playbook released as 2.0: every file under versions/2.0/. */
function released(overrides: Partial<PlaybookModel> = {}): PlaybookModel {
  const moved = <T extends { file: string }>(items: T[]) => items.map((item) => ({ ...item, file: item.file.replace(/^playbook\//, 'versions/2.0/') }));
  const base = model(overrides);
  return { ...base, version: '2.0', dir: 'versions/2.0', roles: moved(base.roles), kpis: moved(base.kpis), onboarding: moved(base.onboarding) };
}

describe('diffPlaybooks: nothing changed', () => {
  it('is empty for the same content in two folders', () => {
    const diff = diffPlaybooks(released(), model());
    expect(isEmpty(diff)).toBe(true);
    expect(diff.raci).toEqual({ added: [], removed: [], moved: [], cells: [] });
    expect(diff.pages).toEqual([]);
  });

  it('ignores the order of roles, KPIs and set-like lists', () => {
    const before = released({ roles: [role('a', { skills: ['x', 'y'] }), role('b')] });
    const after = model({ roles: [role('b'), role('a', { skills: ['y', 'x'] })] });
    expect(isEmpty(diffPlaybooks(before, after))).toBe(true);
  });
});

describe('diffPlaybooks: roles', () => {
  it('lists roles added and removed by id and title', () => {
    const diff = diffPlaybooks(released(), model({ roles: [role('community-manager'), role('content-moderator', { title: 'Content Moderator' })] }));
    expect(diff.roles.added).toEqual([{ id: 'content-moderator', title: 'Content Moderator' }]);
    expect(diff.roles.removed).toEqual([{ id: 'social-media-manager', title: 'social-media-manager' }]);
    expect(diff.roles.changed).toEqual([]);
  });

  it('reports each changed field with before and after', () => {
    const before = released({ roles: [role('cm', { title: 'CM', voice: 'brand', skills: ['Writing', 'Listening'], kpis: ['reach'], reportsTo: 'smm' })] });
    const after = model({ roles: [role('cm', { title: 'Community Manager', voice: 'own', skills: ['Listening', 'Moderation'], kpis: ['reach'] })] });
    expect(diffPlaybooks(before, after).roles.changed).toEqual([
      {
        item: { id: 'cm', title: 'Community Manager' },
        changes: [
          { field: 'title', kind: 'value', before: 'CM', after: 'Community Manager' },
          { field: 'voice', kind: 'value', before: 'brand', after: 'own' },
          { field: 'skills', kind: 'set', before: ['Writing', 'Listening'], after: ['Listening', 'Moderation'], added: ['Moderation'], removed: ['Writing'] },
          { field: 'reportsTo', kind: 'value', before: 'smm', after: undefined },
        ],
      },
    ]);
  });

  it('compares the routine as an ordered list', () => {
    const morning = { when: '09:00', what: 'Inbox' };
    const noon = { when: '12:00', what: 'Posts' };
    const diff = diffPlaybooks(released({ roles: [role('cm', { routine: [morning, noon] })] }), model({ roles: [role('cm', { routine: [noon, morning] })] }));
    expect(diff.roles.changed[0]!.changes).toEqual([
      { field: 'routine', kind: 'list', before: ['09:00: Inbox', '12:00: Posts'], after: ['12:00: Posts', '09:00: Inbox'], added: [], removed: [] },
    ]);
  });
});

describe('diffPlaybooks: RACI', () => {
  it('reports a cell that changed letter and a cell that appeared', () => {
    const after = task('report-on-metrics', REPORT.task, { 'social-media-manager': 'A', 'community-manager': 'A/R', 'content-moderator': 'C' });
    const diff = diffPlaybooks(released(), model({ areas: [{ area: 'Reporting', tasks: [after, COLLECT] }] }));
    expect(diff.raci.cells).toEqual([
      { taskId: 'report-on-metrics', task: 'Report on metrics to the client', role: 'community-manager', before: 'R', after: 'A/R' },
      { taskId: 'report-on-metrics', task: 'Report on metrics to the client', role: 'content-moderator', before: undefined, after: 'C' },
    ]);
  });

  it('reports a cell that went away', () => {
    const after = task('collect-snapshots', COLLECT.task, {});
    expect(diffPlaybooks(released(), model({ areas: [{ area: 'Reporting', tasks: [REPORT, after] }] })).raci.cells).toEqual([
      { taskId: 'collect-snapshots', task: 'Collect the snapshots', role: 'social-media-manager', before: 'A/R', after: undefined },
    ]);
  });

  it('lists tasks added and removed with their area, text and cells', () => {
    const added = task('moderate', 'Moderate comments', { 'content-moderator': 'A/R' }, 'Moderation');
    const diff = diffPlaybooks(
      released(),
      model({
        areas: [
          { area: 'Reporting', tasks: [REPORT] },
          { area: 'Moderation', tasks: [added] },
        ],
      }),
    );
    expect(diff.raci.added).toEqual([{ id: 'moderate', area: 'Moderation', task: 'Moderate comments', raci: { 'content-moderator': 'A/R' } }]);
    expect(diff.raci.removed).toEqual([{ id: 'collect-snapshots', area: 'Reporting', task: 'Collect the snapshots', raci: { 'social-media-manager': 'A/R' } }]);
    expect(diff.raci.cells).toEqual([]);
  });

  it('reports a task renamed or moved to another area under the same id', () => {
    const renamed = task('report-on-metrics', 'Send the monthly report', REPORT.raci);
    const moved = task('collect-snapshots', COLLECT.task, COLLECT.raci, 'Analytics');
    const diff = diffPlaybooks(
      released(),
      model({
        areas: [
          { area: 'Reporting', tasks: [renamed] },
          { area: 'Analytics', tasks: [moved] },
        ],
      }),
    );
    expect(diff.raci.moved).toEqual([
      { id: 'collect-snapshots', before: { area: 'Reporting', task: 'Collect the snapshots' }, after: { area: 'Analytics', task: 'Collect the snapshots' } },
      {
        id: 'report-on-metrics',
        before: { area: 'Reporting', task: 'Report on metrics to the client' },
        after: { area: 'Reporting', task: 'Send the monthly report' },
      },
    ]);
    expect(diff.raci.added).toEqual([]);
    expect(diff.raci.cells).toEqual([]);
  });
});

describe('diffPlaybooks: KPIs, metrics, glossary', () => {
  it('reports formula, unit, direction, owner, headline and name changes', () => {
    const after = kpi('engagement-rate', {
      formula: 'likes / reach',
      unit: 'ratio',
      direction: 'down',
      owner: 'social-media-manager',
      headline: true,
      name: 'Engagement',
    });
    const diff = diffPlaybooks(released(), model({ kpis: [after, kpi('reach', { formula: 'reach', unit: 'count' })] }));
    expect(diff.kpis.changed).toHaveLength(1);
    expect(diff.kpis.changed[0]!.item).toEqual({
      id: 'engagement-rate',
      name: 'Engagement',
      formula: 'likes / reach',
      unit: 'ratio',
      direction: 'down',
      owner: 'social-media-manager',
    });
    expect(diff.kpis.changed[0]!.changes).toEqual([
      { field: 'formula', kind: 'value', before: 'likes / impressions', after: 'likes / reach' },
      { field: 'unit', kind: 'value', before: 'percent', after: 'ratio' },
      { field: 'direction', kind: 'value', before: 'up', after: 'down' },
      { field: 'owner', kind: 'value', before: 'community-manager', after: 'social-media-manager' },
      { field: 'headline', kind: 'value', before: false, after: true },
      { field: 'name', kind: 'value', before: 'engagement-rate', after: 'Engagement' },
    ]);
  });

  it('lists KPIs added and removed, sorted by id', () => {
    const diff = diffPlaybooks(released(), model({ kpis: [kpi('save-rate'), kpi('engagement-rate'), kpi('average-time')] }));
    expect(diff.kpis.added.map((k) => k.id)).toEqual(['average-time', 'save-rate']);
    expect(diff.kpis.removed).toEqual([{ id: 'reach', name: 'reach', formula: 'reach', unit: 'count', direction: 'up', owner: 'community-manager' }]);
  });

  it('reports metrics added, removed and changed', () => {
    const after = model({
      metrics: [
        { id: 'impressions', label: 'Views', kind: 'stock', unit: 'count' },
        { id: 'saves', label: 'Saves', kind: 'flow', unit: 'count' },
      ],
    });
    const diff = diffPlaybooks(released(), after);
    expect(diff.metrics.added).toEqual([{ id: 'saves', label: 'Saves', kind: 'flow', unit: 'count' }]);
    expect(diff.metrics.removed).toEqual([{ id: 'likes', label: 'Likes', kind: 'flow', unit: 'count' }]);
    expect(diff.metrics.changed).toEqual([
      {
        item: { id: 'impressions', label: 'Views', kind: 'stock', unit: 'count' },
        changes: [
          { field: 'kind', kind: 'value', before: 'flow', after: 'stock' },
          { field: 'label', kind: 'value', before: 'Impressions', after: 'Views' },
        ],
      },
    ]);
  });

  it('reports glossary terms added, removed and redefined', () => {
    const after = model({
      glossary: [
        { term: 'Reach', definition: 'Unique people who saw the content.', aliases: ['unique reach'] },
        { term: 'CTR', definition: 'Clicks per impression.', aliases: [] },
      ],
    });
    const diff = diffPlaybooks(released({ glossary: [...model().glossary, { term: 'Bio', definition: 'Profile text.', aliases: [] }] }), after);
    expect(diff.glossary.added).toEqual([{ term: 'CTR', definition: 'Clicks per impression.' }]);
    expect(diff.glossary.removed).toEqual([{ term: 'Bio', definition: 'Profile text.' }]);
    expect(diff.glossary.changed[0]!.changes).toEqual([
      { field: 'definition', kind: 'value', before: 'People who saw the content.', after: 'Unique people who saw the content.' },
      { field: 'aliases', kind: 'set', before: [], after: ['unique reach'], added: ['unique reach'], removed: [] },
    ]);
  });
});

describe('diffPlaybooks: page text', () => {
  it('reports role, KPI and onboarding pages whose text changed, with a text diff and the path inside the playbook', () => {
    const before = released();
    const after = model({
      roles: [role('community-manager', { body: 'The role narrative, rewritten.' }), role('social-media-manager')],
      kpis: [kpi('engagement-rate', { body: 'Why it matters to clients.' }), kpi('reach', { formula: 'reach', unit: 'count' })],
      onboarding: [{ ...model().onboarding[0]!, weeks: [{ title: 'Week 1', items: ['Get access to the inbox', 'Read the community guidelines'] }] }],
    });
    const pages = diffPlaybooks(before, after).pages;
    expect(pages.map(({ kind, id, title, path }) => ({ kind, id, title, path }))).toEqual([
      { kind: 'role', id: 'community-manager', title: 'community-manager', path: 'roles/community-manager.mdx' },
      { kind: 'kpi', id: 'engagement-rate', title: 'engagement-rate', path: 'kpis/engagement-rate.mdx' },
      { kind: 'onboarding', id: 'community-manager', title: 'Onboarding — Community Manager', path: 'onboarding/community-manager.mdx' },
    ]);
    expect(pages[0]!.text.hunks[0]!.added).toEqual([
      { text: 'The role narrative', changed: false },
      { text: ', rewritten', changed: true },
      { text: '.', changed: false },
    ]);
    expect(pages[2]!.text.hunks[0]!.added.filter((s) => s.changed).map((s) => s.text)).toEqual(['community ']);
  });

  it('does not report a page whose text differs only in line endings and trailing blanks', () => {
    const after = model({ roles: [role('community-manager', { body: 'The role narrative.  \r\n\r\n' }), role('social-media-manager')] });
    expect(diffPlaybooks(released(), after).pages).toEqual([]);
  });

  it('lists onboarding pages added and removed', () => {
    const page = { ...model().onboarding[0]!, id: 'social-media-manager', title: 'Onboarding — SMM', file: 'playbook/onboarding/social-media-manager.mdx' };
    const diff = diffPlaybooks(released(), model({ onboarding: [page] }));
    expect(diff.onboarding).toEqual({
      added: [{ id: 'social-media-manager', title: 'Onboarding — SMM', path: 'onboarding/social-media-manager.mdx' }],
      removed: [{ id: 'community-manager', title: 'Onboarding — Community Manager', path: 'onboarding/community-manager.mdx' }],
    });
  });
});

describe('diffPlaybooks on the demo content', () => {
  const { models, problems } = loadPlaybooks(DEMO_CONTENT);
  const [v1, v2, draft] = [models.get('1.0')!, models.get('2.0')!, models.get('next')!];

  it('loads clean', () => {
    expect(problems).toEqual([]);
  });

  it('1.0 → 2.0 adds the content moderator and measures engagement against impressions', () => {
    const diff = diffPlaybooks(v1, v2);
    expect(diff.roles.added).toContainEqual({ id: 'content-moderator', title: 'Content Moderator' });
    const engagement = diff.kpis.changed.find((c) => c.item.id === 'engagement-rate');
    expect(engagement?.changes).toContainEqual({ field: 'formula', kind: 'value', before: 'engagements / reach', after: 'engagements / impressions' });
  });

  it("2.0 → next makes replies from the brand account the social media manager's and adds the KPIs the sources measure roles by", () => {
    const diff = diffPlaybooks(v2, draft);
    expect(diff.raci.cells).toContainEqual(expect.objectContaining({ taskId: 'reply-to-comments', role: 'social-media-manager', after: 'A' }));
    expect(diff.kpis.added.map((k) => k.id)).toEqual(
      expect.arrayContaining(['community-growth', 'community-size', 'conversions', 'new-followers', 'save-rate', 'website-visits']),
    );
    expect(diff.roles.added).toEqual([]);
  });
});
