// Hostile inputs through the page's API: each gives an analysis or a clear refusal, the page
// keeps drawing frames, and a refused text leaves the article on screen as it was.
import { assert, assertEqual, openPage } from './harness.mjs';

const SENTENCE = 'Le ministre a déclaré lundi à Paris : « Nous verrons. » ';

// Builds the bytes inside the page (no 50 MB over the wire) and loads them; returns the result,
// the time the load took and the analysis summary.
async function loadInPage(page, build, options = {}) {
  return page.evaluate(async ({ source, options }) => {
    const bytes = new Function(`return (${source})`)()();
    const start = performance.now();
    const result = window.depeche.load(bytes, options);
    const ms = performance.now() - start;
    const a = window.depeche.analysis();
    return { result, ms, title: a.title, warnings: a.warnings, paragraphs: a.paragraphs.length, bytes: bytes.length };
  }, { source: build.toString(), options });
}

// The page still answers: an animation frame comes, and input makes it build frames.
async function assertResponsive(page, what) {
  const answered = await page.evaluate(() => new Promise((ok) => {
    const timer = setTimeout(() => ok(false), 3000);
    requestAnimationFrame(() => { clearTimeout(timer); ok(true); });
  }));
  assert(answered, `no animation frame after ${what}`);
  const before = await page.evaluate(() => window.depeche.framesBuilt());
  await page.mouse.move(300 + Math.random() * 100, 300);
  await page.mouse.move(500, 350);
  await page.waitForFunction((n) => window.depeche.framesBuilt() > n, before, { timeout: 5000 });
}

const HOSTILE = {
  invalidUtf8: () => new Uint8Array([0x54, 0x0a, 0x0a, 0x50, 0x20, 0x2f, 0x20, 0x41, 0x0a, 0x55, 0x6e, 0x20, 0xff, 0xfe, 0x20,
    0xc3, 0x20, 0xed, 0xa0, 0x80, 0x20, 0xf4, 0x90, 0x80, 0x80, 0x2e, 0xe2, 0x82]),
  nulBytes: () => { const b = new TextEncoder().encode('Titre\n\nParis / AFP\nUn\0texte\0\0 cité.'); return b; },
  oneLine10MB: () => {
    const unit = new TextEncoder().encode('Le ministre a déclaré lundi à Paris : « Nous verrons. » ');
    const out = new Uint8Array(Math.floor((10 << 20) / unit.length) * unit.length);
    for (let i = 0; i < out.length; i += unit.length) out.set(unit, i);
    return out;
  },
  quotes100k: () => new TextEncoder().encode('"'.repeat(50000) + '«'.repeat(25000) + '»'.repeat(25000)),
  nestedQuotes: () => new TextEncoder().encode('Titre\n\nParis / AFP\nIl a dit ' + '« “"'.repeat(7000) + '"” »'.repeat(7000) + '.\n'),
  rtlEmoji: () => new TextEncoder().encode('Titre\n\nBeyrouth / Agence\nقال الوزير « لا », a déclaré \u200fשלום\u200e M. Dupont.\n' +
    '\u202e« Inversé »\u202c 🇫🇷 👩‍💻🏽 😀️\n'),
};

export async function hostileTextsAreAnalyzedAndThePageStaysResponsive({ browser, url }) {
  const page = await openPage(browser, url);
  for (const [name, build] of Object.entries(HOSTILE)) {
    const r = await loadInPage(page, build, { name: `${name}.txt` });
    assert(r.result.ok, `${name} refused: ${r.result.error}`);
    assert(r.ms < 20000, `${name} took ${r.ms.toFixed(0)} ms`);
    await assertResponsive(page, name);
  }
  assertEqual(page.problems, [], 'console errors or failed requests');
  await page.context().close();
}

export async function repairsAreReportedToTheReader({ browser, url }) {
  const page = await openPage(browser, url);
  const bad = await loadInPage(page, HOSTILE.invalidUtf8);
  assert(bad.warnings.some((w) => w.includes('UTF-8')), `invalid bytes not reported: ${JSON.stringify(bad.warnings)}`);
  const nul = await loadInPage(page, HOSTILE.nulBytes);
  assert(nul.warnings.some((w) => w.includes('NUL')), `NUL bytes not reported: ${JSON.stringify(nul.warnings)}`);
  const text = await page.evaluate(() => window.depeche.text());
  assert(!text.includes('\0'), 'a NUL byte reached the text');
  await page.context().close();
}

export async function oversizeTextIsRefusedAndTheArticleKept({ browser, url }) {
  const page = await openPage(browser, url);
  // The refusal speaks the interface's language: French here.
  await page.evaluate(() => window.depeche.setLanguage('fr'));
  const r = await loadInPage(page, () => new Uint8Array(50 << 20).fill(0x61));
  assertEqual(r.bytes, 50 << 20, 'size of the oversize text');
  assert(!r.result.ok && /16 Mio/.test(r.result.error), `50 MB not refused clearly: ${JSON.stringify(r.result)}`);
  assert(r.ms < 2000, `the refusal took ${r.ms.toFixed(0)} ms`);
  assert(r.title.startsWith('MOSCOU REJETTE'), `the launch article was lost: ${r.title}`);
  const status = await page.locator('#depeche-status').textContent();
  assert(status.includes('16 Mio'), `the refusal is not shown to the reader: ${status}`);
  await assertResponsive(page, 'the refusal');
  await page.context().close();
}

export async function badDatesAreRefusedAndTheArticleKept({ browser, url }) {
  const page = await openPage(browser, url);
  const first = await page.evaluate((t) => window.depeche.load(`Titre\n\nParis / AFP\n${t}\n`, { dct: '2024-03-15' }), SENTENCE);
  assert(first.ok, 'a plain article was refused');
  for (const dct of ['2023-02-30', 'banana']) {
    const r = await page.evaluate((d) => window.depeche.load('Un autre texte.', { dct: d }), dct);
    assert(!r.ok && r.error.length > 10, `DCT ${dct} accepted or unexplained: ${JSON.stringify(r)}`);
    const a = await page.evaluate(() => window.depeche.analysis());
    assertEqual([a.title, a.dct], ['Titre', '2024-03-15'], `the article after refusing DCT ${dct}`);
  }
  await assertResponsive(page, 'the refused dates');
  await page.context().close();
}
