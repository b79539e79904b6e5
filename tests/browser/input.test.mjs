// Gestures as a reader makes them, aimed with viewState().regions: real wheel deltas (a 100 px
// notch, 3 lines in line mode, 4 px trackpad steps), touch through the DevTools protocol (tap,
// swipe, drag, pinch), a flick with real timing, and keys. The page behind never moves.
import { assert, assertEqual, openPage } from './harness.mjs';

const LAPTOP = { viewport: { width: 1280, height: 800 } };
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 3 };
const TABLET = { viewport: { width: 820, height: 1180 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 };

const state = (page) => page.evaluate(() => window.depeche.viewState());
const region = async (page, name) => {
  const r = (await state(page)).regions.find((x) => x.name === name);
  assert(r, `no region ${name}`);
  return r;
};
const middle = (r) => [r.x + r.w / 2, r.y + r.h / 2];

// Frames are built on demand; a gesture has landed once its frames are built and none is asked.
async function settled(page, ms = 250) {
  await page.waitForTimeout(ms);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

async function open(browser, url, options) {
  const page = await openPage(browser, url, options);
  await settled(page);
  // A page whose document scrolls, so that a gesture leaking to it would show.
  assert(await page.evaluate(() => document.scrollingElement.scrollHeight > innerHeight), 'the page itself cannot scroll');
  return page;
}

async function touchscreen(page) {
  const cdp = await page.context().newCDPSession(page);
  const send = (type, points) => cdp.send('Input.dispatchTouchEvent', {
    type, touchPoints: points.map(([x, y], id) => ({ x, y, id })),
  });
  return {
    async tap(x, y) { await send('touchStart', [[x, y]]); await send('touchEnd', []); },
    // `restMs`: the finger stays still before it lifts, so the drag throws nothing.
    async drag(from, to, steps = 8, restMs = 0) {
      await send('touchStart', [from]);
      for (let i = 1; i <= steps; i++) {
        await send('touchMove', [[from[0] + (to[0] - from[0]) * i / steps, from[1] + (to[1] - from[1]) * i / steps]]);
      }
      if (restMs) await new Promise((r) => setTimeout(r, restMs));
      await send('touchEnd', []);
    },
    async pinch(centre, from, to, steps = 6) {
      const at = (d) => [[centre[0] - d, centre[1]], [centre[0] + d, centre[1]]];
      await send('touchStart', at(from));
      for (let i = 1; i <= steps; i++) await send('touchMove', at(from + (to - from) * i / steps));
      await send('touchEnd', []);
    },
  };
}

const pageScroll = (page) => page.evaluate(() => window.scrollY);
const mapSpan = async (page) => {
  const [west, , east] = (await state(page)).map.bounds;
  return east - west;
};

export async function wheelNotchScrollsThreeLinesTheRightWay({ browser, url }) {
  const page = await open(browser, url, LAPTOP);
  const before = await region(page, 'pane:article');
  assertEqual(before.scroll, 0, 'article starts at the top');
  await page.mouse.move(...middle(before));
  await page.mouse.wheel(0, 100);
  await settled(page);
  const down = (await region(page, 'pane:article')).scroll;
  // Three lines of 16 px text with its spacing: about 66 CSS pixels, never the whole article.
  assert(down > 40 && down < 100, `one notch down scrolled ${down} px`);
  await page.mouse.wheel(0, -100);
  await settled(page);
  assertEqual((await region(page, 'pane:article')).scroll, 0, 'one notch up comes back');

  // Line mode: 3 lines is the same notch.
  await page.evaluate(([x, y]) => document.getElementById('canvas').dispatchEvent(new WheelEvent('wheel',
    { deltaY: 3, deltaMode: 1, clientX: x, clientY: y, bubbles: true, cancelable: true })), middle(before));
  await settled(page);
  const lines = (await region(page, 'pane:article')).scroll;
  assert(Math.abs(lines - down) <= 1, `3 lines scrolled ${lines} px, a 100 px notch ${down} px`);

  // A trackpad's small steps move the text a little each, the same way.
  const steps = [];
  for (let i = 0; i < 6; i++) {
    await page.mouse.wheel(0, 4);
    await settled(page, 60);
    steps.push((await region(page, 'pane:article')).scroll);
  }
  let last = lines;
  for (const s of steps) {
    assert(s >= last && s - last <= 6, `trackpad steps scrolled ${[lines, ...steps].join(' → ')}`);
    last = s;
  }
  assert(last > lines, 'the trackpad moved nothing');
  assertEqual(await pageScroll(page), 0, 'the page behind scrolled');
  await page.context().close();
}

export async function wheelOverTheMapIsOneZoomStep({ browser, url }) {
  const page = await open(browser, url, LAPTOP);
  const map = await region(page, 'pane:map');
  const before = await mapSpan(page);
  await page.mouse.move(...middle(map));
  await page.mouse.wheel(0, -100);
  await settled(page);
  const zoomedIn = await mapSpan(page);
  assert(Math.abs(before / zoomedIn - 1.25) < 0.05, `one notch up zoomed ×${(before / zoomedIn).toFixed(3)}`);
  await page.mouse.wheel(0, 100);
  await settled(page);
  assert(Math.abs((await mapSpan(page)) / before - 1) < 0.02, 'a notch down zooms back out');
  assertEqual(await pageScroll(page), 0, 'the page behind scrolled');
  await page.context().close();
}

export async function oneTapOrClickActsOnATab({ browser, url }) {
  for (const options of [PHONE, TABLET]) {
    const page = await open(browser, url, options);
    assertEqual((await state(page)).tab, 'article', 'opens on the article');
    const touch = await touchscreen(page);
    await touch.tap(...middle(await region(page, 'tab:speakers')));
    await settled(page);
    assertEqual((await state(page)).tab, 'speakers', `one tap at ${options.viewport.width} px`);
    const target = await region(page, 'tab:speakers');
    assert(target.h >= 44, `a tab is ${target.h} px high under a finger`);
    await page.context().close();
  }
  const page = await open(browser, url, { viewport: { width: 390, height: 844 } });
  await page.mouse.click(...middle(await region(page, 'tab:quotes')));
  await settled(page);
  assertEqual((await state(page)).tab, 'quotes', 'a click with no move before it');
  await page.context().close();
}

export async function aSwipeScrollsTheArticleAndAFlickKeepsGoing({ browser, url }) {
  // At a ratio of 1: software WebGL at 3 draws a frame slower than a finger moves, and a flick
  // whose events arrive half a second apart is a slow drag, which rightly throws nothing.
  const page = await open(browser, url, { ...PHONE, deviceScaleFactor: 1 });
  const pane = await region(page, 'pane:article');
  const [x] = middle(pane);
  const touch = await touchscreen(page);
  await touch.drag([x, pane.y + pane.h * 0.8], [x, pane.y + pane.h * 0.3], 8, 200);
  await settled(page);
  const swiped = (await region(page, 'pane:article')).scroll;
  const distance = pane.h * 0.5;
  assert(Math.abs(swiped - distance) < 12, `a ${distance} px swipe scrolled ${swiped} px`);
  assertEqual(await pageScroll(page), 0, 'the page behind scrolled');
  assertEqual((await state(page)).selected, null, 'a swipe selected something');

  // A flick at a finger's pace (20 px every 16 ms) carries on after the finger lifts. The finger
  // itself moves the pane 160 px; what the throw adds is measured from there, not from a frame
  // read after the lift, which a slow frame would already have carried on.
  const before = (await region(page, 'pane:article')).scroll;
  await page.evaluate(async ([px, py]) => {
    const canvas = document.getElementById('canvas');
    const fire = (type, y) => canvas.dispatchEvent(new PointerEvent(type,
      { pointerId: 7, pointerType: 'touch', clientX: px, clientY: y, bubbles: true, cancelable: true }));
    const wait = () => new Promise((r) => setTimeout(r, 16));
    fire('pointerdown', py);
    for (let i = 1; i <= 8; i++) { await wait(); fire('pointermove', py - 20 * i); }
    fire('pointerup', py - 160);
  }, [x, pane.y + pane.h * 0.7]);
  await settled(page, 1500);
  const after = (await region(page, 'pane:article')).scroll;
  assert(after > before + 160 + 50, `the flick stopped with the finger: from ${before} px, the finger's 160 px, then ${after} px`);
  await page.context().close();
}

export async function aFingerPansAndAPinchZoomsTheMap({ browser, url }) {
  const page = await open(browser, url, PHONE);
  const touch = await touchscreen(page);
  await touch.tap(...middle(await region(page, 'tab:map')));
  await settled(page);
  assertEqual((await state(page)).tab, 'map', 'map tab');
  const map = await region(page, 'pane:map');
  const [cx, cy] = middle(map);
  const west = (await state(page)).map.bounds[0];
  await touch.drag([cx + 80, cy], [cx - 80, cy]);
  await settled(page);
  assert((await state(page)).map.bounds[0] > west, 'dragging left moved the map east');
  const before = await mapSpan(page);
  await touch.pinch([cx, cy], 40, 100);
  await settled(page);
  const ratio = before / (await mapSpan(page));
  assert(ratio > 2 && ratio < 3, `spreading two fingers ×2.5 zoomed ×${ratio.toFixed(2)}`);
  assertEqual(await page.evaluate(() => visualViewport.scale), 1, 'the browser zoomed the page');
  assertEqual(await pageScroll(page), 0, 'the page behind scrolled');
  await page.context().close();
}

export async function keysScrollInsideTheExplorerNotThePage({ browser, url }) {
  const page = await open(browser, url, LAPTOP);
  await page.focus('#canvas');
  const hold = async (key) => {
    await page.keyboard.down(key);
    await page.waitForTimeout(80);
    await page.keyboard.up(key);
    await settled(page, 120);
  };
  // Before the reader walks the items with the arrows, ↓ scrolls three lines (then the arrows
  // walk the items, ImGui's keyboard navigation); page keys always page.
  await hold('ArrowDown');
  const line = (await region(page, 'pane:article')).scroll;
  assert(line > 20 && line < 100, `↓ scrolled ${line} px`);
  await hold('PageDown');
  const paged = (await region(page, 'pane:article')).scroll;
  assert(paged > line + 200, `PageDown went from ${line} to ${paged} px`);
  await hold('End');
  const end = await region(page, 'pane:article');
  assert(Math.abs(end.scroll - end.scrollMax) < 1, `End went to ${end.scroll} of ${end.scrollMax}`);
  await hold('Home');
  assertEqual((await region(page, 'pane:article')).scroll, 0, 'Home');
  assertEqual(await pageScroll(page), 0, 'the page behind scrolled');
  // Escape clears a selection, a second one leaves the explorer, and the page stays where it is.
  const quote = (await page.evaluate(() => window.depeche.analysis())).quotes[0].id;
  await page.evaluate((id) => window.depeche.select(id), quote);
  await hold('Escape');
  assertEqual((await state(page)).selected, null, 'the first Escape clears the selection');
  await hold('Escape');
  assertEqual(await pageScroll(page), 0, 'Escape scrolled the page');
  assert(await page.evaluate(() => document.activeElement !== document.getElementById('canvas')), 'Escape kept the focus');
  await page.context().close();
}

// Tab walks every control in the order it is drawn, each ringed: the header's buttons, the date
// field (the caret goes in), the tabs or panes, chips and cards; Shift+Tab walks back.
async function walkWithTab(browser, url, options, presses) {
  const page = await open(browser, url, options);
  await page.focus('#canvas');
  const tab = async (key = 'Tab') => { await page.keyboard.press(key); await settled(page, 60); return (await state(page)).keyboardFocus; };
  const seen = [];
  for (let i = 0; i < presses; i++) {
    const at = await tab();
    assert(at, `Tab ${i + 1} left no ring`);
    seen.push(at);
  }
  const key = (r) => `${Math.round(r.x)},${Math.round(r.y)},${Math.round(r.w)}`;
  const distinct = new Set(seen.map(key));
  const regions = (await state(page)).regions;
  const over = (name) => seen.some((r) => {
    const g = regions.find((x) => x.name === name);
    return g && r.x + r.w / 2 > g.x && r.x + r.w / 2 < g.x + g.w && r.y + r.h / 2 > g.y && r.y + r.h / 2 < g.y + g.h;
  });
  // Shift+Tab comes back to the control before; a list may scroll it back into view, so only
  // its column and width are compared.
  const back = await tab('Shift+Tab');
  const across = (r) => `${Math.round(r.x)},${Math.round(r.w)}`;
  assertEqual(across(back), across(seen.at(-2)), `Shift+Tab from ${key(seen.at(-1))}`);
  assertEqual(await pageScroll(page), 0, 'Tab scrolled the page');
  return { page, seen, distinct, over, key };
}

export async function tabWalksEveryControlOnALaptop({ browser, url }) {
  const { page, distinct, over } = await walkWithTab(browser, url, LAPTOP, 26);
  assert(distinct.size >= 18, `26 presses of Tab reached only ${distinct.size} controls`);
  for (const name of ['pane:chronology', 'pane:speakers', 'pane:quotes']) assert(over(name), `Tab never reached ${name}`);
  await page.context().close();
  // Coming in with Shift+Tab lands on the last control, on the map.
  const again = await open(browser, url, LAPTOP);
  await again.focus('#canvas');
  await again.keyboard.press('Shift+Tab');
  await settled(again, 120);
  const { keyboardFocus: last, regions } = await state(again);
  const map = regions.find((x) => x.name === 'pane:map');
  assert(last && last.x >= map.x && last.x < map.x + map.w && last.y >= map.y - 40, `Shift+Tab landed on ${JSON.stringify(last)}`);
  await again.context().close();
}

// On a phone the header and the tabs are walked (the article has no controls of its own); Tab
// on the last one goes on to the page's next control, as past any web widget, and Shift+Tab
// comes back to it. Enter on the Map tab opens it.
export async function tabWalksThePhoneExplorerThenLeavesIt({ browser, url }) {
  const page = await open(browser, url, { ...PHONE, deviceScaleFactor: 2 });
  await page.focus('#canvas');
  const onCanvas = () => page.evaluate(() => document.activeElement === document.getElementById('canvas'));
  const key = (r) => `${Math.round(r.x)},${Math.round(r.y)},${Math.round(r.w)}`;
  const seen = [];
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    await settled(page, 60);
    if (!(await onCanvas())) break;
    const at = (await state(page)).keyboardFocus;
    assert(at, `Tab ${i + 1} left no ring`);
    seen.push(at);
  }
  assert(!(await onCanvas()), 'Tab never left the explorer: the walk goes round');
  const distinct = new Set(seen.map(key));
  assertEqual(distinct.size, seen.length, 'the walk came round before leaving');
  assert(distinct.size >= 8, `Tab reached only ${distinct.size} controls`);
  const regions = (await state(page)).regions;
  for (const name of ['tab:speakers', 'tab:map']) {
    const g = regions.find((x) => x.name === name);
    assert(g && seen.some((r) => r.x + r.w / 2 > g.x && r.x + r.w / 2 < g.x + g.w), `Tab never reached ${name}`);
  }
  const next = await page.evaluate(() => {
    const canvas = document.getElementById('canvas');
    const e = document.activeElement;
    return { tag: e.tagName, after: !!(canvas.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_FOLLOWING) };
  });
  assert(next.tag !== 'BODY' && next.after, `Tab past the explorer went to ${JSON.stringify(next)}`);
  assertEqual((await state(page)).keyboardFocus, null, 'a ring stayed on the explorer');

  await page.keyboard.press('Shift+Tab');
  await settled(page, 120);
  assert(await onCanvas(), 'Shift+Tab did not come back into the explorer');
  const back = (await state(page)).keyboardFocus;
  // The same control, compared across: the header may have changed height meanwhile.
  const across = (r) => `${Math.round(r.x)},${Math.round(r.w)}`;
  assert(back && across(back) === across(seen.at(-1)), `Shift+Tab came back to ${JSON.stringify(back)}, not the last control of ${JSON.stringify(seen)}`);

  const mapTab = await region(page, 'tab:map');
  const onMapTab = (at) => at && Math.abs(at.x + at.w / 2 - (mapTab.x + mapTab.w / 2)) < 4 && Math.abs(at.y - mapTab.y) < 8;
  let on = onMapTab(back);
  for (let i = 0; i < 10 && !on; i++) {
    await page.keyboard.press('Shift+Tab');
    await settled(page, 60);
    on = onMapTab((await state(page)).keyboardFocus);
  }
  assert(on, `Shift+Tab never came back to the Map tab ${JSON.stringify(mapTab)} ${JSON.stringify((await state(page)).keyboardFocus)}`);
  await page.keyboard.press('Enter');
  await settled(page);
  assertEqual((await state(page)).tab, 'map', 'Enter on the Map tab');
  await page.context().close();
}
