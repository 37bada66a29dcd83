// Opens the gateway's /dashboard in headless Chromium (Debian's chromium) as a person would: the sign-in page, the
// token pasted into its form, then the region's page. Takes a screenshot and prints one JSON line:
// { ok, signInStatus, status, charts, cookieVisibleToScript, barFill, tokenInAUrl, problems }.
// Usage: node dashboard.mjs <gateway-base-url> <region> <screenshot.png>   (env WSP_TOKEN: the token; CHROMIUM: the browser)
// playwright-core comes from the shared install in ../graphiql-browser (npm ci there).
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(new URL('../graphiql-browser/package.json', import.meta.url));
const { chromium } = require('playwright-core');

const [base, region, screenshot] = process.argv.slice(2);
const token = process.env.WSP_TOKEN ?? '';
const start = new URL(`dashboard?region=${encodeURIComponent(region)}`, base).toString();
const userDataDir = mkdtempSync(join(tmpdir(), 'wsp-dashboard-chromium-'));
const problems = [];
const urls = [];
let context;
try {
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1000, height: 1400 },
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
    timeout: 60_000,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(30_000);
  // CSP violations are reported as console errors and as securitypolicyviolation events; both are collected.
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    // Chromium logs the sign-in page's expected 401 as an error too; anything else is a problem.
    const expected = m.text().includes('status of 401') && m.location()?.url === start;
    if (m.type() === 'error' && !expected) problems.push(`console: ${m.text()} (${m.location()?.url})`);
  });
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on('request', (r) => urls.push(r.url()));
  page.on('response', (r) => {
    // The sign-in page is the one expected 401.
    if (r.status() >= 400 && !(r.status() === 401 && r.url() === start)) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });

  const signIn = await page.goto(start, { waitUntil: 'load' });
  const signInStatus = signIn.status();
  await page.fill('#token', token);
  const [response] = await Promise.all([
    page.waitForNavigation({ waitUntil: 'load' }),
    page.click('button[type="submit"]'),
  ]);
  const status = response?.status() ?? 0;
  await page.waitForSelector('svg[data-chart="ambition"]');
  const charts = await page.evaluate(() => ({
    ambitionBars: document.querySelectorAll('svg[data-chart="ambition"] g.bar-row').length,
    ambitionTargets: document.querySelectorAll('svg[data-chart="ambition"] line.target').length,
    jobPoints: document.querySelectorAll('svg[data-chart="job-agreement"] g.point').length,
    jobTargetLines: document.querySelectorAll('svg[data-chart="job-agreement"] g.target-line').length,
    // Extra jobs where the region's baseline is known, against the regional target; gross jobs have no target line.
    jobsMeasure: document.querySelector('section#job-agreement')?.dataset.jobs ?? null,
    extraJobPoints: document.querySelectorAll('svg[data-chart="extra-jobs"] g.point').length,
    extraJobTargetLines: document.querySelectorAll('svg[data-chart="extra-jobs"] g.target-line').length,
    durabilityRows: document.querySelectorAll('table[data-table="durability"] tbody tr').length,
    arrangementRows: document.querySelectorAll('table[data-table="arrangements"] tbody tr').length,
    monitoringBars: document.querySelectorAll('svg[data-chart="arrangement-monitoring"] g.bar-row').length,
    monitoringTargets: document.querySelectorAll('svg[data-chart="arrangement-monitoring"] line.target').length,
    monitoringDescribed: document.querySelectorAll('svg[data-chart="arrangement-monitoring"] > desc').length,
    monitoringRows: document.querySelectorAll('table[data-table="arrangement-monitoring"] tbody tr').length,
    pendingRegions: document.querySelectorAll('details[data-pending] li[data-region]').length,
    // The ministry's page: withheld counts as marks (no bar, no point height) and the legend explaining them.
    withheldBars: document.querySelectorAll('svg g.bar-row.withheld').length,
    withheldPoints: document.querySelectorAll('svg g.point.withheld').length,
    legendShown: [...document.querySelectorAll('[data-legend="withheld"]')].some((e) => e.getBoundingClientRect().height > 0),
    violations: window.__violations ?? [],
  }));
  const cookieVisibleToScript = await page.evaluate(() => document.cookie.length > 0);
  // The bars' colour comes from the page's one style sheet: a blocked style element would leave them black.
  const barFill = await page.evaluate(() => getComputedStyle(document.querySelector('svg[data-chart="ambition"] rect.bar')).fill);
  await page.screenshot({ path: screenshot, fullPage: true });
  problems.push(...charts.violations.map((v) => `CSP violation: ${v}`));
  const tokenInAUrl = token.length > 0 && urls.some((u) => u.includes(token));
  console.log(JSON.stringify({ ok: true, signInStatus, status, url: page.url(), charts, cookieVisibleToScript, barFill, tokenInAUrl, problems }));
} catch (e) {
  console.log(JSON.stringify({ ok: false, error: String(e?.stack ?? e), problems }));
  process.exitCode = 1;
} finally {
  await context?.close().catch(() => {});
  rmSync(userDataDir, { recursive: true, force: true });
}
