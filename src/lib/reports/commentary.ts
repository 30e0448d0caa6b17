/**
 * Report commentary is text, not code. A `.md` or `.mdx` file under `clients/<id>/reports/` is read
 * as CommonMark + GFM with remark-directive: no ESM, no `{expressions}`, nothing is ever evaluated.
 * Raw HTML goes through rehype-sanitize (GitHub's schema: no script, no event handlers, no iframes),
 * and links may only go to http(s), mailto or relative URLs.
 *
 * Commentary cites the engine instead of retyping numbers, so it cannot contradict a tile:
 *   :kpi[engagement-rate]                       the value for the report's period
 *   :kpi[engagement-rate]{platform=instagram}   one platform's value
 *   :change[engagement-rate]                    the change against the previous period
 *   :target[engagement-rate]                    the client's target, and whether it was met
 */
import type { Root as HastRoot } from 'hast';
import type { Root, RootContent, Text } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema, type Options as Schema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { isSafeUrl, unsafeLinkProblem } from '../markdown/safe-links.ts';
import type { Problem } from '../problems.ts';

export { isSafeUrl };

export const CITATIONS = ['kpi', 'change', 'target'] as const;
export type CitationKind = (typeof CITATIONS)[number];

export interface Citation {
  kind: CitationKind;
  kpi: string;
  /** A platform id; absent for the client's platforms together. */
  platform?: string;
}

/** What a citation shows: the formatted text, and the raw number behind it when there is one. */
export interface CitedValue {
  text: string;
  raw?: number;
  /** Set when there is no value: "no data: impressions is 0". */
  missing?: boolean;
}

export interface CommentaryNames {
  /** KPI ids of the playbook version the client pins. */
  kpis: ReadonlySet<string>;
  /** The client's platform ids. */
  platforms: ReadonlySet<string>;
}

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkDirective);

function parse(body: string): Root {
  return parser.runSync(parser.parse(body)) as Root;
}

/**
 * A build's check parses every commentary body and highlight to find its problems, and then the
 * page that shows it would parse the same text again. While `keepParsedCommentary(true)` holds,
 * the check's trees are kept for the page to take, each once (rendering fills the tree in).
 * They live on globalThis because the check and the pages run in one process but from two copies
 * of this module (the pages' is bundled by Vite); the key is the text, so a page that finds no
 * tree (the dev server, a text the check did not see) parses its own.
 */
interface KeptTrees {
  keep: boolean;
  /** One tree per time the check parsed the text: two reports may say the same thing. */
  trees: Map<string, Root[]>;
}
const KEPT = Symbol.for('rolebook.commentary-trees');
const kept: KeptTrees = ((globalThis as { [KEPT]?: KeptTrees })[KEPT] ??= { keep: false, trees: new Map() });

/** Keep the trees the check parses for the pages (a build), or stop and drop them. */
export function keepParsedCommentary(keep: boolean): void {
  kept.keep = keep;
  if (!keep) kept.trees.clear();
}

function parseForCheck(body: string): Root {
  const tree = parse(body);
  keepForRender(body, tree);
  return tree;
}

function keepForRender(text: string, tree: Root): void {
  if (!kept.keep) return;
  const trees = kept.trees.get(text);
  if (trees) trees.push(tree);
  else kept.trees.set(text, [tree]);
}

/** The check's tree of this text, taken, or a new parse: the caller may fill it in. */
function parseForRender(body: string): Root {
  const trees = kept.trees.get(body);
  const tree = trees?.pop();
  if (trees?.length === 0) kept.trees.delete(body);
  return tree ?? parse(body);
}

/**
 * Everything in a commentary body that is not plain text, as `check` problems with their line:
 * MDX's import/export and `{…}`, unsafe link schemes, and citations of unknown KPIs or platforms.
 * The body's lines are the file's lines (the frontmatter is kept as blank lines).
 */
export function commentaryProblems(body: string, file: string, names: CommentaryNames): Problem[] {
  return problemsIn(parseForCheck(body), body, file, names);
}

/**
 * The problems of a month's highlights, each with the index of its highlight. They are parsed as
 * one document when that is the same parse as one by one (see `joinedHighlights`), which is also
 * the tree `renderHighlights` takes in a build; else one by one.
 */
export function highlightProblems(highlights: readonly string[], file: string, names: CommentaryNames): { index: number; problem: Problem }[] {
  const joined = highlights.length > 1 ? joinedHighlights(highlights, parse) : undefined;
  if (!joined) return highlights.flatMap((highlight, index) => commentaryProblems(highlight, file, names).map((problem) => ({ index, problem })));
  keepForRender(joined.text, joined.tree);
  // A problem's line is in the joined text: the highlight is the last one starting at or before it.
  const firstLines = joined.spans.map((span) => joined.text.slice(0, span.start).split('\n').length);
  return problemsIn(joined.tree, joined.text, file, names).map((problem) => ({
    index: Math.max(
      0,
      firstLines.findLastIndex((line) => line <= (problem.line ?? 1)),
    ),
    problem,
  }));
}

