/**
 * Links in content may only go where a reader can follow them safely: http(s), mailto, or a
 * relative URL. `javascript:`, `data:`, `vbscript:`, `file:` and the like are refused by `check`
 * (with the line) and removed from the rendered page, in playbook pages and commentary alike.
 */
import type { Element, Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { Problem } from '../problems.ts';

const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

export function isSafeUrl(url: string): boolean {
  // Browsers ignore control characters and white space inside a scheme ("java\tscript:").
  // eslint-disable-next-line no-control-regex -- control characters are what it removes
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url.trim().replace(/[\u0000-\u001f\s]+/g, ''))?.[1]?.toLowerCase();
  return scheme === undefined || SAFE_SCHEMES.has(scheme);
}

export function unsafeLinkProblem(url: string, file: string, line: number | undefined): Problem {
  return { file, line, message: `link to "${url.length > 40 ? `${url.slice(0, 39)}…` : url}" is not allowed`, expected: 'an http(s), mailto or relative URL' };
}

/** Problems for every Markdown link, image and definition of a tree whose URL is unsafe. */
export function unsafeLinks(tree: Root, file: string): Problem[] {
  const problems: Problem[] = [];
  visit(tree, (node) => {
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && !isSafeUrl(node.url)) {
      problems.push(unsafeLinkProblem(node.url, file, node.position?.start.line));
    }
  });
  return problems;
}

const markdown = unified().use(remarkParse).use(remarkGfm);

/** For MDX bodies: their Markdown links read as Markdown (JSX attributes are MDX's own check). */
export function unsafeMarkdownLinks(body: string, file: string): Problem[] {
  return unsafeLinks(markdown.parse(body), file);
}

const URL_ATTRIBUTES = ['href', 'src', 'action', 'formAction', 'xlinkHref'];

/** Rehype plugin: drops unsafe URLs from the rendered HTML, whatever `check` said. */
export default function rehypeSafeLinks() {
  return (tree: HastRoot) => {
    visit(tree, 'element', (node: Element) => {
      for (const attribute of URL_ATTRIBUTES) {
        const value = node.properties?.[attribute];
        if (typeof value === 'string' && !isSafeUrl(value)) delete node.properties[attribute];
      }
    });
  };
}
