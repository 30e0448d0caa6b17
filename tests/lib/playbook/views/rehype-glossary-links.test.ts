import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import rehypeGlossaryLinks, { playbookPlace } from '../../../../src/lib/markdown/rehype-glossary-links.ts';

interface Node {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: Node[];
}

const text = (value: string): Node => ({ type: 'text', value });
const el = (tagName: string, ...children: Node[]): Node => ({ type: 'element', tagName, properties: {}, children });
const root = (...children: Node[]): Node => ({ type: 'root', children });

/** Every link in the tree, as [text, href]. */
function links(node: Node): [string, unknown][] {
  const own: [string, unknown][] =
    node.type === 'element' && node.tagName === 'a' && node.properties?.className
      ? [[node.children?.map((c) => c.value).join('') ?? '', node.properties.href]]
      : [];
  return [...own, ...(node.children ?? []).flatMap(links)];
}

/** The text of a node and its descendants. */
function textOf(node: Node): string {
  return node.value ?? (node.children ?? []).map(textOf).join('');
}

let contentRoot: string;

beforeAll(() => {
  contentRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'rolebook-glossary-'));
  const write = (relative: string, body: string) => {
    fs.mkdirSync(path.dirname(path.join(contentRoot, relative)), { recursive: true });
    fs.writeFileSync(path.join(contentRoot, relative), body);
  };
  write(
    'playbook/glossary.yaml',
    [
      '- term: Reply time',
      '  definition: Minutes until the first answer.',
      '- term: Service level agreement',
      '  definition: What we promise.',
      '  aliases: [SLA]',
      '',
    ].join('\n'),
  );
  write('versions/2.0/glossary.yaml', '- term: Escalation\n  definition: Handing a case up.\n');
  // Broken in the ways check reports: a term without a definition, a YAML syntax error, an unknown field.
  write('versions/3.0/glossary.yaml', '- term: Escalation\n  definition: Handing a case up.\n- term: Reply time\n');
  write('versions/4.0/glossary.yaml', '- term: Escalation\n  definition: [Handing\n');
  write('versions/5.0/glossary.yaml', '- term: Escalation\n  definition: Handing a case up.\n  alias: [escalations]\n');
});

afterAll(() => {
  fs.rmSync(contentRoot, { recursive: true, force: true });
});

/** Runs the plugin on `tree` as if it were the file at `relative` under the content root. */
function run(tree: Node, relative: string, base?: string): Node {
  rehypeGlossaryLinks({ root: contentRoot, base })(tree, { path: path.join(contentRoot, relative) });
  return tree;
}

describe('playbookPlace', () => {
  const base = path.join(os.tmpdir(), 'content');
  const place = (relative: string) => playbookPlace(base, path.join(base, relative));

  it('puts draft roles, KPIs and onboarding pages in the draft', () => {
    for (const folder of ['roles', 'kpis', 'onboarding']) {
      expect(place(`playbook/${folder}/analyst.mdx`)).toEqual({ version: 'next', dir: 'playbook' });
    }
  });

  it('puts released pages in their version', () => {
    expect(place('versions/2.0/roles/analyst.mdx')).toEqual({ version: '2.0', dir: 'versions/2.0' });
    expect(place('versions/1.3/kpis/reach.mdx')).toEqual({ version: '1.3', dir: 'versions/1.3' });
  });

  it('ignores other files of the content root', () => {
    expect(place('clients/acme/reports/2025-01.mdx')).toBeUndefined();
    expect(place('playbook/glossary.yaml')).toBeUndefined();
    expect(place('versions/2.0/responsibilities.yaml')).toBeUndefined();
  });

  it('ignores files outside the content root', () => {
    expect(playbookPlace(base, path.join(os.tmpdir(), 'elsewhere', 'playbook', 'roles', 'x.mdx'))).toBeUndefined();
  });
});

