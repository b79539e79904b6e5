// The explorer's linked views, driven through the page's hooks (window.depeche.select,
// setFilters, setDct, viewState) and real browser events (paste, hash), with screenshots of
// each state at 1280×800 and 390×844 in build/test-artifacts/.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, ROOT, assert, assertEqual, openPage } from './harness.mjs';

const SIZES = [{ name: 'wide', viewport: { width: 1280, height: 800 } }, { name: 'phone', viewport: { width: 390, height: 844 } }];
const SECOND_ARTICLE = readFileSync(join(ROOT, 'tests', 'browser', 'articles', 'greve-port-marseille.fr.txt'), 'utf8');

async function settle(page) {
  // Frames are built on demand: wait until the map's flight has landed and two frames passed.
  await page.waitForFunction(() => !window.depeche.viewState().map.moving, null, { timeout: 5000 });
  const n = await page.evaluate(() => window.depeche.framesBuilt());
  await page.evaluate(() => Module._depeche_request_frames());
  await page.waitForFunction((k) => window.depeche.framesBuilt() > k + 1, n, { timeout: 5000 });
}

async function shoot(page, name) {
  await settle(page);
  writeFileSync(join(ARTIFACTS, `views-${name}.png`), await page.locator('#canvas').screenshot());
}

async function speakerNamed(page, surname) {
  const a = await page.evaluate(() => window.depeche.analysis());
  const speakers = new Set(a.quotes.map((q) => q.speaker).filter(Boolean));
  const e = a.entities.find((x) => speakers.has(x.id) && x.name.includes(surname));
  assert(e, `no speaker named ${surname} among ${a.entities.map((x) => x.name).join(', ')}`);
  return { analysis: a, entity: e };
}

export async function selectingPeskovFiltersQuotesAndArticle({ browser, url }) {
  for (const size of SIZES) {
    const page = await openPage(browser, url, { viewport: size.viewport });
    const { analysis, entity } = await speakerNamed(page, 'Peskov');
    assert(await page.evaluate((id) => window.depeche.select(id), entity.id), 'select refused a known speaker');
    const view = await page.evaluate(() => window.depeche.viewState());
    const his = analysis.quotes.filter((q) => q.speaker === entity.id).map((q) => q.id);
    assert(his.length >= 2, `Peskov has ${his.length} quotes`);
    assertEqual(view.quotes, his, 'quotes list shows exactly his quotes');
    assertEqual(view.filters.speaker, entity.id, 'speaker filter');
    for (const h of view.article.highlights) {
      assertEqual(h.emphasis, h.speaker === entity.id, `article emphasis of ${h.quote}`);
    }
    assertEqual(view.layout, size.name === 'wide' ? 'columns' : 'tabs', 'layout adapts to the width');
    await shoot(page, `peskov-${size.name}`);
    // Selecting a quote keeps the filter and selects it everywhere.
    assert(await page.evaluate((id) => window.depeche.select(id), his[0]), 'quote select');
    assertEqual((await page.evaluate(() => window.depeche.viewState())).article.highlights.find((h) => h.selected)?.quote, his[0], 'selected quote highlighted');
    assert(!(await page.evaluate(() => window.depeche.select('q99999'))), 'an unknown id is refused');
    assertEqual(page.problems, [], 'console errors or failed requests');
    await page.context().close();
  }
}

export async function selectingTheEventOf24SeptemberShowsErevanOnTheMap({ browser, url }) {
  for (const size of SIZES) {
    const page = await openPage(browser, url, { viewport: size.viewport });
    const analysis = await page.evaluate(() => window.depeche.analysis());
    const event = analysis.events.find((e) => e.value === '2023-09-24');
    assert(event, `no event on 2023-09-24 among ${analysis.events.map((e) => e.value).join(', ')}`);
    assert(await page.evaluate((id) => window.depeche.select(id), event.id), 'event select');
    await page.waitForFunction(() => !window.depeche.viewState().map.moving, null, { timeout: 5000 });
    const view = await page.evaluate(() => window.depeche.viewState());
    await shoot(page, `event-2023-09-24-${size.name}`);
    assertEqual(view.chronology.selected, event.id, 'chronology selection');
    assertEqual(view.map.selectedName, 'Erevan', 'map selection');
    assert(view.map.visiblePlaces.includes(view.map.selected), 'the map flew to Erevan');
    // Selecting the place filters the chronology to what happened there.
    await page.evaluate((id) => window.depeche.select(id), view.map.selected);
    const there = await page.evaluate(() => window.depeche.viewState());
    assert(there.chronology.events.includes(event.id), 'the event stays under its place filter');
    assert(there.chronology.events.every((id) => analysis.events.find((e) => e.id === id).place === view.map.selected), 'events filtered by place');
    await page.context().close();
  }
}

