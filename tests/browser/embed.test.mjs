// The explorer embedded in a news site: web/examples/newsroom.html served from a second origin
// loads dist/embed.js from the Depeche origin. Heights follow the frames, the page scrolls past
// them until the reader clicks in, foreign or malformed messages are ignored, and no request
// leaves the two origins.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../tools/serve.mjs';
import { ROOT, assert, assertEqual, explorerReady, recordCspViolations, trackProblems } from './harness.mjs';

// Runs use({tab, requests, hostOrigin}) on the example page as a newsroom would copy it, served
// from a second origin: embed.js comes from the Depeche origin.
async function withNewsroom(browser, depecheUrl, use) {
  const folder = mkdtempSync(join(tmpdir(), 'depeche-host-'));
  cpSync(join(ROOT, 'web', 'examples'), folder, { recursive: true });
  const page = join(folder, 'newsroom.html');
  writeFileSync(page, readFileSync(page, 'utf8').replace('src="../embed.js"', `src="${depecheUrl}embed.js"`));
  const host = await startServer({ root: folder, port: 0 });
  const context = await browser.newContext({ viewport: { width: 1000, height: 700 } });
  await recordCspViolations(context);
  await context.addInitScript(() => {
    window.received = [];
    window.addEventListener('message', (e) => window.received.push({ origin: e.origin, data: e.data }));
  });
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  try {
    const tab = trackProblems(await context.newPage());
    await tab.goto(`${host.url}newsroom.html`);
    await use({ tab, requests, hostOrigin: new URL(host.url).origin });
  } finally {
    await context.close();
    host.server.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

// A frame out of view does not draw (browsers pause them): scroll to it, wait for its article.
async function frameOnScreen(handle) {
  await handle.scrollIntoViewIfNeeded();
  const frame = await handle.contentFrame();
  await explorerReady(frame);
  return frame;
}

// The frames of the Depeche origin, in page order, once each has its article on screen.
async function depecheFrames(tab, depecheOrigin, count) {
  await tab.waitForFunction((n) => document.querySelectorAll('iframe.depeche-frame').length >= n, count);
  const handles = await tab.locator('iframe.depeche-frame').elementHandles();
  const frames = [];
  for (const handle of handles) {
    const frame = await frameOnScreen(handle);
    assertEqual(new URL(frame.url()).origin, depecheOrigin, 'frame origin');
    frames.push(frame);
  }
  return { frames, handles };
}

const titleOf = (frame) => frame.evaluate(() => window.depeche.analysis().title);

export async function embedFollowsItsContentAndStaysOnTwoOrigins({ browser, url }) {
  const depecheOrigin = new URL(url).origin;
  await withNewsroom(browser, url, async ({ tab, requests, hostOrigin }) => {
    const { frames, handles } = await depecheFrames(tab, depecheOrigin, 3);
    assert((await titleOf(frames[0])).startsWith('LA MAIRIE DE LYON'), 'data-article was not loaded');
    assert((await titleOf(frames[1])).startsWith('LA PRÉFECTURE DU RHÔNE'), 'the inline text was not loaded');
    assert((await titleOf(frames[2])).startsWith('LA MAIRIE DE LYON'), 'the API widget did not load its text');
    await tab.waitForFunction(() => /citation/.test(document.getElementById('api-log').textContent), null, { timeout: 5000 });

    // Height messages, ours and AMP's, and each frame as tall as its content.
    const received = await tab.evaluate(() => window.received);
    const fromDepeche = received.filter((m) => m.origin === depecheOrigin);
    assert(fromDepeche.some((m) => m.data.depeche === 1 && m.data.type === 'height' && m.data.height > 300), 'no height message');
    assert(fromDepeche.some((m) => m.data.sentinel === 'amp' && m.data.type === 'embed-size'), 'no AMP embed-size message');
    // A short article shrinks its explorer once it is drawn: the frame follows within moments.
    for (const [i, frame] of frames.entries()) {
      let content = 0, box = null;
      for (let tries = 0; tries < 25; tries++) {
        content = await frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
        box = await handles[i].boundingBox();
        if (Math.abs(box.height - content) <= 1) break;
        await tab.waitForTimeout(200);
      }
      assert(Math.abs(box.height - content) <= 1, `frame ${i} is ${box.height}px high for ${content}px of content`);
    }
    // Opening the text version makes the frame grow, and the host follows.
    const before = (await handles[0].boundingBox()).height;
    await frames[0].locator('#depeche-text summary').click();
    await tab.waitForFunction((h) => document.querySelector('iframe.depeche-frame').getBoundingClientRect().height > h + 50, before, { timeout: 5000 });

    const foreign = requests.filter((u) => ![depecheOrigin, hostOrigin].includes(new URL(u).origin) && !u.startsWith('data:'));
    assertEqual(foreign, [], 'requests outside the two origins');
    assertEqual(await tab.evaluate(() => window.cspViolations), [], 'policy violations');
    for (const frame of frames) assertEqual(await frame.evaluate(() => window.cspViolations), [], 'policy violations in a frame');
    assertEqual(tab.problems, [], 'console errors or failed requests');
  });
}

export async function hostPageScrollsPastTheWidgetUntilClickedIn({ browser, url }) {
  await withNewsroom(browser, url, async ({ tab }) => {
    const { frames, handles } = await depecheFrames(tab, new URL(url).origin, 1);
    await handles[0].evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await tab.waitForTimeout(200);
    const box = await handles[0].boundingBox();
    const middle = { x: box.x + box.width / 2, y: box.y + Math.min(box.height, 400) / 2 };
    assert(await frames[0].locator('.depeche-hint').isVisible(), 'no hint on the idle widget');

    const scrollAfterWheel = async () => {
      const start = await tab.evaluate(() => window.scrollY);
      await tab.mouse.move(middle.x, middle.y);
      await tab.mouse.wheel(0, 240);
      await tab.waitForTimeout(400);
      return (await tab.evaluate(() => window.scrollY)) - start;
    };
    assert(await scrollAfterWheel() > 100, 'the wheel over the idle widget did not scroll the page');

    // Clicked in: the wheel belongs to the explorer, the page stays put.
    await handles[0].evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await tab.waitForTimeout(200);
    Object.assign(middle, await handles[0].boundingBox().then((b) => ({ x: b.x + b.width / 2, y: b.y + Math.min(b.height, 400) / 2 })));
    await tab.mouse.click(middle.x, middle.y);
    assert(!(await frames[0].locator('.depeche-hint').isVisible()), 'the hint stays after clicking in');
    assertEqual(await scrollAfterWheel(), 0, 'the page scrolled while the reader explored the widget');

    // Leaving the widget hands the wheel back to the page.
    await tab.mouse.move(5, 5);
    await tab.waitForTimeout(100);
    assert(await scrollAfterWheel() > 100, 'the page did not get the wheel back after the pointer left');

    // From the keyboard: Tab reaches the shield, Enter goes in, Escape comes back out.
    await frames[0].locator('#depeche-shield').focus();
    await tab.keyboard.press('Enter');
    await frames[0].waitForFunction(() => document.activeElement.id === 'canvas');
    await tab.keyboard.press('Escape');
    await frames[0].waitForFunction(() => document.activeElement.id === 'depeche-shield' && !document.getElementById('depeche-shield').hidden);
    assertEqual(tab.problems, [], 'console errors or failed requests');
  });
}

export async function embedIgnoresForeignAndMalformedMessages({ browser, url }) {
  const depecheOrigin = new URL(url).origin;
  await withNewsroom(browser, url, async ({ tab }) => {
    await depecheFrames(tab, depecheOrigin, 3);
    // A widget whose host listed another origin: this page may not drive it.
    await tab.evaluate(() => {
      const div = document.createElement('div');
      div.id = 'closed';
      document.body.append(div);
      window.closedWidget = Depeche.create(div, { allowedOrigins: ['https://newsroom.invalid'] });
    });
    const closed = await frameOnScreen(await tab.locator('#closed iframe').elementHandle());
    assert((await titleOf(closed)).startsWith('MOSCOU REJETTE'), 'the closed widget should show its default article');

    const open = await (await tab.locator('iframe.depeche-frame').first().elementHandle()).contentFrame();
    const post = (selector, message) => tab.evaluate(([s, m, o]) => document.querySelector(s).contentWindow.postMessage(m, o),
      [selector, message, depecheOrigin]);
    const text = 'TITRE INTRUS\nParis / Test\n\nUn texte.\n';
    await post('#closed iframe', { depeche: 1, type: 'load', text });
    for (const bad of [{ type: 'load', text }, { depeche: 2, type: 'load', text }, { depeche: 1, type: 'load', text: { toString: 'x' } },
      { depeche: 1, type: 'load', text, dct: '2023-13-45; drop' }, { depeche: 1, type: 'eval', text }, [1, 'load', text], text]) {
      await post('iframe.depeche-frame', bad);
    }
    await tab.waitForTimeout(500);
    assert((await titleOf(closed)).startsWith('MOSCOU REJETTE'), 'a message from a non-allowed origin was obeyed');
    assert((await titleOf(open)).startsWith('LA MAIRIE DE LYON'), 'a malformed message was obeyed');
    const fromClosed = await tab.evaluate((o) => window.received.filter((m) => m.origin === o && m.data.type === 'ready').length, depecheOrigin);
    assertEqual(fromClosed, 3, 'ready messages (the closed widget must not talk to this page)');

    // The same channel with a well-formed message from the allowed origin works.
    await post('iframe.depeche-frame', { depeche: 1, type: 'load', text });
    await open.waitForFunction(() => window.depeche.analysis().title === 'TITRE INTRUS', null, { timeout: 3000 });
    assertEqual(tab.problems, [], 'console errors or failed requests');
  });
}

export async function embedApiSelectsAndReportsSelection({ browser, url }) {
  await withNewsroom(browser, url, async ({ tab }) => {
    const { frames } = await depecheFrames(tab, new URL(url).origin, 3);
    const api = frames[2];
    assert(await api.evaluate(() => typeof window.depeche.select === 'function'), 'the explorer offers no selection API');
    const analysis = await tab.evaluate(() => window.Depeche.widgets[1].analysis());
    assert(analysis && analysis.schema === 'depeche/analysis@1', 'analysis() through postMessage');
    const speaker = analysis.quotes.find((q) => q.speaker)?.speaker;
    assert(speaker, 'no attributed quote in the example article');
    await tab.evaluate(() => {
      window.selected = [];
      window.Depeche.widgets[0].on('select', (id) => window.selected.push(id));
    });
    await tab.evaluate((id) => window.Depeche.widgets[0].select(id), speaker);
    await frames[0].waitForFunction((id) => window.depeche.selection() === id, speaker, { timeout: 3000 });
    await tab.waitForFunction((id) => window.selected.includes(id), speaker, { timeout: 3000 });
  });
}

// The iframe snippet alone, for hosts that run no script of ours: the article comes from the
// Depeche host, and a URL on any other host is refused rather than fetched.
export async function plainIframeLoadsOnlyItsOwnOriginsArticles({ browser, url }) {
  await withNewsroom(browser, url, async ({ tab, hostOrigin }) => {
    const fromFrames = [];
    tab.on('request', (r) => { if (r.frame() !== tab.mainFrame()) fromFrames.push(r.url()); });
    let frames = 0;
    const frameFor = async (article) => {
      const id = `plain-${++frames}`;
      await tab.evaluate(([src, frameId]) => {
        const frame = document.createElement('iframe');
        frame.id = frameId;
        frame.src = src;
        frame.height = '640';
        document.body.append(frame);
      }, [`${url}embed.html?article=${encodeURIComponent(article)}&dct=2023-10-24`, id]);
      return frameOnScreen(await tab.locator(`#${id}`).elementHandle());
    };
    const own = await frameFor('examples/article.txt');
    assert((await titleOf(own)).startsWith('LA MAIRIE DE LYON'), 'the same-origin article was not loaded');
    assertEqual(await own.evaluate(() => window.depeche.analysis().dct), '2023-10-24', 'DCT from the snippet');
    const foreign = await frameFor(`${hostOrigin}/article.txt`);
    assert((await titleOf(foreign)).startsWith('MOSCOU REJETTE'), 'a foreign article URL was not refused');
    assert(!fromFrames.includes(`${hostOrigin}/article.txt`), 'the frame fetched an article from another host');
  });
}

// A script loaded twice sets up its listeners twice, and a second deeplink.js would replace the
// 'on' emitter the embed frame listens to: each page names each of its scripts once.
export async function pagesLoadEachScriptOnce({ browser, url }) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    for (const name of ['index.html', 'embed.html']) {
      await page.goto(`${url}${name}`);
      const scripts = await page.evaluate(() => [...document.scripts].map((s) => s.getAttribute('src')).filter(Boolean));
      assert(scripts.length >= 4, `${name}: only ${scripts.length} scripts found`);
      assertEqual(scripts.filter((src, i) => scripts.indexOf(src) !== i), [], `${name}: scripts named twice`);
    }
  } finally {
    await context.close();
  }
}

