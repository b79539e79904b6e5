// The text version of the analysis (speakers with their quotes, chronology, places) in real
// HTML, kept in step with what is loaded and selected, and an explorer usable from the keyboard.
import { assert, assertEqual, openPage } from './harness.mjs';

const normal = (s) => s.replace(/\s+/g, ' ').trim();

// The text version is built just after a load: wait for it to show the loaded title.
async function textVersionShows(page, title) {
  await page.waitForFunction((t) => document.querySelector('.depeche-alt-title')?.textContent === t, title, { timeout: 5000 });
}

export async function textVersionListsEverySpeakerAndQuote({ browser, url }) {
  const page = await openPage(browser, url);
  const analysis = await page.evaluate(() => window.depeche.analysis());
  await textVersionShows(page, analysis.title);
  assert(analysis.quotes.length > 0, 'the launch article has no quotes to check');
  const alt = normal(await page.locator('#depeche-text-body').textContent());
  const speakers = new Set(analysis.quotes.map((q) => q.speaker).filter(Boolean));
  for (const id of speakers) {
    const entity = analysis.entities.find((e) => e.id === id);
    assert(alt.includes(normal(entity.name)), `speaker ${entity.name} missing from the text version`);
  }
  for (const quote of analysis.quotes) {
    const item = normal(await page.locator(`[id="depeche-alt-${quote.id}"] q`).textContent());
    assertEqual(item, normal(quote.text), `quote ${quote.id} in the text version`);
  }
  assertEqual(await page.locator('.depeche-alt-event').count(), analysis.events.length, 'chronology items');
  assertEqual(await page.locator('.depeche-alt-place').count(), analysis.places.length, 'places');
  // Article text is text, never markup.
  await page.evaluate(() => window.depeche.load('TITRE <img src=x onerror=alert(1)>\nParis / Test\n\n« <b>Gras</b> », a déclaré M. Martin.\n', {}));
  await textVersionShows(page, 'TITRE <img src=x onerror=alert(1)>');
  assertEqual(await page.locator('#depeche-text-body img, #depeche-text-body b').count(), 0, 'article text became markup');
  assert((await page.locator('#depeche-text-body').textContent()).includes('<b>Gras</b>'), 'the quote is missing from the text version');
  assertEqual(page.problems, [], 'console errors or failed requests');
  await page.context().close();
}

export async function textVersionFollowsTheSelection({ browser, url }) {
  const page = await openPage(browser, url);
  const hasSelection = await page.evaluate(() => typeof window.depeche.select === 'function');
  assert(hasSelection, 'the page offers no selection API');
  const quote = await page.evaluate(() => window.depeche.analysis().quotes[0]);
  await page.evaluate((id) => window.depeche.select(id), quote.id);
  await page.waitForFunction((id) => document.querySelector('[aria-current="true"]')?.dataset.id === id, quote.id, { timeout: 3000 });
  const said = await page.locator('#depeche-announce').textContent();
  const language = await page.evaluate(() => document.documentElement.lang);
  assert(said.startsWith(language === 'fr' ? 'Sélection' : 'Selected') && said.length < 300, `the selection is not announced briefly: ${said}`);
  // And back: the text version's button selects in the explorer.
  const place = await page.evaluate(() => window.depeche.analysis().places[0]?.id);
  if (place) {
    await page.locator(`[id="depeche-alt-${place}"] .depeche-show`).click();
    assertEqual(await page.evaluate(() => window.depeche.selection()), place, 'selection from the text version');
  }
  await page.context().close();
}