export async function changingTheDctMovesRelativeDates({ browser, url }) {
  const page = await openPage(browser, url);
  const before = await page.evaluate(() => window.depeche.analysis());
  // "lundi" and "dimanche" hang on the DCT: a week later, they move by seven days.
  const weekdays = before.timexes.filter((t) => /^(lundi|dimanche)$/i.test(t.text) && t.value);
  assert(weekdays.length >= 2, `weekdays found: ${JSON.stringify(before.timexes.map((t) => t.text))}`);
  const result = await page.evaluate(() => window.depeche.setDct('2023-10-02'));
  assert(result.ok, `setDct refused: ${JSON.stringify(result)}`);
  const after = await page.evaluate(() => window.depeche.analysis());
  assertEqual(after.dct, '2023-10-02', 'new DCT');
  const day = (v) => Date.parse(`${v}T00:00:00Z`) / 86400000;
  for (const t of weekdays) {
    const moved = after.timexes.find((u) => u.start === t.start);
    assertEqual(day(moved.value) - day(t.value), 7, `"${t.text}" at ${t.start} moved a week`);
  }
  assertEqual((await page.evaluate(() => window.depeche.viewState())).dct, '2023-10-02', 'views follow the DCT');
  await shoot(page, 'dct-changed-wide');
  const bad = await page.evaluate(() => window.depeche.setDct('2024-02-30'));
  assert(!bad.ok, 'an impossible DCT was accepted');
  assertEqual((await page.evaluate(() => window.depeche.analysis())).dct, '2023-10-02', 'a refused DCT keeps the analysis');
  await page.context().close();
}

export async function pastingASecondArticleReplacesEveryView({ browser, url }) {
  for (const size of SIZES) {
    const page = await openPage(browser, url, { viewport: size.viewport });
    const { entity } = await speakerNamed(page, 'Peskov');
    await page.evaluate((id) => window.depeche.select(id), entity.id);
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, SECOND_ARTICLE);
    const analysis = await page.evaluate(() => window.depeche.analysis());
    assert(analysis.title.startsWith('LES DOCKERS DE MARSEILLE'), `title after paste: ${analysis.title}`);
    const view = await page.evaluate(() => window.depeche.viewState());
    assertEqual(view.selected, null, 'the old selection is gone');
    assertEqual(view.filters.speaker, null, 'the old filter is gone');
    assert(!view.speakers.some((s) => s.name.includes('Peskov')), 'speakers of the old article remain');
    assertEqual(view.quotes.length, analysis.quotes.length, 'quotes list shows the new quotes');
    await shoot(page, `pasted-${size.name}`);
    assertEqual(page.problems, [], 'console errors or failed requests');
    await page.context().close();
  }
}

export async function deepLinkOpensOnTheSameQuote({ browser, url }) {
  const first = await openPage(browser, url);
  const { analysis, entity } = await speakerNamed(first, 'Peskov');
  const quote = analysis.quotes.filter((q) => q.speaker === entity.id).at(-1);
  await first.evaluate((id) => window.depeche.select(id), entity.id);
  await first.evaluate((id) => window.depeche.select(id), quote.id);
  await first.evaluate(() => window.depeche.setFilters({ ...window.depeche.state().filters, kinds: [...new Set(['direct', 'mixed', 'indirect'])], search: '' }));
  const link = await first.evaluate(() => window.location.href);
  assert(link.includes(`sel=${quote.id}`) && link.includes(`speaker=${entity.id}`), `hash not kept: ${link}`);
  await first.context().close();

  for (const size of SIZES) {
    const page = await openPage(browser, link, { viewport: size.viewport });
    await page.waitForFunction((id) => window.depeche.selection() === id, quote.id, { timeout: 5000 });
    const view = await page.evaluate(() => window.depeche.viewState());
    assertEqual(view.filters.speaker, entity.id, 'speaker filter from the link');
    assert(view.quotes.includes(quote.id), 'the linked quote is listed');
    await shoot(page, `deep-link-${size.name}`);
    // Changing the hash by hand re-applies it; a new language and theme come through it too.
    await page.evaluate(() => { window.location.hash = '#kinds=direct&lang=en&theme=dark'; });
    await page.waitForFunction(() => window.depeche.viewState().uiLanguage === 'en', null, { timeout: 5000 });
    const after = await page.evaluate(() => window.depeche.viewState());
    assertEqual(after.filters.kinds, ['direct'], 'kinds from the hash');
    assertEqual(after.theme, 'dark', 'theme from the hash');
    assert(after.quotes.every((id) => analysis.quotes.find((q) => q.id === id).kind === 'direct'), 'only direct quotes listed');
    await shoot(page, `english-dark-${size.name}`);
    await page.context().close();
  }
}

// A key held as long as a person holds it: ImGui 1.86 polls key state once per frame.
async function tap(page, key) {
  await page.keyboard.down(key);
  await page.waitForTimeout(80);
  await page.keyboard.up(key);
}