// In a narrow frame (tabs), a short article makes the explorer as short as its text, and a long
// one brings back its full height; the host's frame follows either way.
export async function aShortArticleShrinksTheEmbedAndALongOneGrowsIt({ browser, url }) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  try {
    const page = trackProblems(await context.newPage());
    await page.goto(`${url}embed.html`);
    await page.evaluate(() => window.depeche.ready);
    const launch = await page.evaluate(() => window.depeche.text());
    const explorerHeight = () => page.evaluate(() => document.getElementById('depeche').getBoundingClientRect().height);
    const full = await explorerHeight();
    assert(full >= 370, `the launch article's explorer is ${full} px high`);
    await page.evaluate(() => window.depeche.load('Brève\nLyon / Test\n\n« Le marché ouvrira samedi », a annoncé lundi Paul Ardent, le maire.\n', {}));
    await page.waitForFunction((h) => document.getElementById('depeche').getBoundingClientRect().height < h - 100, full, { timeout: 5000 });
    await page.waitForTimeout(1200);  // settled: no shrinking and growing in turn
    const short = await explorerHeight();
    const pane = (await page.evaluate(() => window.depeche.viewState())).regions.find((r) => r.name === 'pane:article');
    assertEqual(pane.scrollMax, 0, 'the short article scrolls in its shrunk explorer');
    // As short as the text, down to a floor that keeps a few lines of room for the other tabs.
    assert(pane.h - pane.content < 40 || short < 320, `${Math.round(pane.h - pane.content)} px left blank under the short article`);
    await page.waitForTimeout(1200);
    assertEqual(await explorerHeight(), short, 'the height keeps changing');
    await page.evaluate((text) => window.depeche.load(text, {}), launch);
    await page.waitForFunction((h) => document.getElementById('depeche').getBoundingClientRect().height >= h - 1, full, { timeout: 5000 });
    assertEqual(page.problems, [], 'console errors or failed requests');
  } finally {
    await context.close();
  }
}
