import { describe, expect, it } from 'vitest';
import type { Root } from 'hast';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import rehypeSafeLinks, { isSafeUrl, unsafeMarkdownLinks } from '../../../src/lib/markdown/safe-links.ts';

describe('safe links', () => {
  it('allows http(s), mailto and relative URLs only', () => {
    for (const url of ['https://example.com', 'http://x.y/', 'MAILTO:a@b.c', '../kpis/', '#top', 'guide.pdf', '?q=1']) expect(isSafeUrl(url), url).toBe(true);
    for (const url of ['javascript:alert(1)', 'JavaScript:x', ' java\nscript:x', 'data:text/html,<b>', 'vbscript:x', 'file:///etc/passwd', 'blob:x'])
      expect(isSafeUrl(url), url).toBe(false);
  });

  it('names each unsafe Markdown link with its line', () => {
    expect(unsafeMarkdownLinks('ok [a](https://a.example)\n\n[b](javascript:void(0))\n', 'roles/x.md')).toEqual([
      { file: 'roles/x.md', line: 3, message: 'link to "javascript:void(0)" is not allowed', expected: 'an http(s), mailto or relative URL' },
    ]);
  });

  it('drops unsafe URLs from rendered HTML and keeps the rest', () => {
    const element = (tagName: string, properties: Record<string, string>) => ({ type: 'element' as const, tagName, properties, children: [] });
    const tree: Root = {
      type: 'root',
      children: [
        element('a', { href: 'javascript:alert(1)' }),
        element('a', { href: '/playbook/' }),
        element('img', { src: 'data:image/png;base64,AA' }),
        element('form', { action: 'javascript:x' }),
      ],
    };
    rehypeSafeLinks()(tree);
    expect(unified().use(rehypeStringify).stringify(tree)).toBe('<a></a><a href="/playbook/"></a><img><form></form>');
  });
});
