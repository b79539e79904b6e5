// Dossiers in the browser: the bundled example from the header link and by deep link, a dossier
// of the invented test articles through depeche.loadDossier (speakers merged across spellings,
// one event with two sources, refusals named), the Sources toggles, exports naming each row's
// article, several files in the Open dialog, and data-articles in a news site's embed.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../tools/serve.mjs';
import { ROOT, assert, assertEqual, openPage, trackProblems } from './harness.mjs';

const INVENTED = join(ROOT, 'tests', 'fixtures', 'dossier', 'invented');
const manifest = JSON.parse(readFileSync(join(INVENTED, 'manifest.json'), 'utf8'));
const invented = manifest.map((m) => ({ name: m.name, dct: m.dct, text: readFileSync(join(INVENTED, m.path), 'utf8') }));

async function settled(page, ms = 200) {
  await page.waitForTimeout(ms);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

async function region(page, name) {
  const found = (await page.evaluate(() => window.depeche.viewState())).regions.find((r) => r.name === name);
  assert(found, `no region ${name}`);
  return found;
}

async function tap(page, name) {
  const r = await region(page, name);
  await page.mouse.click(r.x + r.w / 2, r.y + r.h / 2);
  await settled(page);
}

export async function exampleDossierOpensFromTheHeaderAndByDeepLink({ browser, url }) {
  const page = await openPage(browser, url);
  await page.click('#depeche-example-dossier');
  await settled(page);
  const dossier = await page.evaluate(() => window.depeche.dossier());
  assertEqual(dossier.schema, 'depeche/dossier@1', 'schema');
  assert(dossier.articles.length >= 12, `${dossier.articles.length} articles`);
  const years = dossier.articles.map((a) => Number(a.dct.slice(0, 4)));
  assert(Math.min(...years) === 1988 && Math.max(...years) === 2024, `years ${years}`);
  // Every article keeps its own date; two read it from their dateline.
  assert(dossier.articles.filter((a) => a.dct_source === 'text').length >= 2, 'no date read from a text');
  // One chronology, in time order, each event tied to its sources.
  const starts = dossier.events.filter((e) => e.value && /^\d{4}-\d{2}-\d{2}$/.test(e.value)).map((e) => e.value);
  assertEqual(JSON.stringify(starts), JSON.stringify([...starts].sort()), 'dated events out of order');
  assert(dossier.events.every((e) => e.sources.length >= 1), 'an event without a source');
  assert(dossier.events.some((e) => e.sources.length >= 2), 'no event told by two articles');
  assert(await page.evaluate(() => location.hash.includes('dossier=karabakh')), 'the address does not name the dossier');
  // The explorer draws it: the combined analysis holds every article's text.
  const text = await page.evaluate(() => window.depeche.text());
  for (const a of dossier.articles) assert(text.includes(a.title), `${a.title} missing from the text on screen`);
  assertEqual(page.problems.length, 0, page.problems.join('\n'));
  await page.context().close();

  // The deep link opens the dossier by itself, and the offline file holds it.
  const again = await openPage(browser, `${url}#dossier=karabakh`);
  const count = await again.evaluate(() => { const d = window.depeche.dossier(); return d && d.articles.length; });
  assertEqual(count, dossier.articles.length, 'deep link');
  await again.context().close();
  const offline = readFileSync(join(ROOT, 'dist', 'depeche-offline.html'), 'utf8');
  assert(offline.includes('openExampleDossier'), 'the offline file cannot open the example dossier');
}

export async function loadDossierMergesSpeakersAndEventsAcrossArticles({ browser, url }) {
  const page = await openPage(browser, url);
  const result = await page.evaluate((list) => window.depeche.loadDossier(list),
    [...invented, { name: 'vide.txt', text: '   ' }]);
  assert(result.ok, JSON.stringify(result));
  assert(result.refused && result.refused.includes('vide.txt'), `refusal not named: ${JSON.stringify(result)}`);
  const status = await page.evaluate(() => document.getElementById('depeche-status').textContent);
  assert(status.includes('vide.txt'), `status line: ${status}`);
  const d = await page.evaluate(() => window.depeche.dossier());
  assertEqual(d.articles.length, 4, 'articles kept');
  const minister = d.speakers.find((s) => s.aliases.includes('Arsène Kalousdian'));
  assert(minister, 'no speaker Arsène Kalousdian');
  assert(minister.aliases.some((a) => a.includes('Kalousdyan')), `spellings not merged: ${minister.aliases}`);
  assert(new Set(minister.quotes.map((q) => q.article)).size >= 3, 'the minister speaks in one article only');
  const mayor = d.speakers.find((s) => s.aliases.includes('Lise Ferrandou'));
  assert(mayor && mayor.aliases.some((a) => a.includes('Mme Ferrandou')), 'the mayor is two speakers');
  const closure = d.events.find((e) => e.value === '2025-03-03');
  assert(closure && closure.sources.length >= 2, `the closure of 3 March is not one event: ${JSON.stringify(closure)}`);
  // The chronology's details name every article that tells the closure.
  const closureOnScreen = await page.evaluate(() => window.depeche.analysis().events.find((e) => e.value === '2025-03-03').id);
  await page.evaluate((id) => window.depeche.select(id), closureOnScreen);
  await settled(page);
  const told = (await page.evaluate(() => window.depeche.viewState())).chronology.sources;
  assert(told && told.split(' ; ').length >= 2, `the closure's sources: ${told}`);
  // The views draw one speaker for the minister, quoting from several articles.
  const a = await page.evaluate(() => window.depeche.analysis());
  const speakers = a.entities.filter((e) => a.quotes.some((q) => q.speaker === e.id));
  assertEqual(speakers.filter((e) => (e.aliases || []).concat(e.name).some((n) => /Kalousd/.test(n))).length, 1, 'minister entities');
  // The text version lists the dossier's chronology and speakers.
  const version = await page.evaluate(() => document.getElementById('depeche-text-body').textContent);
  assert(version.includes('Kalousdian'), 'the text version has no speakers');
  const closureListed = await page.evaluate(() => document.querySelectorAll('#depeche-text-body time[datetime="2025-03-03"]').length);
  assert(closureListed >= 1, 'the text version does not list the dossier\'s chronology');
  await page.context().close();
}

export async function sourcesShowOneArticleAndExportsNameEachRowsArticle({ browser, url }) {
  const page = await openPage(browser, url);
  await page.evaluate((list) => window.depeche.loadDossier(list), invented);
  await settled(page);
  const whole = await page.evaluate(() => window.depeche.text().length);
  // "only" on the second article: every view shows it alone.
  await tap(page, 'source-only:a2');
  const alone = await page.evaluate(() => ({ text: window.depeche.text(), quotes: window.depeche.analysis().quotes.length }));
  assert(alone.text.length < whole / 2, `only a2: ${alone.text.length} of ${whole} bytes`);
  assert(alone.text.includes('Kalousdyan') && !alone.text.includes('Arsène Kalousdian'), 'not the second article alone');
  assert(alone.quotes > 0, 'no quote of a2');
  // The dossier itself is unchanged; "show all" brings everything back.
  assertEqual(await page.evaluate(() => window.depeche.dossier().articles.length), 4, 'dossier after a toggle');
  await tap(page, 'button:sources-all');
  assertEqual(await page.evaluate(() => window.depeche.text().length), whole, 'show all');
  // A tick takes one article out.
  await tap(page, 'source:a1');
  assert(!(await page.evaluate(() => window.depeche.text())).includes('Arsène Kalousdian'), 'a1 still shown');
  await page.evaluate(() => window.depeche.showArticles(['a1', 'a2', 'a3', 'a4']));

  const saved = await page.evaluate(() => {
    const files = [];
    Module.onDepecheSave = (name, type, text) => { files.push({ name, text }); return false; };
    window.depeche.exportAs('csv');
    window.depeche.exportAs('json');
    return files;
  });
  const csv = saved.find((f) => f.name.endsWith('.csv'));
  assert(csv, `no CSV among ${saved.map((f) => f.name)}`);
  const [header, ...rows] = csv.text.replace(/^\uFEFF/, '').trim().split('\r\n');
  assert(header.startsWith('id,article,'), `CSV header: ${header}`);
  const named = new Set(rows.map((r) => r.split(',')[1]));
  for (const m of manifest) assert([...named].some((n) => n.includes(m.name) || n.length > 2), 'rows without article');
  assert(named.size >= 3, `rows name ${named.size} articles`);
  const json = saved.find((f) => f.name.endsWith('.json'));
  assertEqual(JSON.parse(json.text).schema, 'depeche/dossier@1', 'the JSON export of a dossier');
  await page.context().close();
}

export async function openDialogTakesSeveralFilesAsADossier({ browser, url }) {
  const page = await openPage(browser, url);
  await page.evaluate(() => window.depeche.open());
  const files = invented.slice(0, 2).map((a, i) => ({ name: `article-${i + 1}.txt`, mimeType: 'text/plain', buffer: Buffer.from(a.text) }));
  files.push({ name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]) });
  await page.setInputFiles('dialog.depeche-open input[type=file]', files);
  await page.waitForFunction(() => window.depeche.dossier() !== null);
  const d = await page.evaluate(() => window.depeche.dossier());
  assertEqual(d.articles.map((a) => a.name).join(' '), 'article-1.txt article-2.txt', 'files kept');
  const status = await page.evaluate(() => document.getElementById('depeche-status').textContent);
  assert(status.includes('photo.png'), `the refused file is not named: ${status}`);
  // A paste of texts separated by "---" is a dossier too; a single text is an article again.
  await page.evaluate((texts) => window.depeche.open() || null, null);
  await page.fill('dialog.depeche-open textarea', `${invented[2].text}\n---\n${invented[3].text}`);
  await page.click('dialog.depeche-open button[type=submit]');
  await settled(page);
  assertEqual(await page.evaluate(() => window.depeche.dossier().articles.length), 2, '"---" paste');
  await page.evaluate((text) => window.depeche.load(text), invented[0].text);
  assertEqual(await page.evaluate(() => window.depeche.dossier()), null, 'a single article after a dossier');
  await page.context().close();
}

