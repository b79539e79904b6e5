// Page benchmark, in headless Chromium: what a first visit downloads and how long until the
// analyzed article is on screen, CPU time per frame while scrolling the article and panning the
// map with a 100-quotation article, frames built while idle; and, in the same run, the same
// figures for TimelineJS showing the launch article's eight events from a local page.
// `node bench/page.mjs` after a wasm build; prints the figures, writes build/bench/page.json,
// never fails on a figure (only when a page cannot be measured at all).
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, ROOT } from '../tests/browser/harness.mjs';
import { startServer } from '../tools/serve.mjs';
import { quoteArticle } from './synthetic_article.mjs';
import { timelineEvents } from './timeline_events.mjs';

const OUT = join(ROOT, 'build', 'bench');
const RUNS = Number(process.env.BENCH_RUNS || 5);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// A local TimelineJS page: the package's own build, served from loopback like ours.
function writeTimelineSite() {
  const site = join(OUT, 'timelinejs');
  const dist = join(ROOT, 'node_modules', '@knight-lab', 'timelinejs', 'dist');
  mkdirSync(site, { recursive: true });
  cpSync(join(dist, 'css'), join(site, 'css'), { recursive: true });
  cpSync(join(dist, 'js'), join(site, 'js'), { recursive: true });
  const gold = JSON.parse(readFileSync(join(ROOT, 'tests', 'gold', 'karabakh-peskov.gold.json'), 'utf8'));
  const data = { title: { text: { headline: gold.title || 'Karabakh' } }, events: timelineEvents(gold.events) };
  writeFileSync(join(site, 'index.html'), `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>TimelineJS</title>
<link rel="stylesheet" href="css/timeline.css"><script src="js/timeline.js"></script></head>
<body style="margin:0"><div id="timeline" style="width:100%;height:100vh"></div>
<script>
// script_path keeps the locale and font files on this server rather than the package's CDN.
const timeline = new TL.Timeline('timeline', ${JSON.stringify(data)},
  { language: 'fr', script_path: new URL('js', location.href).href });
timeline.on('loaded', () => requestAnimationFrame(() => { window.__firstRender = performance.now(); }));
</script></body></html>
`);
  return { site, events: data.events.length };
}

// One cold visit: bytes on the wire (headers included, compressed as served), requests, and the
// time from navigation to the first render, as the page itself reports it.
async function coldVisit(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  let bytes = 0, requests = 0;
  const external = [];
  cdp.on('Network.requestWillBeSent', () => { requests++; });
  cdp.on('Network.loadingFinished', (e) => { bytes += e.encodedDataLength; });
  await page.route((u) => !['127.0.0.1', 'localhost'].includes(u.hostname), (route) => {
    external.push(route.request().url());
    return route.abort();
  });
  await page.addInitScript(watchDepecheStages);
  await page.goto(url);
  await page.waitForFunction(() => window.__firstRender !== undefined, null, { timeout: 60000 });
  const stages = await page.evaluate((names) => {
    const wasm = performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm'));
    const marks = {};
    for (const name of names) {
      const entry = performance.getEntriesByName(name, 'mark')[0];
      if (entry) marks[name] = entry.startTime;
    }
    return { ms: window.__firstRender, started: window.__started, wasm: wasm ? wasm.responseEnd : undefined, marks };
  }, FIRST_FRAME_MARKS);
  await page.waitForLoadState('networkidle');
  await context.close();
  return { ...stages, bytes, requests, external };
}

// The page's own marks on the way to its first frame (src/web/main.cpp, bridge.cpp, web/shell.js),
// in the order they come.
const FIRST_FRAME_MARKS = ['depeche-main', 'depeche-resources', 'depeche-analysis-start', 'depeche-analysis-end',
  'depeche-font-atlas', 'depeche-first-frame'];

