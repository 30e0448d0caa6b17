import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/problems.ts';
import {
  commentaryProblems,
  highlightProblems,
  isSafeUrl,
  keepParsedCommentary,
  renderCommentary,
  renderHighlights,
  type Citation,
} from '../../../src/lib/reports/commentary.ts';

const names = { kpis: new Set(['engagement-rate', 'reply-rate']), platforms: new Set(['instagram', 'linkedin']) };
const problems = (body: string) => commentaryProblems(body, 'clients/acme/reports/2026-03.mdx', names).map((p) => formatProblem(p));

describe('commentary check', () => {
  it('accepts plain Markdown with citations', () => {
    expect(
      problems(
        '---\nhighlights: []\n---\n\nEngagement reached :kpi[engagement-rate] (:change[engagement-rate]), :kpi[reply-rate]{platform=linkedin} on LinkedIn; target :target[reply-rate].\n\n| a | b |\n| - | - |\n| 1 | 2 |\n',
      ),
    ).toEqual([]);
  });

  it('names MDX code and expressions with their line', () => {
    expect(problems('\n\nimport Chart from "./chart.js"\n\nexport const x = 1\n\nWe saw {process.env.ROLEBOOK_SHARE_SECRET} growth.\n')).toEqual([
      'clients/acme/reports/2026-03.mdx:3: "import" is MDX code, and commentary is text: nothing in it is run (expected plain Markdown; cite numbers with :kpi[id], :change[id] or :target[id])',
      'clients/acme/reports/2026-03.mdx:5: "export" is MDX code, and commentary is text: nothing in it is run (expected plain Markdown; cite numbers with :kpi[id], :change[id] or :target[id])',
      'clients/acme/reports/2026-03.mdx:7: "{process.env.ROLEBOOK_SHARE_SECRET}" is an MDX expression, and commentary is text: nothing in it is run (expected plain Markdown; cite numbers with :kpi[id], :change[id] or :target[id], and write \\{ for a brace)',
    ]);
    expect(problems('A literal \\{brace} is fine.\n')).toEqual([]);
  });

  it('refuses javascript: and data: links, in links, images and definitions', () => {
    expect(problems('[click](javascript:alert(1))\n\n[x](data:image/png;base64,AAA)\n\n[ref]: JaVaScRiPt:alert(1)\n')).toEqual([
      'clients/acme/reports/2026-03.mdx:1: link to "javascript:alert(1)" is not allowed (expected an http(s), mailto or relative URL)',
      'clients/acme/reports/2026-03.mdx:3: link to "data:image/png;base64,AAA" is not allowed (expected an http(s), mailto or relative URL)',
      'clients/acme/reports/2026-03.mdx:5: link to "JaVaScRiPt:alert(1)" is not allowed (expected an http(s), mailto or relative URL)',
    ]);
    for (const url of ['https://example.com', 'mailto:a@b.c', '../2026-02/', '#kpis', 'data.csv']) expect(isSafeUrl(url), url).toBe(true);
    for (const url of ['javascript:x', ' java\tscript:x', 'vbscript:x', 'data:text/html,x', 'file:///etc/passwd']) expect(isSafeUrl(url), url).toBe(false);
  });

  it('reads a colon in prose as text, and names an image', () => {
    expect(problems('Write to mailto:team or javascript:window, at 10:30.\n')).toEqual([]);
    expect(problems('![chart](https://cdn.example/chart.png)\n')).toEqual([
      'clients/acme/reports/2026-03.mdx:1: images are not shown in commentary: a remote image would tell its host who reads the report (expected text, or a link to the image)',
    ]);
    expect(problems(':kpis[reply-rate]\n')).toEqual([
      'clients/acme/reports/2026-03.mdx:1: ":kpis" is not a citation (expected :kpi[id], :change[id] or :target[id], optionally with {platform=id})',
    ]);
  });

  it('names unknown KPIs, platforms and directives', () => {
    expect(problems(':kpi[reach-rate] and :kpi[reply-rate]{platform=tiktok} and :target[reply-rate]{platform=linkedin}\n\n::chart[x]\n\n:kpi[]\n')).toEqual([
      'clients/acme/reports/2026-03.mdx:1: reach-rate: :kpi[reach-rate] cites an unknown KPI (expected one of engagement-rate, reply-rate)',
      'clients/acme/reports/2026-03.mdx:1: reply-rate: :kpi[reply-rate]{platform=tiktok} names a platform this client is not on (expected one of instagram, linkedin)',
      "clients/acme/reports/2026-03.mdx:1: reply-rate: :target[reply-rate] takes no platform: targets are for the client's platforms together (expected :target[reply-rate])",
      'clients/acme/reports/2026-03.mdx:3: "::chart" is not a citation (expected :kpi[id], :change[id] or :target[id], optionally with {platform=id})',
      'clients/acme/reports/2026-03.mdx:5: :kpi[] names no KPI (expected a KPI id, such as :kpi[engagement-rate])',
    ]);
  });
});

