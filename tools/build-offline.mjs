// Builds the classroom file: one HTML page that opens from file:// with no network. The page's
// stylesheets and scripts are inlined, the module's script is swapped for its single-file build
// (wasm, fonts, language data and the launch article inside as base64), and the page's
// Content-Security-Policy is rewritten to allow exactly those inline blocks by their hashes.
//   node tools/build-offline.mjs PAGE OUTPUT [script.js=replacement.js ...]
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const [page, output, ...swaps] = process.argv.slice(2);
if (!page || !output) {
  console.error('usage: node tools/build-offline.mjs PAGE OUTPUT [script.js=replacement.js ...]');
  process.exit(2);
}
const replacements = new Map(swaps.map((s) => s.split('=')));
const folder = dirname(page);
const hashes = { script: [], style: [] };

function inline(tag, name) {
  const path = replacements.get(name) || join(folder, name);
  const body = readFileSync(path, 'utf8');
  // Inside a <script> or <style> block these would end the block or change its parsing.
  if (/<\/(script|style)|<!--/i.test(body)) {
    console.error(`build-offline: ${path} contains markup that cannot be inlined`);
    process.exit(1);
  }
  hashes[tag].push(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  return `<${tag}>${body}</${tag}>`;
}

let html = readFileSync(page, 'utf8');
html = html.replace(/<link rel="stylesheet" href="([^"]+)">/g, (_, name) => inline('style', name));
html = html.replace(/<script src="([^"]+)"><\/script>/g, (_, name) => inline('script', name));
// The module fetches its own wasm from a data: URL (no network involved): connect-src data:.
const policy = [`default-src 'none'`, `script-src ${hashes.script.join(' ')} 'wasm-unsafe-eval'`,
  `style-src ${hashes.style.join(' ')}`, `img-src data:`, `connect-src data:`, `base-uri 'none'`,
  `form-action 'none'`].join('; ');
const meta = /(<meta http-equiv="Content-Security-Policy" content=")[^"]*(">)/;
if (!meta.test(html)) {
  console.error(`build-offline: ${page} has no Content-Security-Policy <meta> to rewrite`);
  process.exit(1);
}
html = html.replace(meta, (_, open, close) => `${open}${policy}${close}`);
writeFileSync(output, html);
