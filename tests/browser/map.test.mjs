// The map of the launch article: it opens on the Caucasus with the article's places, and a click
// on a place's marker selects it (issue 5).
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { ARTIFACTS, assert, assertEqual, openPage } from './harness.mjs';

export async function mapOpensOnTheArticlesPlacesAndSelectsMoscow({ browser, url }) {
  const page = await openPage(browser, url);
  const analysis = await page.evaluate(() => window.depeche.analysis());
  const byName = (name) => analysis.places.find((p) => p.name === name);
  for (const name of ['Erevan', 'Bakou', 'Karabakh', 'Moscou']) assert(byName(name), `${name} is not among the places`);
  const view = await page.evaluate(() => window.depeche.viewState().map);
  for (const name of ['Erevan', 'Bakou', 'Karabakh'])
    assert(view.visiblePlaces.includes(byName(name).id), `${name} is not in the map's first view`);
  const [west, south, east, north] = view.bounds;
  // The first view fits the article's places (the Caucasus and Moscow), not the whole world.
  assert(east - west < 90 && north - south < 60, `the first view is too wide: ${view.bounds}`);
  const moscow = byName('Moscou').id;
  assert(await page.evaluate((id) => window.depeche.select(id), moscow), 'Moscou could not be selected');
  await page.waitForFunction(() => !window.depeche.viewState().map.moving, null, { timeout: 5000 });
  const after = await page.evaluate(() => window.depeche.viewState().map);
  assertEqual(after.selected, moscow, 'map selection');
  assertEqual(after.selectedName, 'Moscou', 'map selection name');
  assert(after.visiblePlaces.includes(moscow), 'the map does not show Moscou after selecting it');
  writeFileSync(join(ARTIFACTS, 'map-moscou.png'), await page.locator('#canvas').screenshot());
  assertEqual(page.problems, [], 'console errors or failed requests');
  await page.context().close();
}

// The gazetteer's smaller towns are fetched after the first frame, so the first load does not
// carry them; an article pasted then places a town of 5,000 people. A failed fetch is said on
// the status line and the explorer goes on with the larger places.
export async function smallTownsComeAfterTheFirstFrame({ browser, url }) {
  const page = await openPage(browser, url);
  assert(await page.evaluate(() => window.depeche.towns), 'the towns did not come');
  const timing = await page.evaluate(() => {
    const frame = performance.getEntriesByName('depeche-first-frame')[0];
    const towns = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/gazetteer-towns.json'));
    return { frame: frame && frame.startTime, towns: towns && towns.startTime };
  });
  assert(timing.frame !== undefined && timing.towns !== undefined, `timings ${JSON.stringify(timing)}`);
  assert(timing.towns >= timing.frame, `the towns were asked for at ${timing.towns} ms, before the first frame at ${timing.frame} ms`);
  await page.evaluate(() => window.depeche.load('La fanfare de Desvres (Pas-de-Calais) a défilé samedi, a raconté Lucie Brandal, sa cheffe.'));
  const town = (await page.evaluate(() => window.depeche.analysis())).places.find((p) => p.canonical === 'Desvres');
  assert(town && town.country === 'FR', 'Desvres is not placed');
  assert(Math.abs(town.lat - 50.67) < 0.1 && Math.abs(town.lon - 1.83) < 0.1, `Desvres at ${town.lat}, ${town.lon}`);
  assert(!town.approximate, 'Desvres is located, not approximate');
  // A commune no package locates comes with the towns, at its département's centre, and is on the map.
  await page.evaluate(() => window.depeche.load('Le maire de Sentous (Hautes-Pyrénées) a inauguré la salle des fêtes samedi.'));
  const commune = (await page.evaluate(() => window.depeche.analysis())).places.find((p) => p.canonical === 'Sentous');
  assert(commune && commune.approximate === true && commune.country === 'FR', `Sentous: ${JSON.stringify(commune)}`);
  assert(Math.abs(commune.lat - 43.2) < 0.9 && Math.abs(commune.lon - 0.3) < 0.9, `Sentous at ${commune.lat}, ${commune.lon}`);
  await page.waitForFunction(() => !window.depeche.viewState().map.moving, null, { timeout: 5000 });
  assert((await page.evaluate(() => window.depeche.viewState().map)).visiblePlaces.includes(commune.id), 'Sentous is not on the map');
  writeFileSync(join(ARTIFACTS, 'map-approximate-commune.png'), await page.locator('#canvas').screenshot());
  assertEqual(page.problems.length, 0, page.problems.join('\n'));
  await page.context().close();

  const without = await openWithout(browser, url, 'gazetteer-towns.json', 'towns', /petites villes|smaller towns/);
  assert((await without.evaluate(() => window.depeche.analysis())).places.length > 0, 'the larger places are gone too');
  await without.context().close();
}

