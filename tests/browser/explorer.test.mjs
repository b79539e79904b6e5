// The explorer page: it starts, shows the launch article with full French typography, follows
// its container at every pixel ratio, and sleeps when nothing happens.
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { ARTIFACTS, assert, assertEqual, openPage } from './harness.mjs';
import { decodePng, inkPixels } from './png.mjs';

const FRENCH = 'Œuvre « déjà » — l’été à Noël – c’est “ça” … 10\u00a0% et 5\u202f€ : ç, œ, É, À, È, Ç, ï, ô, û.';

async function canvasInk(page, name) {
  const png = await page.locator('#canvas').screenshot();
  writeFileSync(join(ARTIFACTS, name), png);
  return inkPixels(decodePng(png));
}

export async function launchArticleIsShown({ browser, url }) {
  const page = await openPage(browser, url);
  const analysis = await page.evaluate(() => window.depeche.analysis());
  assert(analysis.title.startsWith('MOSCOU REJETTE'), `title: ${analysis.title}`);
  assertEqual(analysis.dateline.source, 'La Gazette', 'dateline source');
  assertEqual(analysis.dct, '2023-09-25', 'DCT from the page configuration');
  assert(analysis.paragraphs.length > 20, 'paragraphs analyzed');
  const ink = await canvasInk(page, 'explorer-launch-article.png');
  assert(ink > 5000, `the canvas looks blank (${ink} inked pixels)`);
  assertEqual(await page.evaluate(() => window.depeche.missingGlyphs()), [], 'glyphs missing for the launch article');
  assertEqual(page.problems, [], 'console errors or failed requests');
  await page.context().close();
}

export async function frenchTypographyHasEveryGlyph({ browser, url }) {
  const page = await openPage(browser, url);
  const result = await page.evaluate((t) => window.depeche.load(`Titre\nParis / Test\n${t}\n`, {}), FRENCH);
  assert(result.ok, 'the French test string was refused');
  assertEqual(await page.evaluate(() => window.depeche.missingGlyphs()), [], 'glyphs missing for the French test string');
  // The check must be able to fail: a script the font lacks is reported.
  await page.evaluate(() => window.depeche.load('Texte \u4e2d\u6587 et \u{1F600}', {}));
  const missing = await page.evaluate(() => window.depeche.missingGlyphs());
  assertEqual(missing, [0x4e2d, 0x6587, 0x1f600], 'missing glyphs of a text in another script');
  assertEqual(page.problems, [], 'console errors or failed requests');
  await page.context().close();
}

export async function canvasIsCrispAtEveryPixelRatio({ browser, url }) {
  for (const deviceScaleFactor of [1, 2, 3]) {
    const page = await openPage(browser, url, { deviceScaleFactor, viewport: { width: 900, height: 600 } });
    const size = await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => {
      const c = document.getElementById('canvas');
      ok({ w: c.width, h: c.height, cw: c.clientWidth, ch: c.clientHeight });
    }))));
    assertEqual([size.w, size.h], [Math.round(size.cw * deviceScaleFactor), Math.round(size.ch * deviceScaleFactor)],
      `backing store at devicePixelRatio ${deviceScaleFactor}`);
    assert(await canvasInk(page, `explorer-dpr${deviceScaleFactor}.png`) > 2000 * deviceScaleFactor, `blank at dpr ${deviceScaleFactor}`);
    await page.context().close();
  }
}

export async function canvasFollowsResizes({ browser, url }) {
  const page = await openPage(browser, url, { viewport: { width: 1000, height: 700 } });
  await page.setViewportSize({ width: 480, height: 640 });
  await page.waitForFunction(() => document.getElementById('canvas').width === 480, null, { timeout: 5000 });
  assert(await canvasInk(page, 'explorer-narrow.png') > 2000, 'blank after resize');
  await page.context().close();
}

export async function idlePageBuildsNoFrames({ browser, url }) {
  const page = await openPage(browser, url);
  // The frames that follow the first load may take a while on a busy machine: wait until the
  // count stops moving (or fail if it never does), then watch a quiet window.
  let before = -1;
  for (let tries = 0; ; tries++) {
    const now = await page.evaluate(() => window.depeche.framesBuilt());
    if (now === before) break;
    assert(tries < 40, 'the page never stopped building frames after loading');
    before = now;
    await page.waitForTimeout(400);
  }
  await page.waitForTimeout(1500);
  const after = await page.evaluate(() => window.depeche.framesBuilt());
  assertEqual(after - before, 0, 'frames built while idle');
  await page.mouse.move(400, 300);
  await page.mouse.move(420, 320);
  await page.waitForFunction((n) => window.depeche.framesBuilt() > n, after, { timeout: 5000 });
  await page.context().close();
}

export async function refusedTextKeepsTheArticle({ browser, url }) {
  const page = await openPage(browser, url);
  const result = await page.evaluate(() => window.depeche.load('Un texte.', { dct: '2023-02-30' }));
  assert(!result.ok && /calendrier|calendar/.test(result.error), `bad DCT accepted or unclear: ${JSON.stringify(result)}`);
  const title = await page.evaluate(() => window.depeche.analysis().title);
  assert(title.startsWith('MOSCOU REJETTE'), 'the launch article was lost after a refused text');
  const status = await page.locator('#depeche-status').textContent();
  assert(status.includes('2023-02-30'), `the refusal is not shown to the reader: ${status}`);
  await page.context().close();
}
