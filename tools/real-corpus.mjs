// The real-text corpus: annotations of news excerpts that are never committed.
//
//   node tools/real-corpus.mjs check DRAFT.json...        every string of a draft is in its text
//   node tools/real-corpus.mjs anchor DRAFT.json... --out tests/real
//                                                          drafts -> committed annotations (byte offsets)
//   node tools/real-corpus.mjs rebuild --texts DIR --out DIR [--annotations tests/real]
//                                                          annotations + saved texts -> gold files, split
//                                                          into OUT/dev and OUT/test by site
//   node tools/real-corpus.mjs stats [--annotations tests/real]
//
// A draft is written by the annotator with exact substrings ("text" plus the 1-based "occurrence" of
// that string in the excerpt); its excerpt is TEXTS/<id>.txt. An annotation keeps only byte offsets,
// the url and query that find the excerpt again and its sha256, so no third-party text is committed.
// See tests/real/README.md for the procedure.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

class CorpusError extends Error {}

const KINDS = new Set(['direct', 'indirect', 'mixed']);
const SPEAKER_TYPES = new Set(['person', 'organization', 'group', 'place', 'other']);
const TIMEX_TYPES = new Set(['date', 'time', 'duration', 'set']);
const PLACE_KINDS = new Set(['city', 'country', 'region', 'other']);

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

// The site a url belongs to, without "www." and the like: the unit of the dev/test split.
export function siteOf(url) {
  const host = new URL(url).hostname.toLowerCase();
  return host.replace(/^(www\d?|m|mobile|amp|fr)\./, '');
}

// One site in three goes to the test part; the choice depends on the site's name alone, so a site's
// excerpts never straddle the two parts and adding excerpts never moves a site.
export function partOf(site) {
  return parseInt(sha256(site).slice(0, 8), 16) % 3 === 0 ? 'test' : 'dev';
}

// The search tool shows no-break spaces as spaces and a saved excerpt may end in CRLF: both are
// folded before hashing and anchoring, so two savings of the same excerpt give the same bytes.
export function normalizeExcerpt(text) {
  return text.replace(/\r\n?/g, '\n').replace(/[\u00a0\u2007\u202f]/g, ' ');
}

function readText(path) {
  if (!existsSync(path)) throw new CorpusError(`${path}: no saved excerpt (see tests/real/README.md)`);
  return Buffer.from(normalizeExcerpt(readFileSync(path, 'utf8')), 'utf8');
}

// Byte span of the n-th occurrence (1-based) of `needle` in `text` (a Buffer).
function locate(text, needle, occurrence, where) {
  if (typeof needle !== 'string' || needle.length === 0) throw new CorpusError(`${where}: empty or missing "text"`);
  const bytes = Buffer.from(normalizeExcerpt(needle), 'utf8');
  let at = -1;
  for (let n = 0; n < (occurrence || 1); ++n) {
    at = text.indexOf(bytes, at + 1);
    if (at < 0) {
      const seen = n === 0 ? 'not in the excerpt' : `only ${n} time(s) in the excerpt`;
      throw new CorpusError(`${where}: "${needle.slice(0, 70)}" is ${seen}`);
    }
  }
  return [at, at + bytes.length];
}

function need(cond, message) {
  if (!cond) throw new CorpusError(message);
}