// The page when a file it fetches after its first frame cannot be had: the promise of the API
// that waits for it (`promise`) settles to false and the status line says so.
async function openWithout(browser, url, file, promise, said) {
  const cut = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await cut.route(`**/${file}`, (route) => route.abort());
  const page = await cut.newPage();
  await page.goto(url);
  await page.evaluate(() => window.depeche.ready);
  assertEqual(await page.evaluate((name) => window.depeche[name], promise), false, `depeche.${promise} without ${file}`);
  const status = await page.locator('#depeche-status').textContent();
  assert(said.test(status), `status line: ${status}`);
  return page;
}

// The 1:50M outlines are not in the first load: the page fetches them after its first frame, once
// the map shows less than a continent (the launch article's Caucasus does), and draws them from
// then on. Zoomed out to the world, the coarser outlines come back, and in again the detailed
// ones, fetched once. A failed fetch is said on the status line and the map goes on.
export async function detailedOutlinesComeWhenTheMapZoomsIn({ browser, url }) {
  const page = await openPage(browser, url);
  assertEqual(await page.evaluate(() => window.depeche.mapDetail), true, 'depeche.mapDetail');
  await page.waitForFunction(() => window.depeche.viewState().map.outlines === '1:50M', null, { timeout: 10000 });
  const fetched = () => page.evaluate(() => {
    const frame = performance.getEntriesByName('depeche-first-frame')[0].startTime;
    const asked = performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/world-50m.bin'));
    return asked.map((e) => e.startTime - frame);
  });
  const first = await fetched();
  assertEqual(first.length, 1, 'requests for the 1:50M outlines');
  assert(first[0] >= 0, `the 1:50M outlines were asked for ${-first[0]} ms before the first frame`);
  const map = (await page.evaluate(() => window.depeche.viewState().regions)).find((r) => r.name === 'pane:map');
  assert(map, 'no map pane');
  const outlines = () => page.evaluate(() => window.depeche.viewState().map.outlines);
  const wheelUntil = async (deltaY, wanted) => {
    await page.mouse.move(map.x + map.w / 2, map.y + map.h / 2);
    for (let i = 0; i < 15 && (await outlines()) !== wanted; ++i) {
      await page.mouse.wheel(0, deltaY);
      await page.waitForTimeout(100);
    }
    return outlines();
  };
  assertEqual(await wheelUntil(400, '1:110M'), '1:110M', 'outlines zoomed out to the world');
  const [west, , east] = (await page.evaluate(() => window.depeche.viewState().map)).bounds;
  assert(east - west > 40, `the coarse outlines are back at ${east - west} degrees across only`);
  assertEqual(await wheelUntil(-400, '1:50M'), '1:50M', 'outlines zoomed in again');
  assertEqual((await fetched()).length, 1, 'requests for the 1:50M outlines after zooming out and in');
  assertEqual(page.problems, [], 'console errors or failed requests');
  await page.context().close();

  const without = await openWithout(browser, url, 'world-50m.bin', 'mapDetail', /carte détaillée|detailed map/);
  assertEqual(await without.evaluate(() => window.depeche.viewState().map.outlines), '1:110M', 'outlines without the file');
  assert((await without.evaluate(() => window.depeche.analysis())).places.length > 0, 'the places are gone');
  await without.context().close();
}