describe('commentary rendering', () => {
  const cite = (c: Citation) =>
    c.kpi === 'reply-rate' ? { text: 'no data: messages is 0', missing: true } : { text: `${c.kind}:${c.kpi}:${c.platform ?? 'all'}`, raw: 0.05 };

  it('renders GFM and replaces citations by the values given', () => {
    const html = renderCommentary('Rate :kpi[engagement-rate]{platform=instagram}, :kpi[reply-rate].\n\n- [x] done\n', cite);
    expect(html).toContain(
      '<p>Rate <data class="cited" value="0.05">kpi:engagement-rate:instagram</data>, <data class="no-data">no data: messages is 0</data>.</p>',
    );
    expect(html).toContain('<input type="checkbox" checked disabled>');
  });

  it('ends a sentence with one full stop after a value that ends in one, but keeps an ellipsis', () => {
    const minutes = () => ({ text: '1 Std. 21 Min.', raw: 81 });
    expect(renderCommentary('Die Antwort kam nach :kpi[average-response-time]. Gut.', minutes)).toBe(
      '<p>Die Antwort kam nach <data class="cited" value="81">1 Std. 21 Min.</data> Gut.</p>',
    );
    expect(renderCommentary('Erst :kpi[average-response-time]... dann mehr', minutes)).toContain('</data>... dann');
    expect(renderCommentary('Rate :kpi[engagement-rate].', cite)).toContain('</data>.</p>');
  });

  it('runs nothing and keeps no script, handler, iframe or unsafe URL', () => {
    const html = renderCommentary(
      '{process.env.HOME}\n\n<script>alert(1)</script><img src="x" onerror="alert(1)"><iframe src="https://evil"></iframe>\n\n[a](javascript:alert(1)) <a href="javascript:alert(2)">b</a> <a href="https://ok.example/">c</a> mailto:team\n',
      cite,
    );
    expect(html).toContain('{process.env.HOME}');
    expect(html).toContain('mailto:team');
    expect(html).not.toMatch(/<script|onerror|<iframe|<img|javascript:/i);
    expect(html).toContain('<a href="https://ok.example/">c</a>');
  });
});

