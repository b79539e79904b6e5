// The rough edges of a first visit: signs the font lacked, the kind filter, the date field,
// the quotes CSV for Excel, the page bar's language and theme, kept in the URL.
import { readFileSync } from 'node:fs';
import { assert, assertEqual, explorerReady, openPage } from './harness.mjs';

async function settle(page) {
  const n = await page.evaluate(() => window.depeche.framesBuilt());
  await page.evaluate(() => Module._depeche_request_frames());
  await page.waitForFunction((k) => window.depeche.framesBuilt() > k + 1, n, { timeout: 5000 });
}

async function region(page, name) {
  await settle(page);
  const found = (await page.evaluate(() => window.depeche.viewState().regions)).find((r) => r.name === name);
  assert(found, `no region ${name}`);
  return found;
}

async function click(page, name) {
  const r = await region(page, name);
  await page.mouse.click(r.x + r.w / 2, r.y + r.h / 2);
  // A click takes three frames (hover, press, release) and its effect shows on the next: settle
  // twice, each at least two frames.
  await settle(page);
  await settle(page);
}

export async function interfaceSignsAndIconsHaveGlyphs({ browser, url }) {
  const page = await openPage(browser, url);
  // A plain ASCII text: whatever is missing comes from the interface, not the article.
  await page.evaluate(() => window.depeche.load('Titre\nParis / Test\nUn texte simple.\n', {}));
  for (const language of ['fr', 'en']) {
    await page.evaluate((l) => window.depeche.setLanguage(l), language);
    assertEqual(await page.evaluate(() => window.depeche.missingGlyphs()), [], `glyphs missing from the ${language} interface`);
  }
  assertEqual(page.problems, [], 'console errors or failed requests');
  await page.context().close();
}

export async function clickingAKindShowsThatKind({ browser, url }) {
  const page = await openPage(browser, url);
  const kinds = Object.fromEntries((await page.evaluate(() => window.depeche.analysis())).quotes.map((q) => [q.id, q.kind]));
  await click(page, 'chip:direct');
  let view = await page.evaluate(() => window.depeche.viewState());
  assertEqual(view.filters.kinds, ['direct'], 'a click on "direct" shows direct quotes only');
  assert(view.quotes.length > 0 && view.quotes.every((id) => kinds[id] === 'direct'), 'only direct quotes listed');
  await click(page, 'chip:mixed');
  view = await page.evaluate(() => window.depeche.viewState());
  assertEqual(view.filters.kinds, ['direct', 'mixed'], 'a second kind is added');
  await click(page, 'chip:all-kinds');
  view = await page.evaluate(() => window.depeche.viewState());
  assertEqual(view.filters.kinds, ['direct', 'indirect', 'mixed'], '"all" shows every kind again');
  await page.context().close();
}

// Keys are held as a hand holds them: ImGui reads key states once a frame, and frames come on demand.
async function typeDate(page, text) {
  await click(page, 'field:dct');
  await page.keyboard.press('Control+A', { delay: 100 });
  await page.keyboard.press('Backspace', { delay: 100 });
  await page.keyboard.type(text, { delay: 20 });
  await page.keyboard.press('Enter', { delay: 100 });
  await settle(page);
  return (await page.evaluate(() => window.depeche.viewState())).dctField;
}

