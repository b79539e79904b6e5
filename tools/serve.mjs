// Static server for dist/: loopback only, gzip when the client accepts it (so byte counts
// match a real deployment), no caching surprises, and each page's Content-Security-Policy sent
// as a header too. `node tools/serve.mjs DIR [PORT]`.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8', '.ttf': 'font/ttf', '.png': 'image/png', '.svg': 'image/svg+xml',
  '.bin': 'application/octet-stream', '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.txt', '.svg', '.bin', '.ttf']);

// Compressing a wasm module at level 9 takes a while: keep each result until the file changes.
const gzipCache = new Map();
function gzipped(path, mtimeMs, body) {
  const hit = gzipCache.get(path);
  if (hit && hit.mtimeMs === mtimeMs) return hit.data;
  const data = gzipSync(body, { level: 9 });
  gzipCache.set(path, { mtimeMs, data });
  return data;
}

// A page's policy is the one its <meta> carries, so the header and the file never disagree;
// the header adds what a <meta> cannot say: who may frame the page. Only the embed page is
// meant to live inside other sites (DEPECHE_FRAME_ANCESTORS narrows that to a newsroom's own).
const META_CSP = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i;
function securityHeaders(path, body) {
  const match = META_CSP.exec(body.toString('utf8', 0, Math.min(body.length, 4096)));
  if (!match) return {};
  const ancestors = path.endsWith(`${sep}embed.html`) ? (process.env.DEPECHE_FRAME_ANCESTORS || '*') : "'self'";
  return { 'Content-Security-Policy': `${match[1]}; frame-ancestors ${ancestors}`, 'X-Content-Type-Options': 'nosniff' };
}

export function startServer({ root, port = 0, host = '127.0.0.1', headers = {} }) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://localhost');
      let path = normalize(join(base, decodeURIComponent(url.pathname)));
      if (path !== base && !path.startsWith(base + sep)) { res.writeHead(403).end(); return; }
      if ((await stat(path).catch(() => null))?.isDirectory()) path = join(path, 'index.html');
      const info = await stat(path);
      const body = await readFile(path);
      const ext = extname(path);
      const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] || '');
      const out = gzip ? gzipped(path, info.mtimeMs, body) : body;
      res.writeHead(200, {
        'Content-Type': TYPES[ext] || 'application/octet-stream',
        'Content-Length': out.length,
        'Cache-Control': 'no-cache',
        ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
        ...(ext === '.html' ? securityHeaders(path, body) : {}),
        ...headers,
      });
      res.end(req.method === 'HEAD' ? undefined : out);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok({ server, url: `http://${host}:${server.address().port}/` }));
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [root = 'dist', port = '8080'] = process.argv.slice(2);
  const { url } = await startServer({ root, port: Number(port) });
  console.log(`Depeche is served at ${url}`);
}