export async function clicksInsideTheAppAnnounceTheSelection({ browser, url }) {
  const page = await openPage(browser, url, { viewport: { width: 1280, height: 800 } });
  await page.evaluate(() => { window.selections = []; window.depeche.on('select', (id) => window.selections.push(id)); });
  // Step through the chronology with the keyboard: each step is a selection made inside the app.
  await page.locator('#canvas').focus();
  await tap(page, 'ArrowRight');
  await page.waitForFunction(() => window.selections.length > 0, null, { timeout: 5000 }).catch(async (e) => { throw new Error(e.message + JSON.stringify(await page.evaluate(() => [window.selections, window.depeche.selection(), window.depeche.framesBuilt(), document.activeElement.id]))); });
  const [first] = await page.evaluate(() => window.selections);
  const analysis = await page.evaluate(() => window.depeche.analysis());
  const dated = analysis.events.filter((e) => e.value);
  assert(first && first.startsWith('ev'), `the first step selected ${first}`);
  await tap(page, 'ArrowRight');
  await page.waitForFunction(() => window.selections.length > 1, null, { timeout: 5000 });
  const second = (await page.evaluate(() => window.selections))[1];
  assert(second !== first && dated.some((e) => e.id === second), 'the second step moved to another event');
  assert((await page.evaluate(() => window.location.hash)).includes(`sel=${second}`), 'the hash follows');
  await page.context().close();
}

export async function prefersColorSchemeDarkIsFollowed({ browser, url }) {
  const page = await openPage(browser, url, { colorScheme: 'dark' });
  await page.waitForFunction(() => window.depeche.viewState().theme === 'dark', null, { timeout: 5000 });
  await shoot(page, 'dark-wide');
  await page.context().close();
}

export async function openDialogTakesAFile({ browser, url }) {
  const page = await openPage(browser, url, { viewport: { width: 390, height: 844 } });
  await page.evaluate(() => window.depeche.open());
  const dialog = page.locator('dialog.depeche-open');
  assert(await dialog.isVisible(), 'the Open dialog is not shown');
  await page.locator('dialog.depeche-open input[type=file]').setInputFiles(join(ROOT, 'tests', 'browser', 'articles', 'greve-port-marseille.fr.txt'));
  await page.waitForFunction(() => window.depeche.analysis().title.startsWith('LES DOCKERS'), null, { timeout: 5000 });
  assert(!(await dialog.isVisible()), 'the dialog stays open after a good file');
  await page.context().close();
}

// The Open dialog takes the publication date as a reader writes it; a mistake is said in the
// interface's language and kept in the field, and nothing is opened until it is put right.
export async function openDialogTakesAPublicationDate({ browser, url }) {
  const page = await openPage(browser, url, { viewport: { width: 1280, height: 800 } });
  await page.evaluate(() => window.depeche.setLanguage('fr'));
  await page.evaluate(() => window.depeche.open());
  const dialog = page.locator('dialog.depeche-open');
  const text = 'Brève\nLyon / Test\n\n« La piscine rouvrira demain », a annoncé Paul Ardent, le maire.\n';
  await dialog.locator('textarea').fill(text);
  const date = dialog.locator('.depeche-open-date input');
  assertEqual(await dialog.locator('.depeche-open-date span').textContent(), 'Date de publication', 'the field is named');
  await date.fill('31/02/2024');
  await dialog.locator('button[type=submit]').click();
  const error = await dialog.locator('.depeche-open-error').textContent();
  assert(error.includes('« 31/02/2024 » n\'est pas une date'), `the mistake is not said in French: ${error}`);
  assertEqual(await date.inputValue(), '31/02/2024', 'the mistake was erased');
  assert(await dialog.isVisible(), 'the dialog closed on a wrong date');
  assert((await page.evaluate(() => window.depeche.analysis().title)).startsWith('MOSCOU'), 'a text was opened with a wrong date');
  await date.fill('14 mai 2024');
  await dialog.locator('button[type=submit]').click();
  await page.waitForFunction(() => window.depeche.analysis().title === 'Brève', null, { timeout: 5000 });
  assert(!(await dialog.isVisible()), 'the dialog stays open after a good date');
  const analysis = await page.evaluate(() => window.depeche.analysis());
  assertEqual(analysis.dct, '2024-05-14', 'the typed date is the publication date');
  assert(analysis.timexes.some((t) => t.value === '2024-05-15'), '"demain" is not the day after the typed date');
  await page.context().close();
}

export async function exportsAreDownloadedInReusableFormats({ browser, url }) {
  const page = await openPage(browser, url, { acceptDownloads: true });
  const read = async (kind) => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.evaluate((k) => window.depeche.exportAs(k), kind)]);
    const path = await download.path();
    return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
  };
  const json = await read('json');
  assert(json.name.endsWith('.analysis.json'), `analysis file name ${json.name}`);
  assertEqual(JSON.parse(json.text).schema, 'depeche/analysis@1', 'analysis schema');
  const csv = await read('csv');
  const analysis = await page.evaluate(() => window.depeche.analysis());
  assert(csv.text.startsWith('\uFEFFid,kind,speaker,cue,date,start,end,text'), 'CSV header after its byte-order mark');
  assertEqual(csv.text.split('\r\n').filter((l) => /^q\d+,/.test(l)).length, analysis.quotes.length, 'one CSV row per quote');
  const timeline = JSON.parse((await read('timeline')).text);
  assert(timeline.events.length > 3 && timeline.events.every((e) => e.start_date && e.start_date.year), 'TimelineJS events with dates');
  assert(timeline.events.some((e) => e.start_date.year === 1991), 'the 1991 event is exported');
  await page.context().close();
}
