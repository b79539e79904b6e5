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