function problemsIn(tree: Root, body: string, file: string, names: CommentaryNames): Problem[] {
  const problems: Problem[] = [];
  const lineOf = (node: { position?: { start: { line: number } } }) => node.position?.start.line;
  visit(tree, (node: Root | RootContent) => {
    if (node.type === 'paragraph') {
      const first = node.children[0];
      if (first?.type === 'text' && /^(import|export)\s/.test(first.value)) {
        problems.push({
          file,
          line: lineOf(node),
          message: `"${first.value.split(/\s/)[0]}" is MDX code, and commentary is text: nothing in it is run`,
          expected: 'plain Markdown; cite numbers with :kpi[id], :change[id] or :target[id]',
        });
        return 'skip';
      }
    }
    const expression = node.type === 'text' ? unescapedBrace(body, node) : undefined;
    if (expression) {
      problems.push({
        file,
        line: lineOf(node),
        message: `"${expression}" is an MDX expression, and commentary is text: nothing in it is run`,
        expected: 'plain Markdown; cite numbers with :kpi[id], :change[id] or :target[id], and write \\{ for a brace',
      });
    }
    if (node.type === 'image') {
      problems.push({
        file,
        line: lineOf(node),
        message: 'images are not shown in commentary: a remote image would tell its host who reads the report',
        expected: 'text, or a link to the image',
      });
      return;
    }
    if ((node.type === 'link' || node.type === 'definition') && !isSafeUrl(node.url)) {
      problems.push(unsafeLinkProblem(node.url, file, lineOf(node)));
    }
    if (node.type === 'textDirective' || node.type === 'leafDirective' || node.type === 'containerDirective') {
      problems.push(...directiveProblems(node as TextDirective, file, names));
    }
  });
  return problems;
}

/** The `{…}` a text node's source holds without a backslash before it, shortened for a message. */
function unescapedBrace(body: string, node: Text): string | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  const match = /(?<!\\)\{[^\n]*/.exec(body.slice(start, end));
  if (!match) return undefined;
  const closed = /^\{[^}]*\}?/.exec(match[0])![0];
  return closed.length > 40 ? `${closed.slice(0, 39)}…` : closed;
}

function directiveProblems(node: TextDirective, file: string, names: CommentaryNames): Problem[] {
  const line = node.position?.start.line;
  const citation = citationOf(node);
  // "javascript:window" or "mailto:x" in prose parses as a directive without brackets: that is text.
  const looksLikeCitation = node.type !== 'textDirective' || node.children.length > 0 || Object.keys(node.attributes ?? {}).length > 0;
  if (!citation && !looksLikeCitation) return [];
  if (node.type !== 'textDirective' || !citation) {
    const written = `${node.type === 'textDirective' ? ':' : node.type === 'leafDirective' ? '::' : ':::'}${node.name}`;
    return [{ file, line, message: `"${written}" is not a citation`, expected: ':kpi[id], :change[id] or :target[id], optionally with {platform=id}' }];
  }
  const problems: Problem[] = [];
  if (!citation.kpi) {
    problems.push({
      file,
      line,
      message: `:${citation.kind}[] names no KPI`,
      expected: `a KPI id, such as :${citation.kind}[${[...names.kpis][0] ?? 'engagement-rate'}]`,
    });
  } else if (!names.kpis.has(citation.kpi)) {
    problems.push({
      file,
      line,
      field: citation.kpi,
      message: `:${citation.kind}[${citation.kpi}] cites an unknown KPI`,
      expected: `one of ${[...names.kpis].join(', ')}`,
    });
  }
  const extra = Object.keys(node.attributes ?? {}).filter((key) => key !== 'platform');
  if (extra.length)
    problems.push({ file, line, message: `:${citation.kind}[${citation.kpi}] has an unknown attribute "${extra[0]}"`, expected: '{platform=<id>} or nothing' });
  if (citation.platform !== undefined && !names.platforms.has(citation.platform)) {
    problems.push({
      file,
      line,
      field: citation.kpi,
      message: `:${citation.kind}[${citation.kpi}]{platform=${citation.platform}} names a platform this client is not on`,
      expected: `one of ${[...names.platforms].join(', ')}`,
    });
  }
  if (citation.kind === 'target' && citation.platform !== undefined) {
    problems.push({
      file,
      line,
      field: citation.kpi,
      message: `:target[${citation.kpi}] takes no platform: targets are for the client's platforms together`,
      expected: `:target[${citation.kpi}]`,
    });
  }
  return problems;
}

function citationOf(node: TextDirective): Citation | undefined {
  if (!(CITATIONS as readonly string[]).includes(node.name)) return undefined;
  const kpi = node.children
    .map((child) => (child.type === 'text' ? child.value : ''))
    .join('')
    .trim();
  const platform = node.attributes?.platform ?? undefined;
  return { kind: node.name as CitationKind, kpi, ...(platform !== undefined ? { platform } : {}) };
}

/**
 * GitHub's sanitizer schema, which drops script, style, iframes, event handlers and `javascript:`
 * URLs, plus the `<data>` element citations render into, and nothing else.
 */
