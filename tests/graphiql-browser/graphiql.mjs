// Loads the gateway's GraphiQL page in headless Chromium (Debian's chromium), sets a bearer token in the headers
// editor, runs a query and reads the result pane. Prints one JSON line: { ok, result, authorization, problems }.
// Usage: node graphiql.mjs <graphql-url> <query> [screenshot.png]   (env WSP_TOKEN: the token to set, optional)
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [url, query, screenshot] = process.argv.slice(2);
const token = process.env.WSP_TOKEN ?? '';
const userDataDir = mkdtempSync(join(tmpdir(), 'wsp-graphiql-chromium-'));
const problems = [];
let authorization = null;
let context;
try {
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
    timeout: 60_000,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(30_000);
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url() === url && (r.postData() ?? '').includes('regions')) {
      authorization = r.headers()['authorization'] ?? null;
    }
  });

  const response = await page.goto(url, { waitUntil: 'load' });
  if (!response.ok()) throw new Error(`GET ${url} answered ${response.status()}`);
  await page.waitForSelector('.graphiql-query-editor .CodeMirror');

  // Type into the editors as a person would, through CodeMirror's own API (the editors are CodeMirror 5).
  await page.evaluate(({ query, token }) => {
    document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.setValue(query);
    if (token) {
      // The tools pane holds the variables editor, then the headers editor.
      const editors = document.querySelectorAll('.graphiql-editor-tool .CodeMirror');
      editors[editors.length - 1].CodeMirror.setValue(JSON.stringify({ Authorization: `Bearer ${token}` }));
    }
  }, { query, token });
  await page.click('.graphiql-execute-button');
  await page.waitForFunction(() => {
    const pane = document.querySelector('.graphiql-response .CodeMirror');
    return pane && pane.CodeMirror.getValue().includes('"data"');
  });
  const result = await page.evaluate(() => document.querySelector('.graphiql-response .CodeMirror').CodeMirror.getValue());
  if (screenshot) await page.screenshot({ path: screenshot });
  console.log(JSON.stringify({ ok: true, result, authorization, problems }));
} catch (e) {
  console.log(JSON.stringify({ ok: false, error: String(e?.stack ?? e), authorization, problems }));
  process.exitCode = 1;
} finally {
  await context?.close().catch(() => {});
  rmSync(userDataDir, { recursive: true, force: true });
}