export async function theDateFieldReadsFrenchDatesAndKeepsAMistake({ browser, url }) {
  const page = await openPage(browser, url);
  await page.evaluate(() => window.depeche.setLanguage('fr'));
  await typeDate(page, '14/05/2024');
  assertEqual(await page.evaluate(() => window.depeche.analysis().dct), '2024-05-14', 'DCT typed 14/05/2024');
  await typeDate(page, '2 octobre 2023');
  assertEqual(await page.evaluate(() => window.depeche.analysis().dct), '2023-10-02', 'DCT typed 2 octobre 2023');
  const wrong = await typeDate(page, '31/02/2024');
  assertEqual(wrong.text, '31/02/2024', 'what was typed stays in the box');
  assert(wrong.status.includes('31/02/2024') && wrong.status.includes("n'est pas une date"), `French error: ${wrong.status}`);
  assertEqual(await page.evaluate(() => window.depeche.analysis().dct), '2023-10-02', 'a wrong date keeps the analysis');
  await page.evaluate(() => window.depeche.setLanguage('en'));
  assert((await typeDate(page, 'yesterday')).status.includes('is not a date'), 'the error speaks English in English');

  // An article with relative dates and no publication date says how many events wait for one.
  await page.evaluate(() => window.depeche.load('Titre\nLa ministre a annoncé lundi un plan. Le maire a réagi mardi.\n', {}));
  const field = (await page.evaluate(() => window.depeche.viewState())).dctField;
  const undated = (await page.evaluate(() => window.depeche.analysis())).events.filter((e) => e.value === null).length;
  assert(undated > 0, 'the test article has events waiting for a date');
  assertEqual(field.waiting, undated, 'events waiting for a publication date');
  await page.context().close();
}

export async function quotesCsvOpensInAFrenchExcel({ browser, url }) {
  const page = await openPage(browser, url);
  for (const [kind, separator] of [['csv', ','], ['csv-semicolons', ';']]) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.evaluate((k) => window.depeche.exportAs(k), kind)]);
    const bytes = readFileSync(await download.path());
    assertEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], `${kind}: UTF-8 byte-order mark`);
    const text = bytes.subarray(3).toString('utf8');
    assert(text.startsWith(['id', 'kind', 'speaker', 'cue', 'date', 'start', 'end', 'text'].join(separator)), `${kind} header: ${text.slice(0, 60)}`);
    assert(text.includes('déclaré'), `${kind}: accents intact`);
  }
  await page.context().close();
}

const barColour = (page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

export async function thePageBarFollowsTheExplorersLanguageAndTheme({ browser, url }) {
  const page = await openPage(browser, url, { locale: 'fr-FR', colorScheme: 'light' });
  assertEqual(await page.locator('#depeche-open-button').textContent(), 'Ouvrir un article…', 'French bar');
  const light = await barColour(page);
  // The reader's choices made inside the canvas reach the page and the URL.
  await click(page, 'button:lang-en');
  await click(page, 'button:theme');
  assertEqual(await page.locator('#depeche-open-button').textContent(), 'Open an article…', 'English bar');
  assertEqual(await page.locator('.depeche-textlink').textContent(), 'Text version', 'English text link');
  assertEqual(await page.evaluate(() => document.documentElement.lang), 'en', 'page language');
  const dark = await barColour(page);
  assert(dark !== light, `the bar stays ${light} in dark mode`);
  const hash = await page.evaluate(() => window.location.hash);
  assert(hash.includes('lang=en') && hash.includes('theme=dark'), `choices missing from the URL: ${hash}`);
  // The files fetched after the first frame are let finish: a reload would abort them, which is
  // the test's doing, not the page's.
  await page.evaluate(() => window.depeche.towns);
  await page.waitForLoadState('networkidle');
  await page.reload();
  await page.evaluate(() => window.depeche.ready);
  await settle(page);
  const view = await page.evaluate(() => window.depeche.viewState());
  assertEqual([view.uiLanguage, view.theme], ['en', 'dark'], 'language and theme after a reload');
  assertEqual(await barColour(page), dark, 'the bar is dark after a reload');
  assertEqual(page.problems, [], 'console errors or failed requests');
  await page.context().close();
}

export async function theEmbedSpeaksTheHostPagesLanguage({ browser, url }) {
  const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 900, height: 800 } });
  // A host page of its own (the browser refuses a made-up origin access to the loopback server).
  const story = `${url}story-in-english.html`;
  await context.route(story, (route) => route.fulfill({
    contentType: 'text/html',
    body: '<!doctype html><html lang="en-GB"><body><div class="depeche"></div><script src="embed.js"></script></body></html>',
  }));
  const page = await context.newPage();
  await page.goto(story);
  const handle = await page.waitForSelector('iframe.depeche-frame');
  const frame = await handle.contentFrame();
  await explorerReady(frame);
  assertEqual(await frame.evaluate(() => window.depeche.viewState().uiLanguage), 'en', 'the widget follows <html lang="en-GB">');
  assert((await frame.locator('.depeche-hint-mouse').textContent()).startsWith('Click'), 'the hint speaks English');
  await context.close();
}

