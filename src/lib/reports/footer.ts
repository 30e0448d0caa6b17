/**
 * An agency's own footer line for a client's reports (`branding.footer`), in place of Rolebook's.
 * It is one line of inline Markdown: text, **bold**, *italic*, `code` and links to https, http or
 * mailto. HTML in it is shown as the characters typed, never parsed: a footer needs no markup,
 * and text cannot run. Anything else (a heading, a list, an image) is a check problem.
 */
import type { Root as HastRoot } from 'hast';
import type { Root, RootContent } from 'mdast';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

const INLINE = new Set(['text', 'emphasis', 'strong', 'delete', 'inlineCode', 'link', 'html']);
const LINK_SCHEMES = /^(?:https?:\/\/|mailto:)/i;

const parser = unified().use(remarkParse).use(remarkGfm);

/** What a footer holds that a footer line may not, in words for check; empty when it is fine. */
export function footerProblems(footer: string): { message: string; expected: string }[] {
  const tree = parser.parse(footer);
  const problems: { message: string; expected: string }[] = [];
  const blocks = tree.children;
  if (blocks.length > 1 || (blocks[0] && blocks[0].type !== 'paragraph')) {
    const what = blocks.find((block) => block.type !== 'paragraph')?.type ?? 'paragraph';
    problems.push({
      message: `reads as Markdown ${BLOCK_NAMES[what] ?? `"${what}"`}, and a footer is one line of text`,
      expected: 'text, **bold**, *italic* and [links](https://…) on one line',
    });
    return problems;
  }
  visit(tree, (node: Root | RootContent) => {
    if (node.type === 'root' || node.type === 'paragraph') return;
    if (node.type === 'image' || node.type === 'imageReference') {
      problems.push({ message: 'holds an image, and a footer is text', expected: 'text, or a link to the image' });
    } else if (node.type === 'link' && !LINK_SCHEMES.test(node.url)) {
      problems.push({
        message: `link to "${node.url.length > 40 ? `${node.url.slice(0, 39)}…` : node.url}" is not allowed`,
        expected: 'an https://, http:// or mailto: link',
      });
    } else if (!INLINE.has(node.type)) {
      problems.push({
        message: `holds Markdown ${BLOCK_NAMES[node.type] ?? `"${node.type}"`}, and a footer is one line of text`,
        expected: 'text, **bold**, *italic* and [links](https://…)',
      });
    }
  });
  return problems;
}

const BLOCK_NAMES: Record<string, string> = {
  heading: 'a heading ("#")',
  list: 'a list ("-", "*" or "1.")',
  blockquote: 'a quote (">")',
  code: 'a code block',
  thematicBreak: 'a rule ("---")',
  table: 'a table',
  paragraph: 'two paragraphs',
  linkReference: 'a reference link ("[text][ref]")',
  definition: 'a link definition',
  footnoteReference: 'a footnote',
  footnoteDefinition: 'a footnote',
  break: 'a line break',
};

// HTML nodes become their own text, so `<b>` shows as "<b>"; the sanitizer then allows only inline formatting.
const toHtml = unified()
  .use(() => (tree: Root) => {
    visit(tree, 'html', (node, index, parent) => {
      if (parent && index !== undefined) parent.children.splice(index, 1, { type: 'text', value: node.value });
    });
  })
  .use(remarkRehype)
  .use(rehypeSanitize, { ...defaultSchema, tagNames: ['p', 'strong', 'em', 'del', 'code', 'a'], protocols: { href: ['http', 'https', 'mailto'] } });
const stringifier = unified().use(rehypeStringify);

/** The footer as inline HTML (no enclosing paragraph), for a footer check accepted. */
export function renderFooter(footer: string): string {
  const hast = toHtml.runSync(parser.parse(footer)) as HastRoot;
  return stringifier.stringify(hast).replace(/^<p>|<\/p>$/g, '');
}