// Where the time to the first frame goes, from the medians of the marks: each step is the time
// since the mark before it.
function firstFrameSteps(visits, wasmDownloaded) {
  const at = (name) => {
    const times = visits.map((v) => v.marks && v.marks[name]).filter((t) => t !== undefined);
    return times.length === visits.length ? median(times) : undefined;
  };
  const points = [['wasm downloaded', wasmDownloaded], ['module compiled, main() entered', at('depeche-main')],
    ['language data, gazetteer, fonts and map read', at('depeche-resources')],
    ['WebGL and ImGui set up, article fetched', at('depeche-analysis-start')], ['article analyzed', at('depeche-analysis-end')],
    ['font atlas built (first frame)', at('depeche-font-atlas')], ['first frame drawn', at('depeche-first-frame')]];
  if (points.some(([, t]) => t === undefined)) return undefined;
  return points.map(([label, t], i) => ({ step: label, at_ms: t, ms: i === 0 ? t : t - points[i - 1][1] }));
}

// Runs before the page's scripts: notes when Depeche's main() has run (module compiled, language
// data and fonts loaded) and when the first frame with the analyzed article is built.
function watchDepecheStages() {
  let module;
  Object.defineProperty(window, 'Module', {
    configurable: true,
    get: () => module,
    set: (m) => {
      module = m;
      const started = m.onDepecheStarted;
      if (started && !m.__watched) {
        m.__watched = true;
        m.onDepecheStarted = (...args) => { window.__started = performance.now(); return started(...args); };
      }
    },
  });
  addEventListener('DOMContentLoaded', () => {
    if (window.depeche) window.depeche.ready.then(() => { window.__firstRender = performance.now(); });
  });
}

async function summarize(browser, url, label) {
  const visits = [];
  for (let i = 0; i < RUNS; i++) visits.push(await coldVisit(browser, url));
  const figure = {
    first_render_ms: median(visits.map((v) => v.ms)),
    wasm_downloaded_ms: visits[0].wasm === undefined ? undefined : median(visits.map((v) => v.wasm)),
    main_started_ms: visits[0].started === undefined ? undefined : median(visits.map((v) => v.started)),
    bytes: median(visits.map((v) => v.bytes)),
    requests: median(visits.map((v) => v.requests)),
    blocked_external_requests: [...new Set(visits.flatMap((v) => v.external))],
  };
  console.log(`  ${label.padEnd(11)} ${(figure.bytes / 1000).toFixed(1).padStart(7)} KB in ${figure.requests} requests, ` +
    `first render ${figure.first_render_ms.toFixed(0)} ms (median of ${RUNS} cold visits)`);
  if (figure.main_started_ms !== undefined) {
    console.log(`              wasm downloaded at ${figure.wasm_downloaded_ms.toFixed(0)} ms, compiled and data loaded ` +
      `(main ran) at ${figure.main_started_ms.toFixed(0)} ms, article analyzed and drawn at ${figure.first_render_ms.toFixed(0)} ms`);
    figure.first_frame_steps = firstFrameSteps(visits, figure.wasm_downloaded_ms);
    for (const s of figure.first_frame_steps || [])
      console.log(`                ${s.step.padEnd(46)} at ${s.at_ms.toFixed(0).padStart(5)} ms  (+${s.ms.toFixed(0)} ms)`);
  }
  return figure;
}

// Times every animation-frame callback that built a Depeche frame (the wasm frame function:
// ImGui, the views, the GL calls), before the page's scripts run.
function timeFrames() {
  const raf = window.requestAnimationFrame.bind(window);
  window.__frameMs = [];
  window.requestAnimationFrame = (callback) => raf((t) => {
    const built = window.depeche ? window.depeche.framesBuilt() : 0;
    const start = performance.now();
    callback(t);
    if (window.depeche && window.depeche.framesBuilt() > built) window.__frameMs.push(performance.now() - start);
  });
}

