// The shipped Content-Security-Policy: sent as a header and as a <meta>, strict (no eval, no
// inline script, nothing from another host), and the explorer runs under it without a violation.
import { assert, assertEqual, recordCspViolations, trackProblems } from './harness.mjs';

async function openUnderPolicy(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1100, height: 800 } });
  await recordCspViolations(context);
  const page = trackProblems(await context.newPage());
  const response = await page.goto(url);
  return { context, page, response };
}

function assertStrict(policy, where) {
  assert(policy, `${where}: no Content-Security-Policy`);
  assert(/default-src 'none'/.test(policy), `${where}: default-src is not 'none': ${policy}`);
  const scripts = /script-src ([^;]*)/.exec(policy)[1];
  assert(!/'unsafe-inline'|'unsafe-eval'|\*|https?:/.test(scripts), `${where}: script-src allows too much: ${scripts}`);
}

export async function pageRunsUnderTheShippedPolicy({ browser, url }) {
  const { context, page, response } = await openUnderPolicy(browser, url);
  assertStrict(response.headers()['content-security-policy'], 'header of index.html');
  assert(/frame-ancestors 'self'/.test(response.headers()['content-security-policy']), 'the page can be framed by anyone');
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assertStrict(meta, '<meta> of index.html');
  await page.evaluate(() => window.depeche.ready);
  // Work the explorer a little: a new text, a file from disk, the text version.
  await page.evaluate(() => window.depeche.load('TITRE\nParis / Test\n\n« Bonjour », a déclaré M. Martin lundi.\n', {}));
  await page.locator('#canvas').click({ position: { x: 300, y: 200 } });
  await page.mouse.wheel(0, 200);
  await page.waitForTimeout(300);
  assertEqual(await page.evaluate(() => window.cspViolations), [], 'policy violations');
  assertEqual(page.problems, [], 'console errors or failed requests');

  // The check can fail: an injected inline script is blocked and reported.
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true;';
    document.body.append(script);
  });
  await page.waitForTimeout(100);
  assertEqual(await page.evaluate(() => window.injected), undefined, 'an inline script ran');
  assert((await page.evaluate(() => window.cspViolations)).some((v) => v.startsWith('script-src')), 'the blocked script was not reported');
  await context.close();
}

export async function embedPageRunsUnderThePolicy({ browser, url }) {
  const { context, page, response } = await openUnderPolicy(browser, `${url}embed.html`);
  const header = response.headers()['content-security-policy'];
  assertStrict(header, 'header of embed.html');
  assert(/frame-ancestors \*/.test(header), `embed.html cannot be framed by news sites: ${header}`);
  await page.evaluate(() => window.depeche.ready);
  await page.locator('#depeche-shield').click();
  await page.mouse.wheel(0, 200);
  await page.waitForTimeout(300);
  assertEqual(await page.evaluate(() => window.cspViolations), [], 'policy violations in embed.html');
  assertEqual(page.problems, [], 'console errors or failed requests');
  await context.close();
}