const pane = async (page, name) => (await region(page, `pane:${name}`)).h;

export async function laptopListsGetTheHeightAndTheChronologyCollapses({ browser, url }) {
  const page = await openPage(browser, url);
  const idle = { chronology: await pane(page, 'chronology'), speakers: await pane(page, 'speakers'), quotes: await pane(page, 'quotes') };
  // The chronology holds its axis and one line of hint until an event is chosen.
  // Before: 240 px of chronology, 180 px of speakers and 244 px of quotes.
  assert(idle.chronology < 225, `chronology pane ${idle.chronology} px with nothing chosen`);
  assert(idle.speakers + idle.quotes > 440, `speakers ${idle.speakers} px and quotes ${idle.quotes} px at 1280×800`);
  const analysis = await page.evaluate(() => window.depeche.analysis());
  const event = analysis.events.find((e) => e.value && e.quotes.length);
  await page.evaluate((id) => window.depeche.select(id), event.id);
  const chosen = await pane(page, 'chronology');
  assert(chosen > idle.chronology, `the details of a chosen event get room (${chosen} px vs ${idle.chronology} px)`);
  // A place with no dated event leaves one line, not an empty box.
  const dated = new Set(analysis.events.filter((e) => e.value).map((e) => e.place));
  const undated = analysis.places.find((p) => !dated.has(p.id));
  if (undated) {
    await page.evaluate((id) => window.depeche.select(id), undated.id);
    assert(await pane(page, 'chronology') < 60, 'the chronology of a place without dated events is one line');
  }
  await page.context().close();
}

export async function zoomButtonsZoomAboutTheMiddle({ browser, url }) {
  const page = await openPage(browser, url);
  const middle = async () => {
    const c = (await page.evaluate(() => window.depeche.viewState())).chronology;
    return c.offset + 0.5 / c.zoom;
  };
  const before = await middle();
  await click(page, 'button:zoom-in');
  await click(page, 'button:zoom-in');
  const zoomed = (await page.evaluate(() => window.depeche.viewState())).chronology.zoom;
  assert(zoomed > 2, `zoom after two clicks: ${zoomed}`);
  assert(Math.abs((await middle()) - before) < 1e-6, `the middle moved from ${before} to ${await middle()}`);
  await click(page, 'button:zoom-out');
  assert(Math.abs((await middle()) - before) < 1e-6, 'zooming out keeps the middle too');
  await page.context().close();
}

export async function theEmbedHintNeverCoversTheArticle({ browser, url }) {
  for (const width of [390, 820]) {
    const context = await browser.newContext({ viewport: { width, height: 844 }, hasTouch: width < 500, isMobile: width < 500 });
    const page = await context.newPage();
    await page.goto(`${url}embed.html`);
    await page.evaluate(() => window.depeche.ready);
    const boxes = await page.evaluate(() => {
      const hint = [...document.querySelectorAll('.depeche-hint-mouse, .depeche-hint-touch')].find((e) => e.offsetParent);
      return { canvas: document.getElementById('canvas').getBoundingClientRect().toJSON(), hint: hint.getBoundingClientRect().toJSON() };
    });
    assert(boxes.hint.height > 0, `no hint shown at ${width} px`);
    assert(boxes.hint.top >= boxes.canvas.bottom - 0.5, `at ${width} px the hint (top ${boxes.hint.top}) covers the canvas (bottom ${boxes.canvas.bottom})`);
    // Once the reader is in, the strip goes and the canvas takes its place.
    await page.locator('#depeche-shield').click();
    assert(await page.evaluate(() => document.getElementById('depeche-shield').hidden), 'the shield stays after a click');
    await context.close();
  }
}

