// Scores stand-alone time phrases (tests/time/standalone_phrases.tsv): each phrase is analyzed
// alone against its DCT, by Depeche and by chrono-node's French parser, and is right when the
// first time expression found has the expected value (and, for Depeche, the expected mod), or when
// nothing is found in a phrase that holds no time expression. Prints the accuracy per family and
// for the development (odd cases) and test (even cases) halves.
//   node tests/time/score_phrases.mjs [path/to/depeche] [--misses dev|test|all]
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const require = createRequire(join(root, 'package.json'));
const chrono = require('chrono-node');

const args = process.argv.slice(2);
const missesAt = args.indexOf('--misses');
const misses = missesAt >= 0 ? args.splice(missesAt, 2)[1] : null;
const depeche = args[0] || join(root, 'build/native/depeche');

const cases = readFileSync(join(here, 'standalone_phrases.tsv'), 'utf8').split('\n')
  .filter((line) => line && !line.startsWith('#'))
  .map((line, i) => {
    const [family, phrase, dct, type, value, mod] = line.split('\t');
    return { family: Number(family), phrase, dct, type, value, mod: mod || '', half: i % 2 ? 'test' : 'dev' };
  });

const pad = (n) => String(n).padStart(2, '0');
// chrono's result as a TIMEX3 value, at the precision it is certain of (as tests/compare_chrono.mjs).
function chronoValue(c) {
  const y = c.get('year'), m = c.get('month'), d = c.get('day');
  let v = String(y);
  if (c.isCertain('day') || c.isCertain('weekday')) v = `${y}-${pad(m)}-${pad(d)}`;
  else if (c.isCertain('month')) v = `${y}-${pad(m)}`;
  if (c.isCertain('hour')) v += `T${pad(c.get('hour'))}:${pad(c.get('minute') || 0)}`;
  return v;
}

const dir = mkdtempSync(join(tmpdir(), 'depeche-phrases-'));
const file = join(dir, 'phrase.txt');
const results = cases.map((c) => {
  writeFileSync(file, c.phrase);
  const analysis = JSON.parse(execFileSync(depeche, ['analyze', file, '--dct', c.dct], { encoding: 'utf8' }));
  const t = analysis.timexes[0];
  const none = c.value === '-';
  const depecheRight = none ? !t : !!t && t.value === c.value && (t.mod || '') === c.mod;
  const parsed = chrono.fr.parse(c.phrase, new Date(`${c.dct}T12:00:00Z`))[0];
  const chronoRight = none ? !parsed : !!parsed && chronoValue(parsed.start) === c.value;
  return { ...c, got: t ? `${t.value}${t.mod ? ` ${t.mod}` : ''} (${t.type}, "${t.text}")` : 'nothing', depecheRight, chronoRight };
});
rmSync(dir, { recursive: true });

const share = (rs, key) => rs.length ? (rs.filter((r) => r[key]).length / rs.length).toFixed(3) : '-';
console.log(`${results.length} stand-alone phrases                       depeche  chrono-node`);
for (const f of [...new Set(results.map((r) => r.family))].sort((a, b) => a - b)) {
  const rs = results.filter((r) => r.family === f);
  console.log(`  family ${String(f).padEnd(3)} ${String(rs.length).padStart(3)} cases                      ${share(rs, 'depecheRight')}    ${share(rs, 'chronoRight')}`);
}
for (const half of ['dev', 'test']) {
  const rs = results.filter((r) => r.half === half);
  console.log(`  ${half.padEnd(4)} half ${String(rs.length).padStart(3)} cases                      ${share(rs, 'depecheRight')}    ${share(rs, 'chronoRight')}`);
}
console.log(`  all       ${String(results.length).padStart(3)} cases                      ${share(results, 'depecheRight')}    ${share(results, 'chronoRight')}`);
if (misses)
  for (const r of results.filter((x) => !x.depecheRight && (misses === 'all' || x.half === misses)))
    console.log(`miss [${r.family}] ${r.phrase} | dct ${r.dct} | want ${r.value}${r.mod ? ` ${r.mod}` : ''} (${r.type}) | got ${r.got}`);
