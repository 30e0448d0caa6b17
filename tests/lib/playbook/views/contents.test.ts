import { describe, expect, it } from 'vitest';
import { headingsIn, pageContents, type PageHeading } from '../../../../src/lib/playbook/contents.ts';

describe('headingsIn', () => {
  it('reads h2 and h3 headings with ids, in document order, nested ones too', () => {
    const html = `<h1 id="title">Title</h1>
      <section><h2 id="glance">At a glance</h2><div><h3 id="goals">Goals</h3></div></section>
      <h4 id="deep">Too deep</h4><h2 id="kpis">KPIs</h2>`;
    expect(headingsIn(html)).toEqual([
      { depth: 2, id: 'glance', text: 'At a glance' },
      { depth: 3, id: 'goals', text: 'Goals' },
      { depth: 2, id: 'kpis', text: 'KPIs' },
    ]);
  });

  it('skips headings nobody can link to', () => {
    expect(headingsIn('<h2>No id</h2><h2 id="">Empty id</h2><h3 id="yes">Yes</h3>')).toEqual([{ depth: 3, id: 'yes', text: 'Yes' }]);
  });

  it('takes the text a reader sees: links and counts included, markup and extra spaces not', () => {
    const html = '<h3 id="a">\n  Accountable: <a href="/x/">answers</a>  <span class="count">(25)</span>\n</h3><h2 id="q">R&amp;D &lt;team&gt;</h2>';
    expect(headingsIn(html).map((h) => h.text)).toEqual(['Accountable: answers (25)', 'R&D <team>']);
  });

  it('leaves out what a reader does not see, and decodes ids as a browser does', () => {
    const html = '<h2 id="a&amp;b">Seen<script>var h = "<h3 id=x>no</h3>";</script><style>h2{}</style> too</h2><p>after</p><h3 id="c">C</h3>';
    expect(headingsIn(html)).toEqual([
      { depth: 2, id: 'a&b', text: 'Seen too' },
      { depth: 3, id: 'c', text: 'C' },
    ]);
  });

  it('ignores headings in comments and code, which are text on the page', () => {
    const html = '<!-- <h2 id="old">Old</h2> --><pre><code>&lt;h2 id="x"&gt;</code></pre><h2 id="real">Real</h2>';
    expect(headingsIn(html)).toEqual([{ depth: 2, id: 'real', text: 'Real' }]);
  });
});

describe('pageContents', () => {
  const h = (depth: 2 | 3, id: string): PageHeading => ({ depth, id, text: id });

  it('gives a short page no contents list', () => {
    expect(pageContents([h(2, 'a'), h(2, 'b')])).toBeUndefined();
    expect(pageContents([])).toBeUndefined();
  });

  it('lists a page with three headings or more', () => {
    expect(pageContents([h(2, 'a'), h(2, 'b'), h(2, 'c')])?.map((e) => e.id)).toEqual(['a', 'b', 'c']);
  });

  it('counts h3 headings towards the minimum and nests them under their h2', () => {
    expect(pageContents([h(2, 'a'), h(3, 'a1'), h(3, 'a2'), h(2, 'b')])).toEqual([
      {
        ...h(2, 'a'),
        children: [
          { ...h(3, 'a1'), children: [] },
          { ...h(3, 'a2'), children: [] },
        ],
      },
      { ...h(2, 'b'), children: [] },
    ]);
  });

  it('keeps an h3 that comes before any h2 at the top level', () => {
    expect(pageContents([h(3, 'x'), h(2, 'a'), h(3, 'a1')])?.map((e) => [e.id, e.children.map((c) => c.id)])).toEqual([
      ['x', []],
      ['a', ['a1']],
    ]);
  });

  it('takes another minimum', () => {
    expect(pageContents([h(2, 'a')], { min: 1 })).toHaveLength(1);
  });
});