// CPU time per frame built while an input gesture runs: the frame callback's own time (median and
// 95th percentile) and the renderer main thread's whole busy time (TaskDuration: also input
// handling and the software WebGL of a GPU-less machine) divided by the frames.
async function framesUnderGesture(page, cdp, gesture) {
  const busy = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value;
  await page.evaluate(() => { window.__frameMs = []; });
  const task0 = await busy();
  await gesture();
  const task = (await busy()) - task0;
  const ms = (await page.evaluate(() => window.__frameMs)).sort((a, b) => a - b);
  if (ms.length === 0) return { frames: 0 };
  return {
    frames: ms.length,
    frame_ms_median: ms[Math.floor(ms.length / 2)],
    frame_ms_p95: ms[Math.min(ms.length - 1, Math.floor(ms.length * 0.95))],
    main_thread_ms_per_frame: (task * 1000) / ms.length,
  };
}

async function interaction(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.addInitScript(timeFrames);
  await page.goto(url);
  await page.evaluate(() => window.depeche.ready);
  const text = quoteArticle(100);
  const loaded = await page.evaluate((t) => window.depeche.load(t, { dct: '2024-03-15', name: 'cent-citations.txt' }), text);
  if (!loaded.ok) throw new Error(`the 100-quote article was refused: ${loaded.error}`);
  const quotes = await page.evaluate(() => window.depeche.analysis().quotes.length);
  const box = await page.locator('#canvas').boundingBox();
  const at = (fx, fy) => [box.x + box.width * fx, box.y + box.height * fy];
  await page.waitForTimeout(300);
  const scroll = await framesUnderGesture(page, cdp, async () => {
    await page.mouse.move(...at(0.3, 0.5));
    for (let i = 0; i < 60; i++) {
      await page.mouse.wheel(0, i < 30 ? 120 : -120);
      await page.waitForTimeout(16);
    }
  });
  const pan = await framesUnderGesture(page, cdp, async () => {
    const [x, y] = at(0.78, 0.6);
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (let i = 0; i < 60; i++) {
      await page.mouse.move(x + 80 * Math.sin(i / 8), y + 50 * Math.cos(i / 8));
      await page.waitForTimeout(16);
    }
    await page.mouse.up();
  });
  await page.mouse.move(box.x + box.width - 2, box.y + 2);
  await page.waitForTimeout(1000);
  const before = await page.evaluate(() => window.depeche.framesBuilt());
  await page.waitForTimeout(2000);
  const idleFrames = (await page.evaluate(() => window.depeche.framesBuilt())) - before;
  await context.close();
  return { quotes, scroll, pan, idle_frames_in_2s: idleFrames };
}

const browser = await launchBrowser();
const depeche = await startServer({ root: join(ROOT, 'dist'), port: 0 });
const timeline = writeTimelineSite();
const tl = await startServer({ root: timeline.site, port: 0 });
try {
  console.log(`Page benchmark, headless Chromium ${browser.version()}, gzip as served by tools/serve.mjs`);
  console.log('first load (cold cache)');
  const figures = {
    chromium: browser.version(),
    depeche: await summarize(browser, depeche.url, 'Depeche'),
    timelinejs: { ...(await summarize(browser, tl.url, 'TimelineJS')), events: timeline.events },
  };
  console.log(`  (TimelineJS ${JSON.parse(readFileSync(join(ROOT, 'node_modules', '@knight-lab', 'timelinejs', 'package.json'))).version}` +
    ` shows the launch article's ${timeline.events} events; Depeche analyzes the article itself)`);
  figures.interaction = await interaction(browser, depeche.url);
  const { scroll, pan, quotes, idle_frames_in_2s: idle } = figures.interaction;
  const perFrame = (g) => (g.frames === 0 ? 'no frame built'
    : `frame ${g.frame_ms_median.toFixed(1)} ms median, ${g.frame_ms_p95.toFixed(1)} ms p95; ` +
      `main thread ${g.main_thread_ms_per_frame.toFixed(1)} ms per frame (${g.frames} frames)`);
  console.log(`frames with the ${quotes}-quotation article`);
  console.log(`  scrolling the article: ${perFrame(scroll)}`);
  console.log(`  panning the map:       ${perFrame(pan)}`);
  console.log(`  idle for 2 s:          ${idle} frame(s) built (expected 0)`);
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, 'page.json'), JSON.stringify(figures, null, 2) + '\n');
} finally {
  await browser.close();
  depeche.server.close();
  tl.server.close();
}
