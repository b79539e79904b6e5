// The rough edges of a first visit (issue 18), each pinned where a reader meets it.
import { assert, assertEqual, openPage } from './harness.mjs';

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
