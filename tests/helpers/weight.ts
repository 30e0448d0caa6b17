/** JavaScript a built page loads before any interaction: its scripts and what they import statically. */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';

export interface PageWeight {
  files: string[];
  gzipBytes: number;
}

export function initialJavaScript(dist: string, htmlFile: string): PageWeight {
  const $ = cheerio.load(fs.readFileSync(path.join(dist, htmlFile), 'utf8'));
  const files = new Set<string>();
  let inline = 0;
  $('script').each((_, element) => {
    const src = $(element).attr('src');
    if (src) collect(dist, src, files);
    else if (($(element).attr('type') ?? 'module') !== 'application/json') inline += gzipSync($(element).text()).length;
  });
  const bytes = [...files].reduce((sum, file) => sum + gzipSync(fs.readFileSync(path.join(dist, file))).length, 0);
  return { files: [...files], gzipBytes: bytes + inline };
}

/** Static imports only: `import(…)` with a variable is loaded on demand and is not initial weight. */
function collect(dist: string, url: string, files: Set<string>): void {
  const file = url.replace(/^\//, '');
  if (files.has(file) || !fs.existsSync(path.join(dist, file))) return;
  files.add(file);
  const code = fs.readFileSync(path.join(dist, file), 'utf8');
  for (const match of code.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g)) {
    collect(dist, path.posix.join(path.posix.dirname(`/${file}`), match[1]!), files);
  }
}