describe('renderHighlights', () => {
  const cite = (citation: Citation) =>
    citation.kpi === 'reply-rate' ? { text: 'no data', missing: true } : { text: `<${citation.kind} ${citation.kpi}>`, raw: 0.05 };
  const oneByOne = (highlights: string[]) => highlights.map((highlight) => renderCommentary(highlight, cite).replace(/^<p>([\s\S]*)<\/p>$/, '$1'));
  // Parsed together when that is the same parse as one by one; these sets probe where it is not.
  const sets: Record<string, string[]> = {
    'plain sentences': ['Reach rose after the event', 'Clicks recovered, 4.5 % of 12,000', 'Spend stayed flat'],
    citations: [
      'Engagement :kpi[engagement-rate] (:change[engagement-rate])',
      'Replies :kpi[reply-rate]{platform=linkedin}',
      'Target :target[engagement-rate]',
    ],
    'inline Markdown': ['**Bold** and _italic_ with `code`', 'A [link](https://example.com) and www.example.com', 'Escaped \\* star, & ampersand < less'],
    'a list item': ['- first', '- second'],
    'an ordered item': ['1. one', 'two'],
    'a heading': ['# Big', 'small'],
    'a setext heading': ['Title\n===', 'after'],
    'raw HTML left open': ['<b>bold never closed', 'next one'],
    'inline HTML': ['an <em>emphasised</em> word', 'and <script>alert(1)</script> none'],
    'a definition used by the next': ['[ref]: https://example.com', 'see [ref]'],
    'a footnote': ['a claim[^1]', '[^1]: the source'],
    'an open fence': ['```', 'inside?'],
    'indented code': ['    code', 'text'],
    'a blank line inside': ['one\n\ntwo', 'three'],
    'an empty one': ['', 'not empty'],
    'a lazy continuation': ['> quote', 'lazy'],
    'a not-citation directive': ['mailto:x and javascript:window', ':::note'],
    'trailing spaces': ['hard break  ', '  leading spaces'],
    'one only': ['just :kpi[engagement-rate]'],
    'the same twice': ['Reach :kpi[engagement-rate]', 'Reach :kpi[engagement-rate]'],
    none: [],
  };
  it.each(Object.entries(sets))('gives what each highlight renders alone: %s', (_name, highlights) => {
    expect(renderHighlights(highlights, cite)).toEqual(oneByOne(highlights));
  });

  it.each(Object.entries({ ...sets, 'problems in two': ['Reach :kpi[ghost]', 'fine', 'Replies :kpi[reply-rate]{platform=tiktok} [x](javascript:y)'] }))(
    'finds the problems each highlight has alone, at its index: %s',
    (_name, highlights) => {
      const names = { kpis: new Set(['engagement-rate', 'reply-rate']), platforms: new Set(['linkedin']) };
      const withoutLine = ({ line: _line, ...problem }: { line?: number }) => problem;
      const alone = highlights.flatMap((highlight, index) =>
        commentaryProblems(highlight, 'r.md', names).map((problem) => ({ index, problem: withoutLine(problem) })),
      );
      const found = highlightProblems(highlights, 'r.md', names).map(({ index, problem }) => ({ index, problem: withoutLine(problem) }));
      expect(found).toEqual(alone);
    },
  );

  describe('from the trees a build’s check kept', () => {
    const names = { kpis: new Set(['engagement-rate', 'reply-rate']), platforms: new Set(['linkedin']) };
    afterEach(() => keepParsedCommentary(false));

    it.each(Object.entries(sets))('gives what each highlight renders alone: %s', (_name, highlights) => {
      const expected = oneByOne(highlights);
      keepParsedCommentary(true);
      highlightProblems(highlights, 'report.md', names);
      expect(renderHighlights(highlights, cite)).toEqual(expected);
      // Each tree is taken once: rendering again parses anew and gives the same.
      expect(renderHighlights(highlights, cite)).toEqual(expected);
    });

    it('renders a body from the kept tree once, then from a new parse, each with the values given then', () => {
      const body = 'Rate :kpi[engagement-rate], see [the guide](https://example.com).\n\n| a | b |\n| - | - |\n| 1 | 2 |\n';
      const fresh = renderCommentary(body, cite);
      keepParsedCommentary(true);
      expect(commentaryProblems(body, 'report.md', names)).toEqual([]);
      expect(renderCommentary(body, cite)).toBe(fresh);
      const other = (c: Citation) => ({ text: `other ${c.kpi}`, raw: 1 });
      expect(renderCommentary(body, other)).toContain('<data class="cited" value="1">other engagement-rate</data>');
    });
  });
});
