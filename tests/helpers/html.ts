import * as cheerio from 'cheerio';
import { readText } from './dist.ts';

/** Load a built page for queries: `page('index.html')('h1').text()`. */
export function loadPage(dist: string, file: string): cheerio.CheerioAPI {
  return cheerio.load(readText(dist, file));
}

/** Text with runs of white space folded, as a reader sees it. */
export function textOf($: cheerio.CheerioAPI, selector: string): string {
  return $(selector).text().replace(/\s+/g, ' ').trim();
}
