/** A static file server for a built `dist/` on loopback, as a host would serve it. */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** Types a host compresses (GitHub Pages, Netlify and Cloudflare all gzip text). */
const COMPRESSIBLE = /^(text\/|application\/(json|xml)|image\/svg)/;

/**
 * With `base` (`/team-playbook/`), the folder is served below that path only, as GitHub Pages
 * serves a project site: `/team-playbook/x` is `root/x` and anything outside the base is a 404.
 * With `gzip`, text is sent compressed to a client that accepts it, so a page-load benchmark
 * transfers what a real host would send rather than the raw files.
 */
export async function serveDir(root: string, { base = '/', gzip = false }: { base?: string; gzip?: boolean } = {}): Promise<StaticServer> {
  const server = http.createServer((request, response) => {
    const requested = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!requested.startsWith(base)) return void response.writeHead(404, { 'content-type': TYPES['.txt']! }).end('Not found (outside the base)');
    const pathname = `/${requested.slice(base.length)}`;
    let file = path.join(root, pathname);
    if (!file.startsWith(root)) return void response.writeHead(403).end();
    if (fs.statSync(file, { throwIfNoEntry: false })?.isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) {
      const notFound = path.join(root, '404.html');
      response.writeHead(404, { 'content-type': TYPES['.html']! });
      return void response.end(fs.existsSync(notFound) ? fs.readFileSync(notFound) : 'Not found');
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    if (gzip && COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      response.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' });
      return void fs.createReadStream(file).pipe(createGzip()).pipe(response);
    }
    response.writeHead(200, { 'content-type': type });
    fs.createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