export async function aPhoneHeaderIsOneLine({ browser, url }) {
  const page = await openPage(browser, url, { viewport: { width: 390, height: 844 } });
  await settle(page);
  const regions = await page.evaluate(() => window.depeche.viewState().regions);
  const canvasTop = await page.evaluate(() => document.getElementById('canvas').getBoundingClientRect().top);
  const tab = regions.find((r) => r.name === 'tab:article');
  const details = regions.find((r) => r.name === 'button:details');
  assert(details, 'the compact header has a details button');
  // One line of header (about 30 px) then the tabs.
  assert(tab.y - canvasTop < 60, `the tabs start ${tab.y - canvasTop} px below the top`);
  // The date field and the languages are one tap away.
  await page.mouse.click(details.x + details.w / 2, details.y + details.h / 2);
  // A click is a frame of hover, one of press and one of release (src/app/model/gestures.h), and
  // the popup draws on the frame after: wait for it rather than for a count of frames.
  await page.waitForFunction(() => window.depeche.viewState().regions.some((r) => r.name === 'field:dct'), null, { timeout: 5000 })
    .catch(() => {});
  const open = (await page.evaluate(() => window.depeche.viewState().regions)).map((r) => r.name);
  assert(open.includes('field:dct') && open.includes('button:lang-en'), `details popup: ${open.join(', ')}`);
  await page.context().close();
}

// On a phone and a tablet the chronology tab lists its dated events under the axis, in time
// order, one card each: the list fills the tab, a swipe scrolls it, a tap selects the event.
async function eventsListedUnderTheAxis(browser, url, viewport) {
  const page = await openPage(browser, url, { viewport, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });
  await click(page, 'tab:chronology');
  const list = await region(page, 'pane:events');
  const tab = await region(page, 'pane:chronology');
  assert(list.h > tab.h * 0.5, `the list takes ${Math.round(list.h)} of ${Math.round(tab.h)} px`);
  const analysis = await page.evaluate(() => window.depeche.analysis());
  const dated = analysis.events.filter((e) => e.value);
  assert(dated.length >= 5, 'the launch article has dated events');
  // Tapped near its top, the list selects its first card: the earliest event.
  const firstTime = dated.map((e) => e.value).sort()[0];
  await page.touchscreen.tap(list.x + list.w / 2, list.y + 20);
  await settle(page);
  await settle(page);
  const chosen = (await page.evaluate(() => window.depeche.viewState())).chronology;
  assert(chosen.selected, 'a tap on the first card selected nothing');
  assertEqual(chosen.value, firstTime, 'the first card is the earliest event');
  if (list.scrollMax > 0) {
    const cdp = await page.context().newCDPSession(page);
    const x = list.x + list.w / 2;
    const send = (type, y) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: y === null ? [] : [{ x, y, id: 1 }] });
    await send('touchStart', list.y + list.h - 30);
    for (let i = 1; i <= 8; i++) await send('touchMove', list.y + list.h - 30 - i * 25);
    await new Promise((r) => setTimeout(r, 150));
    await send('touchEnd', null);
    await settle(page);
    const after = await region(page, 'pane:events');
    assert(after.scroll > 100, `a 200 px swipe scrolled the list ${after.scroll} px`);
    assertEqual((await page.evaluate(() => window.depeche.viewState())).chronology.zoom, chosen.zoom, 'the swipe zoomed or panned the axis');
  }
  await page.context().close();
}

export async function aPhoneListsTheEventsUnderTheAxis({ browser, url }) {
  await eventsListedUnderTheAxis(browser, url, { width: 390, height: 844 });
}

export async function aTabletListsTheEventsUnderTheAxis({ browser, url }) {
  await eventsListedUnderTheAxis(browser, url, { width: 820, height: 1180 });
}
