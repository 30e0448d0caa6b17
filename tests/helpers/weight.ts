/**
 * JavaScript a built page loads: before any interaction (its scripts and what they import
 * statically), and all it may load (with the chunks it imports on demand).
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';

export interface PageWeight {
  files: string[];
  gzipBytes: number;
}

export function initialJavaScript(dist: string, htmlFile: string): PageWeight {
  return javaScript(dist, htmlFile, false);
}

/** Everything the page's scripts can load, `import("./chunk.js")` on demand included: what a budget must not leave out. */
export function allJavaScript(dist: string, htmlFile: string): PageWeight {
  return javaScript(dist, htmlFile, true);
}

function javaScript(dist: string, htmlFile: string, onDemand: boolean): PageWeight {
  const $ = cheerio.load(fs.readFileSync(path.join(dist, htmlFile), 'utf8'));
  const files = new Set<string>();
  let inline = 0;
  $('script').each((_, element) => {
    const src = $(element).attr('src');
    if (src) collect(dist, src, files, onDemand);
    else if (($(element).attr('type') ?? 'module') !== 'application/json') {
      inline += gzipSync($(element).text()).length;
      for (const url of imported($(element).text(), onDemand)) collect(dist, path.posix.resolve(path.posix.dirname(`/${htmlFile}`), url), files, onDemand);
    }
  });
  const bytes = [...files].reduce((sum, file) => sum + gzipSync(fs.readFileSync(path.join(dist, file))).length, 0);
  return { files: [...files], gzipBytes: bytes + inline };
}

/** The `.js` URLs a module imports: statically, and with `import("…")` of a literal when `onDemand`. */
function imported(code: string, onDemand: boolean): string[] {
  const urls = [...code.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g)].map((m) => m[1]!);
  if (onDemand) urls.push(...[...code.matchAll(/import\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g)].map((m) => m[1]!));
  return urls;
}

function collect(dist: string, url: string, files: Set<string>, onDemand: boolean): void {
  const file = url.replace(/^\//, '');
  if (files.has(file) || !fs.existsSync(path.join(dist, file))) return;
  files.add(file);
  for (const next of imported(fs.readFileSync(path.join(dist, file), 'utf8'), onDemand)) {
    collect(dist, path.posix.join(path.posix.dirname(`/${file}`), next), files, onDemand);
  }
}
