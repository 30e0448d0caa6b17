/**
 * Screenshots of every client's latest report and hub, as a client sees them: a phone (375 px)
 * and a desktop (1280 px), in light and dark, plus each latest report printed to A4 and Letter.
 * Reads a built site (`npm run build` first); writes PNGs and PDFs to tests/.output/screenshots/.
 *
 *   npm run build && npm run screenshots            # every client in dist/
 *   npm run screenshots -- --dist path/to/dist      # another build
 *
 * File names use the client's folder name, never its token: the folder can be shared in a pull
 * request without sharing the clients' links.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromiumPath, launchBrowser } from '../helpers/browser.ts';
import { serveDir } from '../helpers/serve.ts';
import { PROJECT, TEST_OUTPUT } from '../helpers/paths.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: path.join(PROJECT, 'dist') } } });
const dist = path.resolve(values.dist!);
const out = path.join(TEST_OUTPUT, 'screenshots');

if (!chromiumPath) {
  console.error('screenshots need Chromium: apt-get install -y chromium');
  process.exit(1);
}
if (!fs.existsSync(path.join(dist, 'r'))) {
  console.error(`${dist} has no reports: run npm run build first`);
  process.exit(1);
}

/** Each client's hub and latest month, named by the client's name on the page. */
function clientPages(): { name: string; hub: string; latest?: string }[] {
  return fs.readdirSync(path.join(dist, 'r')).flatMap((token) => {
    const dir = path.join(dist, 'r', token);
    if (!fs.existsSync(path.join(dir, 'index.html'))) return [];
    const months = fs
      .readdirSync(dir)
      .filter((p) => /^\d{4}-\d{2}$/.test(p))
      .sort();
    const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
    const name = /<span class="client-name">([^<]*)<\/span>/.exec(html)?.[1] ?? token.slice(0, 6);
    const slug = name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    return [{ name: slug, hub: `/r/${token}/`, latest: months.at(-1) && `/r/${token}/${months.at(-1)}/` }];
  });
}

fs.mkdirSync(out, { recursive: true });
const server = await serveDir(dist);
const browser = await launchBrowser();
const written: string[] = [];
try {
  for (const client of clientPages()) {
    for (const [what, url] of [
      ['hub', client.hub],
      ['report', client.latest],
    ] as const) {
      if (!url) continue;
      for (const width of [375, 1280]) {
        for (const scheme of ['light', 'dark'] as const) {
          const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme, deviceScaleFactor: 1 });
          const page = await context.newPage();
          await page.goto(server.url + url, { waitUntil: 'networkidle' });
          // Charts draw as they scroll into view: walk down the page so every one is drawn.
          await page.evaluate(async () => {
            for (let y = 0; y < document.body.scrollHeight; y += 600) {
              window.scrollTo(0, y);
              await new Promise((resolve) => setTimeout(resolve, 60));
            }
            window.scrollTo(0, 0);
          });
          await page.waitForTimeout(500);
          const file = path.join(out, `${client.name}-${what}-${width}-${scheme}.png`);
          await page.screenshot({ path: file, fullPage: true });
          written.push(file);
          if (what === 'report' && width === 1280 && scheme === 'light') {
            for (const format of ['A4', 'Letter'] as const) {
              const pdf = path.join(out, `${client.name}-report-${format}.pdf`);
              await page.emulateMedia({ media: 'print' });
              await page.pdf({ path: pdf, format, printBackground: true });
              written.push(pdf);
            }
          }
          await context.close();
        }
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
for (const file of written) console.log(path.relative(PROJECT, file));
console.log(`${written.length} files in ${path.relative(PROJECT, out)}/ (pdftoppm -png -r 50 file.pdf prefix turns a PDF into pages)`);
