// The classroom file: dist/depeche-offline.html opened from file:// with the network cut shows
// the launch article and its chronology, requests nothing, and opens another .txt from disk.
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { ARTIFACTS, ROOT, assert, assertEqual, recordCspViolations, serveDist, trackProblems } from './harness.mjs';
import { decodePng, inkPixels } from './png.mjs';

const OFFLINE = pathToFileURL(join(ROOT, 'dist', 'depeche-offline.html')).href;

export async function offlineFileWorksFromDiskWithoutNetwork({ browser }) {
  const context = await browser.newContext({ offline: true, viewport: { width: 1200, height: 800 } });
  await recordCspViolations(context);
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  const page = trackProblems(await context.newPage());
  await page.goto(OFFLINE);
  await page.evaluate(() => window.depeche.ready);

  const analysis = await page.evaluate(() => window.depeche.analysis());
  assert(analysis.title.startsWith('MOSCOU REJETTE'), `title: ${analysis.title}`);
  assert(await page.evaluate(() => window.depeche.towns), 'the offline file has no smaller towns');
  assert(await page.evaluate(() => window.depeche.mapDetail), 'the offline file has no 1:50M outlines');
  assertEqual(await page.evaluate(() => window.depeche.viewState().map.outlines), '1:50M', 'outlines of the launch article');
  assert(analysis.events.length > 0, 'the launch article has no chronology in the offline file');
  await page.waitForFunction((t) => document.querySelector('.depeche-alt-title')?.textContent === t, analysis.title);
  const chronology = await page.locator('.depeche-alt-event').count();
  assertEqual(chronology, analysis.events.length, 'chronology items in the text version');
  const png = await page.locator('#canvas').screenshot();
  writeFileSync(join(ARTIFACTS, 'offline-launch-article.png'), png);
  assert(inkPixels(decodePng(png)) > 5000, 'the offline canvas looks blank');
  assert(/hors ligne|offline/i.test(await page.locator('#depeche-offline').textContent()), 'the page does not say it works offline');

  // Another article from the USB stick.
  await page.locator('#depeche-open-button').click();
  await page.locator('dialog.depeche-open input[type=file]').setInputFiles(join(ROOT, 'web', 'examples', 'article.txt'));
  await page.waitForFunction(() => window.depeche.analysis().title.startsWith('LA MAIRIE DE LYON'), null, { timeout: 5000 });
  await page.waitForFunction(() => document.getElementById('depeche-text-body').textContent.includes('LA MAIRIE DE LYON'),
    null, { timeout: 5000 });

  assertEqual(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:')), [], 'requests that need a network');
  assertEqual(await page.evaluate(() => window.cspViolations), [], 'policy violations in the offline file');
  assertEqual(page.problems, [], 'console errors or failed requests');
  await context.close();
}

// The hosted page after one visit: the server is gone, and a reload still opens the explorer.
export async function hostedPageWorksOfflineAfterFirstVisit({ browser }) {
  const { server, url } = await serveDist();
  const context = await browser.newContext({ viewport: { width: 1000, height: 700 } });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.evaluate(() => window.depeche.ready);
    await page.waitForFunction(() => /hors ligne|offline/i.test(document.getElementById('depeche-offline').textContent), null, { timeout: 20000 });
    await new Promise((closed) => { server.close(closed); server.closeAllConnections(); });
    await page.reload();
    await page.evaluate(() => window.depeche.ready);
    const title = await page.evaluate(() => window.depeche.analysis().title);
    assert(title.startsWith('MOSCOU REJETTE'), `title after reload without server: ${title}`);
    assert(await page.evaluate(() => window.depeche.towns), 'the smaller towns were not kept for the next visit');
    // Kept even when the first visit's map never asked for them (the worker caches them at once).
    assert(await page.evaluate(async () => Boolean(await caches.match('world-50m.bin'))),
      'the 1:50M outlines were not kept for the next visit');
  } finally {
    await context.close();
    server.close();
  }
}