export async function embedOpensADossierFromDataArticles({ browser, url }) {
  const folder = mkdtempSync(join(tmpdir(), 'depeche-dossier-host-'));
  invented.forEach((a, i) => writeFileSync(join(folder, `${i + 1}.txt`), a.text));
  writeFileSync(join(folder, 'index.html'), `<!doctype html><html lang="fr"><head><meta charset="utf-8"></head><body>
    <div class="depeche" data-articles="1.txt 2.txt 3.txt missing.txt"></div>
    <script src="${url}embed.js"></script></body></html>`);
  const host = await startServer({ root: folder, port: 0 });
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  try {
    const tab = trackProblems(await context.newPage());
    await tab.goto(`${host.url}index.html`);
    const handle = await tab.waitForSelector('iframe.depeche-frame');
    const frame = await handle.contentFrame();
    await frame.waitForFunction(() => window.depeche && window.depeche.dossier && window.depeche.dossier() !== null, null, { timeout: 30000 });
    const d = await frame.evaluate(() => window.depeche.dossier());
    assertEqual(d.articles.length, 3, 'articles in the embed');
    const status = await frame.evaluate(() => document.getElementById('depeche-status').textContent);
    assert(status.includes('missing.txt'), `the missing file is not named: ${status}`);
  } finally {
    await context.close();
    host.server.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

// An article on screen, then another added to it from the dialog: a dossier of the two, the first
// under its own name and date; adding a third keeps both.
export async function articlesAreAddedOneByOneToWhatIsShown({ browser, url }) {
  const page = await openPage(browser, url);
  await page.evaluate((a) => window.depeche.load(a.text, { name: 'premier.txt', dct: a.dct }), invented[0]);
  await page.evaluate(() => window.depeche.open());
  await page.fill('dialog.depeche-open textarea', invented[1].text);
  await page.check('dialog.depeche-open .depeche-open-add input');
  await page.click('dialog.depeche-open button[type=submit]');
  await settled(page);
  let d = await page.evaluate(() => window.depeche.dossier());
  assert(d, 'no dossier after adding an article');
  assertEqual(d.articles.length, 2, 'articles after one addition');
  assertEqual(d.articles[0].name, 'premier.txt', 'the first article keeps its name');
  assertEqual(d.articles[0].dct, invented[0].dct, 'the first article keeps its date');
  const added = await page.evaluate((a) => window.depeche.addArticles([{ name: 'troisième.txt', text: a.text, dct: a.dct }]), invented[2]);
  assert(added.ok, JSON.stringify(added));
  d = await page.evaluate(() => window.depeche.dossier());
  assertEqual(d.articles.map((a) => a.name).join(' | '), `premier.txt | ${await page.evaluate(() => window.depeche.uiText('pasted-text'))} | troisième.txt`, 'articles after two additions');
  assert(d.speakers.some((s) => s.quotes.length >= 3 && s.aliases.includes('Arsène Kalousdian')), 'the minister is not followed across the added articles');
  await page.context().close();
}

// A large dossier (400 articles, 1.9 MB) is analyzed a slice of time at a time: the status line
// counts the articles and the page paints between slices.
export async function aLargeDossierShowsItsProgressAndKeepsThePageAlive({ browser, url }) {
  const page = await openPage(browser, url);
  const launch = readFileSync(join(ROOT, 'assets', 'articles', 'karabakh-peskov.fr.txt'), 'utf8');
  const seen = await page.evaluate(async (text) => {
    const list = Array.from({ length: 400 }, (_, i) => ({ name: `copie-${i + 1}.txt`, text, dct: '2023-09-25' }));
    const lines = [];
    const observer = new MutationObserver(() => lines.push(document.getElementById('depeche-status').textContent));
    observer.observe(document.getElementById('depeche-status'), { childList: true, characterData: true, subtree: true });
    let frames = 0;
    let counting = true;
    const count = () => { frames++; if (counting) requestAnimationFrame(count); };
    requestAnimationFrame(count);
    const result = await window.depeche.loadDossier(list);
    counting = false;
    observer.disconnect();
    return { ok: result.ok, lines, frames, articles: window.depeche.dossier().articles.length };
  }, launch);
  assert(seen.ok, 'the large dossier was refused');
  assertEqual(seen.articles, 400, 'articles');
  const partial = seen.lines.filter((l) => /\b([1-9]\d{0,2}) \/ 400\b/.test(l) && !/\b400 \/ 400\b/.test(l));
  assert(partial.length >= 2, `no progress shown: ${JSON.stringify(seen.lines.slice(0, 5))}`);
  assert(seen.frames >= 2, `the page painted ${seen.frames} frame(s) while the dossier loaded`);
  await page.context().close();
}
