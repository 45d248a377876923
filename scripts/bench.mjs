// npm run bench: the app against the bare stack it is built on (bench/bare: the same React,
// XState and i18next rendering one question), both built, served the same way (scripts/serve.mjs,
// gzip) and measured in Debian's Chromium. Prints, for the first question and for one outcome,
// Lighthouse's mobile performance score, FCP, LCP, TBT and CLS (simulated mobile throttling,
// medians of interleaved runs) with the app-to-bare ratio; and the step-to-step response (Continue
// pressed to the next heading painted) under 4x CPU throttling over a whole route, walked as many
// times as there are runs, median and worst. It prints figures; it passes or fails on none of them.
// Usage: npm run bench   (BENCH_RUNS=5 for more runs; CHROME_PATH to pick Chromium;
// BENCH_APP_DIST=<folder> measures another build of the app, an older one say, instead of building this one;
// BENCH_THROTTLING=devtools slows the network and CPU for real instead of simulating it;
// BENCH_ONLY=lighthouse or BENCH_ONLY=steps measures only that half)
/* global document, requestAnimationFrame -- page.evaluate callbacks run in the page */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { storage } from '../src/facts.mjs';
import { serve } from './serve.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const runs = Number(process.env.BENCH_RUNS ?? 3);
const throttlingMethod = process.env.BENCH_THROTTLING === 'devtools' ? 'devtools' : 'simulate';