const schema: Schema = {
  ...defaultSchema,
  // No images: a remote one would tell its host who opens the report and when, and a report has
  // no way to publish a local one. check names Markdown images; raw <img> is dropped.
  tagNames: [...(defaultSchema.tagNames ?? []).filter((tag) => tag !== 'img' && tag !== 'picture' && tag !== 'source'), 'data'],
  attributes: { ...defaultSchema.attributes, data: ['value', ['className', 'cited', 'no-data']] },
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'], src: ['http', 'https'] },
};

// Raw HTML is parsed into elements (rehype-raw) so the sanitizer sees every tag and attribute.
const toHtml = unified().use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw).use(rehypeSanitize, schema);
const stringifier = unified().use(rehypeStringify);

/**
 * The commentary as safe HTML, each citation replaced by `cite`'s value for it. Called only for
 * bodies `check` accepted, so an unknown citation cannot reach here; it would show as "no data".
 */
export function renderCommentary(body: string, cite: (citation: Citation) => CitedValue): string {
  const tree = parseForRender(body);
  fillCitations(tree, body, cite);
  const hast = toHtml.runSync(tree as never) as HastRoot;
  return stringifier.stringify(hast);
}

/**
 * Each highlight as inline HTML: what `renderCommentary` makes of it alone, without the `<p>`
 * around it. When the month's highlights parse as one document the same as one by one, that
 * document goes through the HTML pipeline once (its tree is the check's in a build), for a
 * fraction of the work; anything else is rendered one highlight at a time.
 */
export function renderHighlights(highlights: readonly string[], cite: (citation: Citation) => CitedValue): string[] {
  const alone = () => highlights.map((highlight) => unwrapParagraph(renderCommentary(highlight, cite)));
  const joined = highlights.length > 1 ? joinedHighlights(highlights, parseForRender) : undefined;
  if (!joined) return alone();
  fillCitations(joined.tree, joined.text, cite);
  const hast = toHtml.runSync(joined.tree as never) as HastRoot;
  const paragraphs = hast.children.filter((node) => node.type === 'element');
  if (paragraphs.length !== highlights.length) return alone();
  return paragraphs.map((paragraph) => unwrapParagraph(stringifier.stringify({ type: 'root', children: [paragraph] })));
}

/**
 * The highlights as one document, blank lines between them, when that document is exactly one
 * paragraph per highlight, each inside its own text, and holds no raw HTML (whose unclosed tags
 * could reach the next paragraph): then it is the same parse as one by one.
 */
function joinedHighlights(
  highlights: readonly string[],
  parseText: (text: string) => Root,
): { text: string; tree: Root; spans: { start: number; end: number }[] } | undefined {
  const text = highlights.join('\n\n');
  const tree = parseText(text);
  let start = 0;
  const spans = highlights.map((highlight) => {
    const span = { start, end: start + highlight.length };
    start = span.end + 2;
    return span;
  });
  const separate =
    tree.children.length === highlights.length &&
    tree.children.every((node, i) => {
      const at = node.position;
      return (
        node.type === 'paragraph' &&
        at?.start.offset !== undefined &&
        at.end.offset !== undefined &&
        at.start.offset >= spans[i]!.start &&
        at.end.offset <= spans[i]!.end
      );
    });
  return separate && !hasHtml(tree) ? { text, tree, spans } : undefined;
}

function hasHtml(tree: Root): boolean {
  let found = false;
  visit(tree, 'html', () => {
    found = true;
    return false;
  });
  return found;
}

function unwrapParagraph(html: string): string {
  return html.replace(/^<p>([\s\S]*)<\/p>$/, '$1');
}

/** Each citation directive replaced by the value `cite` gives it; any other directive by its text as written. */
function fillCitations(tree: Root, source: string, cite: (citation: Citation) => CitedValue): void {
  visit(tree, (node, index, parent) => {
    if (!parent || index === undefined) return;
    if (node.type !== 'textDirective' && node.type !== 'leafDirective' && node.type !== 'containerDirective') return;
    const citation = node.type === 'textDirective' ? citationOf(node as TextDirective) : undefined;
    if (!citation) {
      // Not a citation ("javascript:window", "mailto:x" in prose): the text as written.
      const { start, end } = node.position ?? {};
      (parent.children as unknown[]).splice(index, 1, {
        type: 'text',
        value: start?.offset !== undefined && end?.offset !== undefined ? source.slice(start.offset, end.offset) : '',
      });
      return;
    }
    const value = cite(citation);
    const element = {
      type: 'citation',
      data: {
        hName: 'data',
        hProperties: { className: [value.missing ? 'no-data' : 'cited'], ...(value.raw !== undefined ? { value: String(value.raw) } : {}) },
        hChildren: [{ type: 'text', value: value.text }],
      },
    };
    (parent.children as unknown[]).splice(index, 1, element);
    // A value that ends in an abbreviation's full stop ("1 Std. 21 Min.") ends the sentence too:
    // "nach :kpi[x]." would read "Min..". One stop, as a writer would type it (not an ellipsis).
    const next = parent.children[index + 1];
    if (value.text.endsWith('.') && next?.type === 'text' && /^\.(?!\.)/.test(next.value)) next.value = next.value.slice(1);
  });
}
