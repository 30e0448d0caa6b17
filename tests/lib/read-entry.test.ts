/** One file of a kind, from text to entry, as check, the loaders and the glossary links read it. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KIND } from '../../src/lib/content-kinds.ts';
import { formatProblem, type Problem } from '../../src/lib/problems.ts';
import { parseEntry, readEntry } from '../../src/lib/read-entry.ts';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'rolebook-read-entry-'));
const lines = (problems: readonly Problem[]) => problems.map((problem) => formatProblem(problem));

describe('parseEntry', () => {
  it('validates a YAML file against its kind, keeping the raw data and each field’s line', () => {
    const read = parseEntry(KIND.glossary, '- term: Reach\n  definition: People who saw it.\n', { root, file: 'playbook/glossary.yaml', id: 'glossary' });
    expect(read.problems).toEqual([]);
    expect(read.item!.data).toEqual([{ term: 'Reach', definition: 'People who saw it.', aliases: [] }]);
    expect(read.raw).toEqual([{ term: 'Reach', definition: 'People who saw it.' }]);
    expect(read.item!.lineOf([0, 'definition'])).toBe(2);
  });

  it('says an empty file should have held what the kind expects', () => {
    const read = parseEntry(KIND.metrics, '\uFEFF \n', { root, file: 'playbook/metrics.yaml', id: 'metrics' });
    expect(lines(read.problems)).toEqual(['playbook/metrics.yaml: is empty (expected the metric registry: every column a snapshot may carry)']);
    expect(read.item).toBeUndefined();
  });

  it('reports YAML syntax and schema problems with their lines', () => {
    const file = 'playbook/glossary.yaml';
    expect(lines(parseEntry(KIND.glossary, '- term: [\n', { root, file, id: 'glossary' }).problems)[0]).toMatch(
      /^playbook\/glossary\.yaml:\d+:\d+: YAML syntax error/,
    );
    expect(lines(parseEntry(KIND.glossary, '- term: Reach\n', { root, file, id: 'glossary' }).problems)).toEqual([
      'playbook/glossary.yaml:1: [0].definition: is required (expected a string)',
    ]);
  });

  it('keeps commentary as text: an MDX expression in it is no problem', () => {
    const read = parseEntry(KIND.reports, '---\nhighlights: [Busy month]\n---\nSales {up}.\n', { root, file: 'clients/a/reports/2026-03.mdx', id: '2026-03' });
    expect(read.problems).toEqual([]);
    expect(read.item).toMatchObject({ id: '2026-03', data: { highlights: ['Busy month'] }, body: '\n\n\nSales {up}.\n' });
  });

  it('compiles an MDX page’s body, and still gives the entry when only the body is wrong', () => {
    const read = parseEntry(KIND.roles, '---\ntitle: Analyst\nsummary: Reads numbers.\n---\nA {broken\n', {
      root,
      file: 'playbook/roles/analyst.mdx',
      id: 'analyst',
    });
    expect(lines(read.problems)[0]).toMatch(/^playbook\/roles\/analyst\.mdx:5:\d+: MDX syntax error/);
    expect(read.item?.data.title).toBe('Analyst');
  });

  it('hands a table to its kind’s own parser', () => {
    const read = parseEntry(KIND.snapshots, 'platform,impressions\nmastodon,1200\n', { root, file: 'clients/a/snapshots/2026-03.csv', id: '2026-03' });
    expect(read.item).toMatchObject({ period: '2026-03', metrics: ['impressions'], rows: [{ platform: 'mastodon', values: { impressions: 1200 } }] });
    expect(lines(parseEntry(KIND.snapshots, '', { root, file: 'clients/a/snapshots/2026-03.csv', id: '2026-03' }).problems)).toEqual([
      'clients/a/snapshots/2026-03.csv:1: is empty (expected a header line "platform,<metric ids>" and one row per platform)',
    ]);
  });
});

describe('readEntry', () => {
  it('reads the file safely first, and names what a missing one should have been', () => {
    expect(lines(readEntry(KIND.clients, { root, file: 'clients/a/client.yaml', id: 'client' }).problems)).toEqual([
      "clients/a/client.yaml: is missing (expected the client's name, playbook version and platforms)",
    ]);
    fs.mkdirSync(path.join(root, 'playbook'), { recursive: true });
    fs.writeFileSync(path.join(root, 'playbook/glossary.yaml'), '- term: Reach\n  definition: People who saw it.\n');
    expect(readEntry(KIND.glossary, { root, file: 'playbook/glossary.yaml', id: 'glossary' }).item?.data).toHaveLength(1);
  });
});
