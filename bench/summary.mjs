// Gathers the figures of `./build-wasm.sh bench` (build/native/bench-core.json,
// build/wasm/bench-core.json, build/bench/page.json) into the Markdown table of the README's
// "Figures" section, with the machine they were measured on.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from '../tests/browser/harness.mjs';

const read = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null);
const native = read(join(ROOT, 'build', 'native', 'bench-core.json'));
const wasm = read(join(ROOT, 'build', 'wasm', 'bench-core.json'));
const page = read(join(ROOT, 'build', 'bench', 'page.json'));
const kb = (bytes) => `${(bytes / 1000).toFixed(0)} KB`;
const rows = [];
const row = (what, figure) => rows.push(`| ${what} | ${figure} |`);

function core(label, f) {
  if (!f) return;
  const t1 = f.throughput['1 MB'], t10 = f.throughput['10 MB'];
  row(`core throughput, ${label} (1 MB / 10 MB)`, `${t1.mb_per_s.toFixed(1)} / ${t10.mb_per_s.toFixed(1)} MB/s`);
  row(`peak heap of one analysis, ${label}`, `${t10.peak_heap_ratio.toFixed(1)}× the text (10 MB)`);
  row(`scaling, ${label}: time per byte from 10 KB to 10 MB`,
    f.scaling.slice(1).map((s) => `×${s.per_byte_ratio.toFixed(2)}`).join(', ') + ' per ×10 step');
}
core('native', native);
core('wasm (Node)', wasm);
if (native && wasm) {
  row('wasm / native speed (10 MB)', `${(wasm.throughput['10 MB'].mb_per_s / native.throughput['10 MB'].mb_per_s).toFixed(2)}`);
}
const wasmFile = join(ROOT, 'dist', 'depeche.wasm');
if (existsSync(wasmFile)) {
  const body = readFileSync(wasmFile);
  row('`depeche.wasm` (fonts, language data, gazetteer inside)', `${kb(body.length)}, ${kb(gzipSync(body, { level: 9 }).length)} gzipped (budget 1000 KB)`);
}
for (const [name, what] of [['gazetteer-towns.json', 'smaller towns, fetched after the first frame'],
  ['world-50m.bin', '1:50M outlines, fetched when the map is first zoomed in']]) {
  const file = join(ROOT, 'dist', name);
  if (!existsSync(file)) continue;
  const body = readFileSync(file);
  row(`\`${name}\` (${what})`, `${kb(body.length)}, ${kb(gzipSync(body, { level: 9 }).length)} gzipped (budget 520 KB)`);
}
if (page) {
  const d = page.depeche, t = page.timelinejs;
  row('first load, Depeche (bytes on the wire)', `${kb(d.bytes)} in ${d.requests} requests (budget 1200 KB)`);
  row('navigation → first frame with the analyzed article', `${d.first_render_ms.toFixed(0)} ms`);
  const blocked = t.blocked_external_requests.length;
  row(`first load, TimelineJS with the launch article's ${t.events} events`, `${kb(t.bytes)} in ${t.requests} requests` +
    (blocked ? ` + ${blocked} Google Fonts files it asks for (blocked, not counted)` : ''));
  row('navigation → first render, TimelineJS', `${t.first_render_ms.toFixed(0)} ms`);
  const g = (x) => (x.frames ? `${x.frame_ms_median.toFixed(1)} ms median, ${x.frame_ms_p95.toFixed(1)} ms p95 per frame` : 'no frame');
  row(`scrolling the article (${page.interaction.quotes} quotations)`, g(page.interaction.scroll));
  row('panning the map', g(page.interaction.pan));
  row('frames built in 2 s idle', `${page.interaction.idle_frames_in_2s}`);
}
const machine = `${cpus().length} × ${cpus()[0].model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Linux ${release()}` +
  (native ? `, ${native.compiler}` : '') + (wasm ? `, ${wasm.compiler}` : '') + (page ? `, Chromium ${page.chromium}` : '');
const table = [`Measured on ${machine}:`, '', '| what | figure |', '| --- | --- |', ...rows].join('\n');
console.log(`\n${table}\n`);
writeFileSync(join(ROOT, 'build', 'bench', 'figures.md'), table + '\n');
