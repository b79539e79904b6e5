// Side by side on the time gold set: chrono-node's French parser and Depeche, same articles,
// same DCTs, same scoring (a gold time expression is found when a prediction overlaps it, and
// right when the values are equal). Prints both accuracies and both throughputs.
//   node tests/compare_chrono.mjs [path/to/depeche] [gold files...]
// The gold files may also be those of the real-news corpus (build/real/*/…), whose expressions
// are placed by byte offsets and whose DCT may be unknown: value accuracy then counts only the
// expressions the annotator could give a value, as `depeche eval-time` does.
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const require = createRequire(join(root, 'package.json'));
const chrono = require('chrono-node');

const depeche = process.argv[2] || join(root, 'build/native/depeche');
const goldDir = join(here, 'gold');
const goldFiles = process.argv.length > 3 ? process.argv.slice(3)
  : [join(goldDir, 'karabakh-peskov.gold.json'),
     ...readdirSync(join(goldDir, 'time')).filter((f) => f.endsWith('.gold.json')).map((f) => join(goldDir, 'time', f))];

const articleOf = (gold) => gold.replace(/\.gold\.json$/, '.fr.txt');
const pad = (n, w = 2) => String(n).padStart(w, '0');

// Byte offsets, as Depeche gives them, from chrono's UTF-16 indices.
const byteOffset = (text, index) => Buffer.byteLength(text.slice(0, index), 'utf8');

function occurrence(bytes, needle, n) {
  let at = -1;
  for (let k = 0, from = 0; k < n; k++) {
    at = bytes.indexOf(needle, from);
    if (at < 0) return null;
    from = at + 1;
  }
  return { start: at, end: at + Buffer.byteLength(needle, 'utf8') };
}

// chrono's result as a TIMEX3 value, at the precision it is certain of.
function chronoValue(component) {
  const y = component.get('year'), m = component.get('month'), d = component.get('day');
  if (component.isCertain('day') || component.isCertain('weekday')) return `${y}-${pad(m)}-${pad(d)}`;
  if (component.isCertain('month')) return `${y}-${pad(m)}`;
  return String(y);
}

function score(gold, bytes, predicted) {
  const s = { gold: 0, goldValued: 0, matched: 0, valued: 0, right: 0, predicted: 0 };
  const used = new Set(), onOptional = new Set();
  for (const g of gold.timexes || []) {
    const span = Number.isInteger(g.start) ? { start: g.start, end: g.end }
      : occurrence(bytes, Buffer.from(g.text, 'utf8'), g.occurrence || 1);
    if (!g.optional) s.gold++;
    if (!g.optional && g.value !== null && g.value !== undefined) s.goldValued++;
    let found = -1;
    predicted.forEach((p, i) => {
      if (!span || p.start >= span.end || span.start >= p.end) return;
      if (g.optional) onOptional.add(i);
      else if (!used.has(i) && found < 0) found = i;
    });
    if (g.optional || found < 0) continue;
    used.add(found);
    s.matched++;
    if (g.value === null || g.value === undefined) continue;
    s.valued++;
    if (predicted[found].value === g.value) s.right++;
  }
  predicted.forEach((_, i) => { if (used.has(i) || !onOptional.has(i)) s.predicted++; });
  return s;
}

function add(total, s) { for (const k of Object.keys(s)) total[k] = (total[k] || 0) + s[k]; }

function report(name, total, seconds, bytes) {
  const f = (x) => x.toFixed(3);
  const precision = total.predicted ? total.matched / total.predicted : 1;
  const recall = total.gold ? total.matched / total.gold : 1;
  const accuracy = total.valued ? total.right / total.valued : 1;
  const strict = total.goldValued ? total.right / total.goldValued : 1;
  console.log(`${name.padEnd(12)} precision ${f(precision)}  recall ${f(recall)}  value accuracy ${f(accuracy)}` +
              `  right/gold ${f(strict)}  throughput ${(bytes / seconds / 1e6).toFixed(2)} MB/s`);
}

const REPEAT = 200;
const docs = goldFiles.map((g) => {
  const gold = JSON.parse(readFileSync(g, 'utf8'));
  const text = readFileSync(articleOf(g), 'utf8');
  return { path: g, gold, text, bytes: Buffer.from(text, 'utf8'), ref: gold.dct ? new Date(`${gold.dct}T12:00:00Z`) : new Date() };
});
const totalBytes = docs.reduce((n, d) => n + d.bytes.length, 0);

// chrono-node
const chronoTotal = {};
for (const d of docs) {
  const predicted = chrono.fr.parse(d.text, d.ref).map((r) => ({
    start: byteOffset(d.text, r.index), end: byteOffset(d.text, r.index + r.text.length), value: chronoValue(r.start),
  }));
  add(chronoTotal, score(d.gold, d.bytes, predicted));
}
// CPU time on both sides, so a busy machine does not skew the comparison.
const cpu0 = process.cpuUsage();
for (let k = 0; k < REPEAT; k++) for (const d of docs) chrono.fr.parse(d.text, d.ref);
const cpu = process.cpuUsage(cpu0);
const chronoSeconds = (cpu.user + cpu.system) / 1e6;

// Depeche: its analyses of the same articles, scored here the same way; the speed is measured
// inside the process by `depeche eval-time --repeat`.
const depecheTotal = {};
for (const d of docs) {
  const dct = d.gold.dct ? ['--dct', d.gold.dct] : [];
  const out = execFileSync(depeche, ['analyze', articleOf(d.path), ...dct], { encoding: 'utf8' });
  const analysis = JSON.parse(out);
  const predicted = analysis.timexes.map((t) => ({ start: t.start, end: t.end, value: t.value }));
  add(depecheTotal, score(d.gold, d.bytes, predicted));
}
const bench = JSON.parse(execFileSync(depeche, ['eval-time', '--json', '--repeat', String(REPEAT), ...goldFiles],
                                      { encoding: 'utf8' }));
const depecheSeconds = bench.cpu_seconds;

console.log(`${docs.length} gold articles, ${depecheTotal.gold} required time expressions; ` +
            `throughput in CPU time over ${REPEAT} passes (${(totalBytes * REPEAT / 1e6).toFixed(1)} MB)`);
report('chrono-node', chronoTotal, chronoSeconds, totalBytes * REPEAT);
report('depeche', depecheTotal, depecheSeconds, totalBytes * REPEAT);