function anchorDraft(draftPath, textsDir) {
  const draft = JSON.parse(readFileSync(draftPath, 'utf8'));
  const where = basename(draftPath);
  need(typeof draft.id === 'string' && /^[a-z0-9-]+$/.test(draft.id), `${where}: "id" must be lowercase letters, digits and dashes`);
  need(typeof draft.url === 'string' && /^https?:\/\//.test(draft.url), `${where}: "url" must be an http(s) address`);
  need(typeof draft.query === 'string' && draft.query.length > 0, `${where}: "query" must be the search that finds the excerpt`);
  need(draft.dct === null || /^\d{4}-\d{2}-\d{2}$/.test(draft.dct || ''), `${where}: "dct" must be YYYY-MM-DD or null`);
  const text = readText(join(textsDir || dirname(draftPath).replace(/drafts$/, 'texts'), `${draft.id}.txt`));
  const speakers = (draft.speakers || []).map((s, i) => {
    const at = `${where}: speaker ${i + 1}`;
    need(typeof s.name === 'string' && s.name, `${at} needs a "name"`);
    need(SPEAKER_TYPES.has(s.type), `${at}: "type" must be one of ${[...SPEAKER_TYPES].join(', ')}`);
    const aliases = [...new Set([s.name, ...(s.aliases || [])])];
    return { name: s.name, type: s.type, aliases };
  });
  const names = new Set(speakers.map((s) => s.name));
  const quotes = (draft.quotes || []).map((q, i) => {
    const at = `${where}: quote ${i + 1}`;
    need(KINDS.has(q.kind), `${at}: "kind" must be direct, indirect or mixed`);
    need(q.speaker === null || names.has(q.speaker), `${at}: speaker "${q.speaker}" is not in "speakers" (null when the text does not say)`);
    const [start, end] = locate(text, q.text, q.occurrence, at);
    const out = { start, end, kind: q.kind, speaker: q.speaker };
    if (q.cue) out.cue = locate(text, q.cue, q.cue_occurrence, `${at} cue`);
    if (q.construction) out.construction = q.construction;
    return out;
  });
  const timexes = (draft.timexes || []).map((t, i) => {
    const at = `${where}: timex ${i + 1}`;
    need(TIMEX_TYPES.has(t.type), `${at}: "type" must be date, time, duration or set`);
    need(t.value === null || typeof t.value === 'string', `${at}: "value" must be a TIMEX3 string or null`);
    const [start, end] = locate(text, t.text, t.occurrence, at);
    const out = { start, end, type: t.type, value: t.value };
    if (t.mod) out.mod = t.mod;
    if (t.optional) out.optional = true;
    return out;
  });
  const places = (draft.places || []).map((p, i) => {
    const at = `${where}: place ${i + 1}`;
    need(PLACE_KINDS.has(p.kind), `${at}: "kind" must be city, country, region or other`);
    need(Number.isFinite(p.lat) && Number.isFinite(p.lon), `${at} needs "lat" and "lon"`);
    const [start, end] = locate(text, p.text, p.occurrence, at);
    return { start, end, canonical: p.canonical, country: p.country || null, kind: p.kind, lat: p.lat, lon: p.lon };
  });
  const site = siteOf(draft.url);
  return {
    schema: 'depeche/real-annotation@1',
    id: draft.id,
    url: draft.url,
    query: draft.query,
    site,
    part: partOf(site),
    topic: draft.topic || null,
    sha256: sha256(text),
    bytes: text.length,
    dct: draft.dct ?? null,
    dct_from: draft.dct_from || (draft.dct ? 'text' : null),
    speakers,
    quotes,
    timexes,
    places,
  };
}

const slice = (text, [start, end]) => text.subarray(start, end).toString('utf8');

// The gold file `depeche eval` and `depeche eval-time` read, next to its article.
function goldOf(annotation, text) {
  const gold = {
    schema: 'article-explorer/gold@1',
    article: `${annotation.id}.fr.txt`,
    language: 'fr',
    url: annotation.url,
    site: annotation.site,
    speakers: annotation.speakers,
    quotes: annotation.quotes.map((q) => ({
      kind: q.kind,
      speaker: q.speaker,
      cue: q.cue ? slice(text, q.cue) : '',
      text: slice(text, [q.start, q.end]),
      start: q.start,
      end: q.end,
      ...(q.construction ? { construction: q.construction } : {}),
    })),
    timexes: annotation.timexes.map((t) => ({
      text: slice(text, [t.start, t.end]),
      start: t.start,
      end: t.end,
      type: t.type,
      value: t.value,
      ...(t.mod ? { mod: t.mod } : {}),
      ...(t.optional ? { optional: true } : {}),
    })),
    places: annotation.places.map((p) => ({ text: slice(text, [p.start, p.end]), ...p })),
  };
  if (annotation.dct) gold.dct = annotation.dct;
  if (annotation.dct_from) gold.dct_from = annotation.dct_from;
  return gold;
}

function annotationFiles(dir) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(dir, f));
}

