// Shared harness of the browser tests: Debian's Chromium through playwright-core, dist/ served
// on a free loopback port, and a page wrapper that records console errors and failed requests.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../tools/serve.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const ARTIFACTS = join(ROOT, 'build', 'test-artifacts');
mkdirSync(ARTIFACTS, { recursive: true });

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--enable-unsafe-swiftshader', '--use-angle=swiftshader',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
      '--disable-quic'],
  });
}

export async function serveDist() {
  return startServer({ root: join(ROOT, 'dist'), port: 0 });
}

// Keeps what goes wrong in a page in page.problems; tests assert it stays empty.
export function trackProblems(page) {
  page.problems = [];
  page.on('console', (m) => { if (m.type() === 'error') page.problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => page.problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => page.problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => { if (r.status() >= 400) page.problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  return page;
}

// Opens a page with its problems tracked and waits for the explorer to be ready.
export async function openPage(browser, url, contextOptions = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...contextOptions });
  const page = trackProblems(await context.newPage());
  await page.goto(url);
  await page.evaluate(() => window.depeche.ready);
  return page;
}

// Waits in a frame until the explorer is ready. Until shell.js has run, window.depeche is the
// page's <main id="depeche"> element (named access on window): the API is the one whose `ready`
// is a promise.
export async function explorerReady(frame, timeout = 20000) {
  await frame.waitForFunction(() => window.depeche && window.depeche.ready instanceof Promise, null, { timeout });
  await frame.evaluate(() => window.depeche.ready);
}

export function assert(condition, message) {
  if (!condition) throw new Error(message);
}

export function assertEqual(actual, expected, message) {
  const a = JSON.stringify(actual), e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${message}: expected ${e}, got ${a}`);
}

// Every page and frame of the context keeps its Content-Security-Policy violations in
// window.cspViolations.
export async function recordCspViolations(context) {
  await context.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
}
