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
  assertEqual(page.problems.length, 0, page.problems.join('\n'));
  await page.context().close();

  const cut = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await cut.route('**/gazetteer-towns.json', (route) => route.abort());
  const without = await cut.newPage();
  await without.goto(url);
  await without.evaluate(() => window.depeche.ready);
  assertEqual(await without.evaluate(() => window.depeche.towns), false, 'towns without the file');
  const status = await without.locator('#depeche-status').textContent();
  assert(/petites villes|smaller towns/.test(status), `status line: ${status}`);
  assert((await without.evaluate(() => window.depeche.analysis())).places.length > 0, 'the larger places are gone too');
  await cut.close();
}
