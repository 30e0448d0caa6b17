import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../../../src/lib/read-content.ts';
import { areasOf, fromSource, playbookModel, type ModelParts } from '../../../../src/lib/playbook/model.ts';
import { kpiSchema } from '../../../../src/schemas/kpi.ts';
import { roleSchema } from '../../../../src/schemas/role.ts';
import { VALID_FIXTURE } from '../../../helpers/paths.ts';

describe('areasOf', () => {
  const areas = areasOf([
    {
      area: 'Clients',
      tasks: [
        { id: 'kick-off', task: 'Run the kick-off meeting', raci: { 'account-lead': 'A/R' } },
        { task: 'Send the Monthly Report', raci: { analyst: 'R', 'account-lead': 'A' } },
      ],
    },
    { area: 'Support', tasks: [{ task: 'Answer tickets & DMs', raci: { 'support-agent': 'A/R' } }] },
  ]);

  it('keeps areas and tasks in file order', () => {
    expect(areas.map((a) => [a.area, a.tasks.map((t) => t.task)])).toEqual([
      ['Clients', ['Run the kick-off meeting', 'Send the Monthly Report']],
      ['Support', ['Answer tickets & DMs']],
    ]);
  });

  it('keeps an explicit task id', () => {
    expect(areas[0]!.tasks[0]!.id).toBe('kick-off');
  });

  it('derives a missing task id from the task text', () => {
    expect(areas[0]!.tasks[1]!.id).toBe('send-the-monthly-report');
    expect(areas[1]!.tasks[0]!.id).toBe('answer-tickets-and-dms');
  });

  it('gives each task its area and its RACI cells', () => {
    expect(areas[0]!.tasks[1]).toEqual({
      id: 'send-the-monthly-report',
      area: 'Clients',
      task: 'Send the Monthly Report',
      raci: { analyst: 'R', 'account-lead': 'A' },
    });
    expect(areas[1]!.tasks[0]!.area).toBe('Support');
  });

  it('gives no areas for an empty file', () => {
    expect(areasOf([])).toEqual([]);
  });
});

describe('playbookModel', () => {
  const role = (id: string, title: string, body = '') => ({
    id,
    file: `playbook/roles/${id}.mdx`,
    data: roleSchema.parse({ title, summary: `What the ${title} does.` }),
    body,
  });
  const kpi = (id: string, name: string) => ({
    id,
    file: `playbook/kpis/${id}.mdx`,
    data: kpiSchema.parse({ name, owner: 'analyst', formula: 'likes', unit: 'count', direction: 'up' }),
    body: '',
  });
  const onboarding = (id: string) => ({
    id,
    file: `playbook/onboarding/${id}.mdx`,
    data: { title: id, weeks: [{ title: 'Week 1', items: ['Read'] }] },
    body: '',
  });
  const parts: ModelParts = {
    roles: [role('support-agent', 'Support Agent'), role('analyst', 'Analyst', '\n\n\nThe body.\n')],
    kpis: [kpi('reply-rate', 'Reply rate'), kpi('audience-growth', 'Audience growth')],
    onboarding: [onboarding('support-agent'), onboarding('analyst')],
    responsibilities: [{ area: 'Support', tasks: [{ task: 'Answer tickets', raci: { 'support-agent': 'A/R' } }] }],
  };
  const model = playbookModel('next', 'playbook', parts);

  it('orders roles by title and KPIs by name, and keeps onboarding in the order given', () => {
    expect(model.roles.map((r) => r.id)).toEqual(['analyst', 'support-agent']);
    expect(model.kpis.map((k) => k.id)).toEqual(['audience-growth', 'reply-rate']);
    expect(model.onboarding.map((o) => o.id)).toEqual(['support-agent', 'analyst']);
  });

  it('gives each page its frontmatter, id, file and body without the blank lines the frontmatter left', () => {
    expect(model.roles[0]).toMatchObject({ id: 'analyst', file: 'playbook/roles/analyst.mdx', title: 'Analyst', goals: [], body: 'The body.\n' });
  });

  it('derives task ids, and has no metrics or glossary for files that are missing', () => {
    expect(model.areas).toEqual([
      { area: 'Support', tasks: [{ id: 'answer-tickets', area: 'Support', task: 'Answer tickets', raci: { 'support-agent': 'A/R' } }] },
    ]);
    expect([model.metrics, model.glossary]).toEqual([[], []]);
  });

  it('is the same from check’s tree (frontmatter lines blanked) as from the site’s entries (body after the frontmatter)', () => {
    const [source] = readContent(VALID_FIXTURE).tree.playbooks;
    // What Astro's glob loader gives a page: the text after the closing --- line.
    const asSite = <T>(entries: { id: string; file: string; data: T }[]) =>
      entries.map(({ id, file, data }) => ({
        id,
        file,
        data,
        body: fs.readFileSync(path.join(VALID_FIXTURE, file), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''),
      }));
    const site = playbookModel(source!.version, source!.dir, {
      roles: asSite(source!.roles),
      kpis: asSite(source!.kpis),
      onboarding: asSite(source!.onboarding),
      metrics: source!.metrics?.data,
      responsibilities: source!.responsibilities?.data,
      glossary: source!.glossary?.data,
    });
    expect(site).toEqual(fromSource(source!));
    expect(site.roles.map((r) => r.title)).toEqual(['Account Lead', 'Support Agent']);
    expect(source!.roles[0]!.body).toMatch(/^\n/);
  });
});
