// Runs every tests/browser/*.test.mjs: each exports named async test functions taking
// { browser, url }. Prints one line per test and "N passed, N failed" at the end.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchBrowser, serveDist } from './harness.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const filter = process.argv[2] || '';
const files = readdirSync(here).filter((f) => f.endsWith('.test.mjs')).sort();
const browser = await launchBrowser();
const { server, url } = await serveDist();
let passed = 0, failed = 0;
const TIMEOUT_MS = 60000;
try {
  for (const file of files) {
    const tests = await import(pathToFileURL(join(here, file)));
    for (const [name, test] of Object.entries(tests)) {
      if (typeof test !== 'function' || !`${file}:${name}`.includes(filter)) continue;
      const started = Date.now();
      try {
        let timer;
        await Promise.race([
          test({ browser, url }),
          new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`timed out after ${TIMEOUT_MS} ms`)), TIMEOUT_MS); }),
        ]).finally(() => clearTimeout(timer));
        passed++;
        console.log(`ok   ${file} ${name} (${Date.now() - started} ms)`);
      } catch (e) {
        failed++;
        console.log(`FAIL ${file} ${name}: ${e.message}`);
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`browser: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