const appDist = process.env.BENCH_APP_DIST ?? join(root, 'dist');
const builds = [...(process.env.BENCH_APP_DIST ? [] : [['vite', 'build']]), ['vite', 'build', '--config', 'bench/bare/vite.config.ts']];
for (const args of builds) {
  const built = spawnSync('npx', args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const app = await serve({ port: 0, dir: appDist });
const bare = await serve({ port: 0, dir: join(root, 'bench', 'dist-bare') });

/** The advanced outcome, opened from a link that carries its answers (src/flow/link.ts). */
const advanced = [['origin', 'yes'], ['history', 'first'], ['stage', 'four'], ['liverFunction', 'a'], ['drugLine', 'no']];
const stored = JSON.stringify({ schemaVersion: storage.schemaVersion, answers: advanced, values: { ratings: [], other: '' } });
const outcomeLink = `#/advanced?answers=${Buffer.from(stored).toString('base64url')}`;

const pages = {
  'first question': { app: `${app.url}#/origin`, bare: bare.url },
  'one outcome (advanced)': { app: `${app.url}${outcomeLink}`, bare: bare.url },
};

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
const metrics = {
  score: (lhr) => lhr.categories.performance.score,
  'FCP (ms)': (lhr) => lhr.audits['first-contentful-paint'].numericValue,
  'LCP (ms)': (lhr) => lhr.audits['largest-contentful-paint'].numericValue,
  'TBT (ms)': (lhr) => lhr.audits['total-blocking-time'].numericValue,
  CLS: (lhr) => lhr.audits['cumulative-layout-shift'].numericValue,
};

const only = process.env.BENCH_ONLY;
if (only !== 'steps') await lighthouseFigures();
// The step-to-step response: a whole route, with the keyboard's Continue, at 4x CPU throttling.
const en = (namespace) => JSON.parse(readFileSync(join(root, 'locales', 'en', `${namespace}.json`), 'utf8'));
const [common, questions, outcomes] = [en('common'), en('questions'), en('outcomes')];
const route = advanced.map(([question, choice], i) => ({
  question,
  choice,
  next: advanced[i + 1] ? questions[advanced[i + 1][0]].title : common.checkAnswers.title,
}));
if (only !== 'lighthouse') await stepFigures();
await app.stop();
await bare.stop();

/** Lighthouse on each page, app and bare, interleaved, and the medians with their ratio. */
async function lighthouseFigures() {
  const profile = mkdtempSync(join(tmpdir(), 'lcn-bench-'));
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: flags, userDataDir: profile });
  const found = {};
  try {
    for (let run = 1; run <= runs; run += 1) {
      // Interleaved: each run measures every page once, so a busy moment of the machine touches all.
      for (const [name, urls] of Object.entries(pages)) {
        for (const [which, url] of Object.entries(urls)) {
          const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'], throttlingMethod });
          const lhr = result?.lhr;
          if (!lhr || lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr?.runtimeError?.message ?? 'no result'}`);
          for (const [metric, read] of Object.entries(metrics)) ((found[name] ??= {})[metric] ??= { app: [], bare: [] })[which].push(read(lhr));
        }
      }
      console.log(`bench: Lighthouse run ${run} of ${runs} done`);
    }
  } finally {
    await chrome.kill();
    rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
  }

  const format = (metric, value) => (metric === 'score' || metric === 'CLS' ? value.toFixed(3) : value.toFixed(0));
  console.log(`\nLighthouse ${JSON.parse(readFileSync(join(root, 'node_modules/lighthouse/package.json'), 'utf8')).version}, mobile, ${throttlingMethod === 'devtools' ? 'applied (devtools)' : 'simulated'} throttling, median of ${runs} interleaved runs`);
  for (const [name, byMetric] of Object.entries(found)) {
    console.log(`\n${name}`);
    console.log(`  ${'metric'.padEnd(10)} ${'app'.padStart(9)} ${'bare'.padStart(9)} ${'app/bare'.padStart(9)}`);
    for (const [metric, { app: a, bare: b }] of Object.entries(byMetric)) {
      const ratio = median(b) === 0 ? '-' : (median(a) / median(b)).toFixed(2);
      console.log(`  ${metric.padEnd(10)} ${format(metric, median(a)).padStart(9)} ${format(metric, median(b)).padStart(9)} ${ratio.padStart(9)}`);
    }
  }
}

/** The step-to-step response of the app over a whole route, and of the bare page's one step. */
async function stepFigures() {
  const browser = await chromium.launch({ executablePath: chromePath, args: flags });
  try {
    /** @type {import('playwright-core').Page} */
    let page;
    /**
     * Opens a page in a context of its own (nothing stored by an earlier walk), unthrottled, and
     * lets its idle prefetch of later screens and words finish, as it does while a person reads.
     */
    const open = async (url) => {
      await page?.context().close();
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
      page = await context.newPage();
      await page.goto(url);
      await page.waitForLoadState('networkidle');
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    };
    /** Milliseconds from pressing the button to the next frame painted with the heading `title`. */
    const press = (button, title) =>
      page.evaluate(
        ({ button, title }) =>
          new Promise((resolve) => {
            const target = /** @type {HTMLElement[]} */ ([...document.querySelectorAll('button, a[role=button]')]).find((b) => b.textContent?.trim() === button);
            const start = performance.now();
            target?.click();
            const painted = () => {
              const elapsed = performance.now() - start;
              // The heading may hold more than the title (a caption): it is found in it.
              if (document.querySelector('h1')?.textContent?.includes(title)) requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)));
              else if (elapsed > 10_000) resolve(Number.NaN);
              else requestAnimationFrame(painted);
            };
            painted();
          }),
        { button, title },
      );
    // The route walked `runs` times, each from a fresh load: one walk's figures vary with the machine.
    const times = new Map();
    const record = (step, ms) => times.set(step, [...(times.get(step) ?? []), ms]);
    const bareSteps = [];
    for (let run = 1; run <= runs; run += 1) {
      await open(app.url);
      record('start -> origin', await press(common.actions.startNow, questions.origin.title));
      for (const { question, choice, next } of route) {
        await page.getByLabel(questions[question].choices[choice], { exact: true }).check();
        record(`${question} -> next`, await press(common.actions.continue, next));
      }
      record('summary -> advanced', await press(common.actions.confirm, outcomes.titles.advanced));
      // The same press on the bare page: its one question to its "Thank you" heading.
      await open(bare.url);
      await page.getByLabel('Yes', { exact: true }).check();
      bareSteps.push(await press('Continue', 'Thank you'));
    }
    const values = [...times.values()].flat();
    const missed = [...times].filter(([, ms]) => ms.some(Number.isNaN)).map(([step]) => step);
    if (missed.length > 0 || bareSteps.some(Number.isNaN)) throw new Error(`bench: no heading after 10 s at ${[...missed, 'bare'].join(', ')}`);
    const cell = (ms) => ms.toFixed(0).padStart(6);
    console.log(`\nStep response, Continue to the next heading painted, 4x CPU throttling, 390 px (ms; ${runs} walks, median of each step, then of every press)`);
    console.log(`  ${'bare stack, its one step'.padEnd(24)} ${cell(median(bareSteps))}`);
    for (const [step, ms] of times) console.log(`  ${step.padEnd(24)} ${cell(median(ms))}`);
    console.log(`  ${'median of every press'.padEnd(24)} ${cell(median(values))}\n  ${'worst'.padEnd(24)} ${cell(Math.max(...values))}`);
  } finally {
    await browser.close();
  }
}
