// A tiny static server on 127.0.0.1: the peers' pages (generated), our drop-in from ../dist/drop-in,
// the peers' files from bench/node_modules. No compression (loopback), no caching headers needed:
// every load runs in a fresh browser context with an empty cache.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { peers } from './peers.js';

const here = fileURLToPath(new URL('.', import.meta.url));
export const roots = {
  '/ours/': join(here, '..', 'dist', 'drop-in'),
  '/peer/': join(here, 'node_modules'),
};
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.svg': 'image/svg+xml',
};

/** The file behind a URL path, or undefined. */
export function fileFor(urlPath) {
  for (const [prefix, dir] of Object.entries(roots)) {
    if (!urlPath.startsWith(prefix)) continue;
    const file = normalize(join(dir, decodeURIComponent(urlPath.slice(prefix.length))));
    return file.startsWith(dir) ? file : undefined;
  }
}

// Each page is made on first use: the server-rendered one reads dist/, which run.js builds first.
export const pages = {};
const made = {};
for (const p of peers) Object.defineProperty(pages, `/${p.id}.html`, { enumerable: true, get: () => (made[p.id] ??= p.page()) });

/** Starts the server on a free port; resolves with { url, close, requests }. */
export function serve() {
  const requests = [];
  const server = createServer(async (req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    requests.push(path);
    try {
      let body;
      let type;
      if (pages[path]) {
        body = pages[path];
        type = types['.html'];
      } else {
        const file = fileFor(path);
        if (!file) throw Object.assign(new Error('not found'), { code: 'ENOENT' });
        body = await readFile(file);
        type = types[extname(file)] ?? 'application/octet-stream';
      }
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', 'content-length': Buffer.byteLength(body) });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)), requests });
    });
  });
}
