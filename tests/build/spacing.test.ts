/**
 * Words keep their spaces around inline elements on every built page and in the search index.
 * Astro 7's default whitespace compression joined a word to a link that opened the next source
 * line ("the<a>responsibility matrix</a>" read "theresponsibility matrix"); this guards every page.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { listFiles, readText } from '../helpers/dist.ts';

const INLINE = 'a|abbr|b|cite|code|data|dfn|em|i|kbd|mark|q|s|samp|small|span|strong|sub|sup|time|u|var';
/**
 * A word running into an inline element's text: a letter or digit on both sides of an opening or
 * closing tag. An empty element (a colour swatch) or a space inside the element is not a join.
 */
const GLUED = new RegExp(`[\\p{L}\\p{N}](?:</?(?:${INLINE})\\b[^>]*>)+[\\p{L}\\p{N}]`, 'gu');

/** The page without the parts that are not prose: scripts, styles, inline JSON, comments. */
function prose(html: string): string {
  return html.replace(/<(script|style|template)\b[\s\S]*?<\/\1>/g, '').replace(/<!--[\s\S]*?-->/g, '');
}

function gluedWords(html: string): string[] {
  return [...prose(html).matchAll(GLUED)].map((match) => {
    const at = match.index;
    return prose(html).slice(Math.max(0, at - 30), at + match[0].length + 30);
  });
}

describe('the glued-word detector', () => {
  it('finds a word touching a link on either side, and accepts punctuation and spaces', () => {
    expect(gluedWords('<p>go to the<a href="/m/">matrix</a>.</p>')).toHaveLength(1);
    expect(gluedWords('<p>the <a href="/m/">matrix</a>and more</p>')).toHaveLength(1);
    expect(gluedWords('<li><a href="/k/">Reach</a><span class="tag">both</span></li>')).toHaveLength(1);
    expect(gluedWords('<p>the <a href="/m/">matrix</a>, and <strong>more</strong>.</p>')).toEqual([]);
    expect(gluedWords('<script>const a="x<span>y";</script><p>(<em>a</em>)</p>')).toEqual([]);
    expect(gluedWords('<li><span class="swatch"></span>linkedin</li><span>version: </span>Draft')).toEqual([]);
  });
});

const sites = { demo: inject('demoDist'), fixture: inject('fixtureDist'), reports: inject('reportsDist') };

describe.each(Object.entries(sites))('spaces around inline elements (%s site)', (_name, dist) => {
  const pages = listFiles(dist).filter((file) => file.endsWith('.html'));

  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(5);
  });

  it('no letter touches an inline element on any page', () => {
    const glued = pages.flatMap((file) => gluedWords(readText(dist, file)).map((context) => `${file}: …${context}…`));
    expect(glued).toEqual([]);
  });
});

describe('search index text', () => {
  const dist = inject('demoDist');
  const fragments = listFiles(path.join(dist, 'pagefind')).filter((file) => file.endsWith('.pf_fragment'));

  /** Every word of a page once its tags are read as spaces, as a reader sees the words. */
  function wordsOf(html: string): Set<string> {
    const text = prose(html)
      .replace(/<[^>]+>/g, ' ')
      .replace(/&[a-z#0-9]+;/gi, ' ');
    return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  }

  it('holds only words that stand on their own in the page they come from', () => {
    expect(fragments.length).toBeGreaterThan(20);
    const unknown: string[] = [];
    for (const file of fragments) {
      const raw = gunzipSync(fs.readFileSync(path.join(dist, 'pagefind', file))).toString('utf8');
      const fragment = JSON.parse(raw.slice(raw.indexOf('{'))) as { url: string; content: string };
      const page = path.join(fragment.url.replace(/^\//, ''), 'index.html');
      const words = wordsOf(readText(dist, page));
      for (const word of fragment.content.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
        if (!words.has(word)) unknown.push(`${fragment.url}: "${word}"`);
      }
    }
    expect(unknown).toEqual([]);
  });
});