export async function keysReachTheExplorerOnlyWhenItHasFocus({ browser, url }) {
  const page = await openPage(browser, url);
  await page.locator('.depeche-textlink').focus();
  // The page is idle once what it loads after the first frame is in (the smaller towns, and the
  // 1:50M outlines the launch article's map asks for): each of those paints a frame of its own.
  await page.evaluate(() => Promise.race([Promise.all([window.depeche.towns, window.depeche.mapDetail]),
    new Promise((go) => setTimeout(go, 5000))]));
  await page.waitForTimeout(400);
  const idle = await page.evaluate(() => window.depeche.framesBuilt());
  await page.keyboard.press('KeyA');
  await page.keyboard.press('ArrowDown');
  await page.waitForTimeout(300);
  assertEqual(await page.evaluate(() => window.depeche.framesBuilt()), idle, 'keys typed elsewhere reached the explorer');
  // Enter on the "text version" link lands on the text version.
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'depeche-text', null, { timeout: 3000 });
  // Tab leads into the canvas, where keys drive the explorer; Escape leaves it.
  await page.locator('#canvas').focus();
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction((n) => window.depeche.framesBuilt() > n, idle, { timeout: 3000 });
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).boxShadow);
  assert(outline && outline !== 'none', 'the focused canvas shows no focus ring');
  await page.evaluate(() => window.depeche.select && window.depeche.select(null));
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.activeElement?.id !== 'canvas', null, { timeout: 3000 });
  assertEqual(page.problems, [], 'console errors or failed requests');
  await page.context().close();
}

export async function pagesExplainThemselvesWithoutJavaScript({ browser, url }) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const path of ['', 'embed.html']) {
    await page.goto(`${url}${path}`);
    const note = page.locator('.depeche-noscript');
    assert(await note.isVisible() && /besoin de JavaScript/.test(await note.textContent()), `no visible <noscript> note on /${path}`);
  }
  await context.close();
}

export async function veryLongTextGetsItsTextVersionOnRequest({ browser, url }) {
  const page = await openPage(browser, url);
  await page.evaluate(() => {
    const sentence = '« Nous verrons », a déclaré lundi M. Martin, le ministre. ';
    return window.depeche.load(`TITRE LONG\nParis / Test\n\n${sentence.repeat(Math.ceil((1.2 * (1 << 20)) / sentence.length))}`, {});
  });
  const build = page.locator('.depeche-alt-build');
  await build.waitFor({ timeout: 10000 });
  await build.click();
  await textVersionShows(page, 'TITRE LONG');
  const items = await page.locator('#depeche-text-body li').count();
  assert(items > 100 && items <= 2010, `the list of a huge text is not bounded: ${items} items`);
  assert(/de plus, dans l'explorateur|more, in the explorer/.test(await page.locator('.depeche-alt-more').first().textContent()), 'no word on the items left out');
  await page.context().close();
}

// The text version speaks the interface's language: French words in a French interface,
// English ones in English, rebuilt when the reader switches, with the selection still marked.
export async function textVersionSpeaksTheInterfacesLanguage({ browser, url }) {
  const page = await openPage(browser, url);
  const heading = () => page.locator('#depeche-text-body h3').first().textContent();
  const show = () => page.locator('#depeche-text-body .depeche-show').first().textContent();
  const quote = await page.evaluate(() => window.depeche.analysis().quotes[0].id);
  await page.evaluate((id) => window.depeche.select(id), quote);
  await page.evaluate(() => window.depeche.setLanguage('fr'));
  await page.waitForFunction(() => /^Qui parle/.test(document.querySelector('#depeche-text-body h3')?.textContent || ''), null, { timeout: 3000 });
  assertEqual(await show(), 'Montrer', 'the French button');
  const french = await page.locator('#depeche-text-body').textContent();
  assert(/citation directe|discours rapporté|citation mixte/.test(french), 'French kinds');
  await page.evaluate(() => window.depeche.setLanguage('en'));
  await page.waitForFunction(() => /^Who speaks/.test(document.querySelector('#depeche-text-body h3')?.textContent || ''), null, { timeout: 3000 });
  assertEqual(await show(), 'Show', 'the English button');
  const english = await page.locator('#depeche-text-body').textContent();
  for (const word of ['Montrer', 'Chronologie', 'Lieux', 'citation directe', 'locuteur', 'publié le']) {
    assert(!english.includes(word), `"${word}" left in the English text version`);
  }
  assert(/direct quote|reported speech|mixed quote/.test(english), 'English kinds');
  assert(/Chronology \(\d+\)/.test(english) && /Places \(\d+\)/.test(english), 'English section titles');
  await page.waitForFunction((id) => document.querySelector('[aria-current="true"]')?.dataset.id === id, quote, { timeout: 3000 });
  assert((await heading()).length > 0, 'heading');
  assertEqual(page.problems, [], 'console errors or failed requests');
  await page.context().close();
}