function rebuild(annotationsDir, textsDir, outDir) {
  const missing = [];
  const changed = [];
  const counts = { dev: 0, test: 0 };
  for (const file of annotationFiles(annotationsDir)) {
    const a = JSON.parse(readFileSync(file, 'utf8'));
    const path = join(textsDir, `${a.id}.txt`);
    if (!existsSync(path)) {
      missing.push(a.id);
      continue;
    }
    const text = readText(path);
    if (sha256(text) !== a.sha256) {
      changed.push(a.id);
      continue;
    }
    const dir = join(outDir, a.part);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${a.id}.fr.txt`), text);
    writeFileSync(join(dir, `${a.id}.gold.json`), `${JSON.stringify(goldOf(a, text), null, 1)}\n`);
    counts[a.part] += 1;
  }
  process.stdout.write(`rebuilt ${counts.dev} dev and ${counts.test} test gold files in ${outDir}\n`);
  if (missing.length) process.stdout.write(`no saved text for ${missing.length}: ${missing.join(' ')}\n`);
  if (changed.length) process.stdout.write(`text differs from its sha256 for ${changed.length}: ${changed.join(' ')}\n`);
}

function stats(annotationsDir) {
  const rows = { dev: { ex: 0, q: 0, t: 0, p: 0, sites: new Set() }, test: { ex: 0, q: 0, t: 0, p: 0, sites: new Set() } };
  const kinds = {};
  for (const file of annotationFiles(annotationsDir)) {
    const a = JSON.parse(readFileSync(file, 'utf8'));
    const r = rows[a.part];
    r.ex += 1;
    r.q += a.quotes.length;
    r.t += a.timexes.length;
    r.p += a.places.length;
    r.sites.add(a.site);
    for (const q of a.quotes) kinds[q.kind] = (kinds[q.kind] || 0) + 1;
  }
  for (const [part, r] of Object.entries(rows))
    process.stdout.write(`${part}: ${r.ex} excerpts from ${r.sites.size} sites, ${r.q} quotations, ${r.t} time expressions, ${r.p} places\n`);
  process.stdout.write(`quotations by kind: ${JSON.stringify(kinds)}\n`);
}

function option(args, name, fallback) {
  const i = args.indexOf(`--${name}`);
  if (i < 0) return fallback;
  need(i + 1 < args.length, `--${name} needs a value`);
  const [value] = args.splice(i, 2).slice(1);
  return value;
}

function main(argv) {
  const [command, ...args] = argv;
  const annotations = option(args, 'annotations', 'tests/real/annotations');
  if (command === 'check' || command === 'anchor') {
    const out = option(args, 'out', null);
    const texts = option(args, 'texts', null);
    need(args.length > 0, `${command} needs draft files`);
    let failed = 0;
    for (const draft of args) {
      try {
        const a = anchorDraft(draft, texts);
        if (out) writeFileSync(join(out, `${a.id}.json`), `${JSON.stringify(a, null, 1)}\n`);
        process.stdout.write(`ok ${a.id}: ${a.quotes.length} quotations, ${a.timexes.length} time expressions, ${a.places.length} places (${a.part})\n`);
      } catch (e) {
        if (!(e instanceof CorpusError) && !(e instanceof SyntaxError)) throw e;
        process.stdout.write(`error ${e.message}\n`);
        failed += 1;
      }
    }
    return failed ? 1 : 0;
  }
  if (command === 'rebuild') {
    rebuild(annotations, option(args, 'texts', '/tmp/real/texts'), option(args, 'out', 'build/real'));
    return 0;
  }
  if (command === 'stats') {
    stats(annotations);
    return 0;
  }
  throw new CorpusError('usage: real-corpus.mjs check|anchor|rebuild|stats (see the top of the file)');
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  if (!(e instanceof CorpusError)) throw e;
  process.stderr.write(`real-corpus: ${e.message}\n`);
  process.exitCode = 2;
}