describe('rehypeGlossaryLinks', () => {
  it('links the first mention to the glossary of the draft', () => {
    const tree = run(root(el('p', text('Keep the reply time short.'))), 'playbook/roles/support-agent.mdx');
    expect(links(tree)).toEqual([['reply time', '/playbook/next/glossary/#term-reply-time']]);
  });

  it('links below the base of a site served under a path', () => {
    const tree = run(root(el('p', text('Keep the reply time short.'))), 'playbook/roles/support-agent.mdx', '/team-playbook/');
    expect(links(tree)).toEqual([['reply time', '/team-playbook/playbook/next/glossary/#term-reply-time']]);
  });

  it('keeps the text around the link and gives the link the definition as title', () => {
    const tree = run(root(el('p', text('Keep the reply time short.'))), 'playbook/kpis/reply-time.mdx');
    const p = tree.children![0]!;
    expect(p.children!.map((c) => c.tagName ?? c.value)).toEqual(['Keep the ', 'a', ' short.']);
    expect(p.children![1]!.properties).toMatchObject({ className: ['term'], title: 'Minutes until the first answer.' });
    expect(textOf(tree)).toBe('Keep the reply time short.');
  });

  it('links each term once per page, across paragraphs', () => {
    const tree = run(root(el('p', text('Reply time, then reply time.')), el('p', text('Reply time again.'))), 'playbook/roles/analyst.mdx');
    expect(links(tree)).toHaveLength(1);
  });

  it('links different terms in the same text, through an alias too', () => {
    const tree = run(root(el('p', text('Our SLA sets the reply time.'))), 'playbook/onboarding/analyst.mdx');
    expect(links(tree)).toEqual([
      ['SLA', '/playbook/next/glossary/#term-service-level-agreement'],
      ['reply time', '/playbook/next/glossary/#term-reply-time'],
    ]);
  });

  it('links inside inline markup of a paragraph', () => {
    const tree = run(root(el('p', el('strong', text('Reply time')))), 'playbook/roles/analyst.mdx');
    expect(links(tree)).toEqual([['Reply time', '/playbook/next/glossary/#term-reply-time']]);
  });

  it('does not link inside links, code or headings, and links the next plain mention instead', () => {
    const tree = run(
      root(
        el('h2', text('Reply time')),
        el('p', el('a', text('reply time')), text(' and '), el('code', text('reply time'))),
        el('pre', el('code', text('reply time'))),
        el('p', text('Measure reply time.')),
      ),
      'playbook/roles/analyst.mdx',
    );
    expect(links(tree)).toEqual([['reply time', '/playbook/next/glossary/#term-reply-time']]);
    expect(textOf(tree.children![3]!)).toBe('Measure reply time.');
    expect(tree.children![3]!.children![1]!.tagName).toBe('a');
  });

  it("uses the glossary and URL of a released page's own version", () => {
    const tree = run(root(el('p', text('Reply time matters; escalation too.'))), 'versions/2.0/roles/analyst.mdx');
    expect(links(tree)).toEqual([['escalation', '/playbook/2.0/glossary/#term-escalation']]);
  });

  it('does nothing for files outside roles, KPIs and onboarding', () => {
    const tree = run(root(el('p', text('Reply time matters.'))), 'clients/acme/reports/2025-01.mdx');
    expect(links(tree)).toEqual([]);
    expect(tree.children![0]!.children).toEqual([text('Reply time matters.')]);
  });

  it('does nothing when the version has no glossary', () => {
    const tree = run(root(el('p', text('Reply time matters.'))), 'versions/1.0/roles/analyst.mdx');
    expect(links(tree)).toEqual([]);
  });

  it('links nothing, and does not throw, when the glossary has a problem check reports', () => {
    for (const version of ['3.0', '4.0', '5.0']) {
      const tree = run(root(el('p', text('Escalation, then reply time.'))), `versions/${version}/roles/analyst.mdx`);
      expect(links(tree), version).toEqual([]);
    }
  });

  it('reads the glossary again when the file changes', () => {
    const file = path.join(contentRoot, 'versions/6.0/glossary.yaml');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, '- term: Escalation\n  definition: Handing a case up.\n');
    const page = () => links(run(root(el('p', text('Escalation and reach.'))), 'versions/6.0/kpis/reach.mdx')).map(([linked]) => linked);
    expect(page()).toEqual(['Escalation']);
    fs.writeFileSync(file, '- term: Reach\n  definition: People who saw it.\n');
    const later = new Date(Date.now() + 60_000);
    fs.utimesSync(file, later, later);
    expect(page()).toEqual(['reach']);
  });

  it('does nothing for a file without a path', () => {
    const tree = root(el('p', text('Reply time matters.')));
    rehypeGlossaryLinks({ root: contentRoot })(tree, {});
    expect(links(tree)).toEqual([]);
  });
});
