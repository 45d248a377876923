// Helpers for the real-browser suite (tests/e2e/run.mjs): the server, the browser, the
// reporter, keyboard-only navigation and the checks made on every step.
// Plain ESM JavaScript on purpose: it runs with `node` and needs no build step.
import { spawnSync } from 'node:child_process';
import { serve } from '../../scripts/serve.mjs';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { discoverLanguages } from '../../scripts/languages.mjs';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
// Chromium's profile, its sockets and the screenshots go to a short folder under the system's
// temporary folder, never inside the clone: from a clone at a deep path Chromium aborts with
// "Socket path too long" (its socket path limit is 107 bytes).
export const tmpRoot = join(tmpdir(), 'lcn-e2e');

// ---------------------------------------------------------------------------------------------
// Words: every visible string is read from the locale files at run time, in the language asked
// for (English unless told). The languages themselves are discovered from locales/*/meta.json.

/** Every shipped language, by tag, English first (scripts/languages.mjs: the app's own discovery). */
let shipped;
export function languages() {
  shipped ??= discoverLanguages(join(root, 'locales'));
  return shipped;
}

/** The tags of the shipped languages: English first, then the others in a stable order. */
export const languageTags = () => Object.keys(languages());

export const metaOf = (lng) => {
  const meta = languages()[lng];
  if (!meta) throw new Error(`${lng} is not a shipped language (no locales/${lng}/meta.json)`);
  return meta;
};

const localeCache = new Map();
function namespace(ns, lng = 'en') {
  const cacheKey = `${lng}/${ns}`;
  if (!localeCache.has(cacheKey)) {
    const file = join(root, 'locales', lng, `${ns}.json`);
    if (!existsSync(file)) throw new Error(`no locales/${lng}/${ns}.json`);
    localeCache.set(cacheKey, JSON.parse(readFileSync(file, 'utf8')));
  }
  return localeCache.get(cacheKey);
}

const languageName = (lng) => (lng === 'en' ? 'English' : lng);

/**
 * `t('questions:history.title')`, `t('common:service.titlePattern', { page })`, and in another
 * language `t('actions.continue', {}, 'es')`; default namespace common. A key the language lacks
 * throws: a missing translation is a failure, never quietly English.
 */
export function t(key, vars = {}, lng = 'en') {
  const [ns, path] = key.includes(':') ? key.split(':', 2) : ['common', key];
  let value = namespace(ns, lng);
  for (const part of path.split('.')) {
    value = value?.[part];
    if (value === undefined) throw new Error(`No ${languageName(lng)} words for ${key}`);
  }
  if (typeof value !== 'string') throw new Error(`${key} is not a string in ${lng}`);
  return value.replace(/\{\{(\w+)\}\}/g, (whole, name) => (name in vars ? String(vars[name]) : whole));
}

/** A RegExp for a message template: the named `vars` are filled in, other placeholders match anything. */
export function templatePattern(key, vars = {}, lng = 'en') {
  const template = t(key, {}, lng);
  const parts = template.split(/(\{\{\w+\}\})/);
  const source = parts
    .map((part) => {
      const m = /^\{\{(\w+)\}\}$/.exec(part);
      if (!m) return escapeRegExp(part);
      return m[1] in vars ? escapeRegExp(String(vars[m[1]])) : '.+?';
    })
    .join('');
  return new RegExp(`^${source}$`);
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The h1 text of a step, from the locale files. */
export function stepTitle(step, lng = 'en') {
  const questions = namespace('questions', 'en'); // the question ids are the English file's keys
  if (step in questions) return t(`questions:${step}.title`, {}, lng);
  if (step === 'childPughCalculator') return t('calculator:title', {}, lng);
  if (step === 'checkAnswers') return t('checkAnswers.title', {}, lng);
  if (step === 'start') return t('start.title', {}, lng);
  if (['downstaging', 'ifRecurrent', 'stageCheck', 'notCovered', 'values'].includes(step)) return t(`outcomes:${step}.title`, {}, lng);
  return t(`outcomes:titles.${step}`, {}, lng);
}

export const choiceLabel = (question, choice, lng = 'en') => t(`questions:${question}.choices.${choice}`, {}, lng);

// ---------------------------------------------------------------------------------------------
// Reporter: one line per check, and the totals as the last line.

export class RouteAborted extends Error {}

export class Reporter {
  passed = 0;
  failed = 0;
  failures = [];

  record(name, problems) {
    if (problems.length === 0) {
      this.passed += 1;
      console.log(`ok   ${name}`);
    } else {
      this.failed += 1;
      const reason = problems.join('; ');
      this.failures.push(`${name}: ${reason}`);
      console.log(`FAIL ${name}: ${reason}`);
    }
  }

  /**
   * Runs one check. `fn` returns a list of problems (soft failures: reported, the walk goes on)
   * or throws (the page is not where the walk expects it: reported, and the walk stops by
   * rethrowing RouteAborted unless `fatal` is false).
   */
  async check(name, fn, { fatal = true } = {}) {
    let problems;
    try {
      problems = (await fn()) ?? [];
    } catch (error) {
      this.record(name, [describeError(error)]);
      if (fatal) throw new RouteAborted(name);
      return false;
    }
    this.record(name, problems);
    return problems.length === 0;
  }

  summary() {
    return `${this.passed} passed, ${this.failed} failed`;
  }
}

export function describeError(error) {
  if (error instanceof Error) return error.message.split('\n')[0];
  return String(error);
}

// ---------------------------------------------------------------------------------------------
// Build and server.

export function buildApp() {
  const result = spawnSync('npx', ['vite', 'build'], { cwd: root, encoding: 'utf8', env: process.env });
  if (result.status !== 0) {
    throw new Error(`vite build failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
}

export function freePort(preferred = 4317) {
  const tryPort = (port) =>
    new Promise((resolvePort, reject) => {
      const server = createServer();
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        const { port: chosen } = /** @type {import('node:net').AddressInfo} */ (server.address());
        server.close(() => resolvePort(chosen));
      });
    });
  return tryPort(preferred).catch(() => tryPort(0));
}

/** Serves dist/ in this process as a static host would: its _headers, and gzip (scripts/serve.mjs). */
export async function startServer(port) {
  const server = await serve({ port });
  return { url: server.url, stop: () => void server.stop() };
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------------------------------------
// Browser.

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches Chromium; its temporary files go to a fresh short folder under os.tmpdir(), removed by close(). */
export async function launchBrowser() {
  const tempDir = mkdtempSync(join(tmpdir(), 'lcn-e2e-'));
  // Playwright makes its throwaway Chromium profile in os.tmpdir(): point that into our folder.
  const savedTmp = process.env.TMPDIR;
  process.env.TMPDIR = tempDir;
  const launching = chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: chromiumArgs,
    headless: true,
    env: { ...process.env, TMPDIR: tempDir, HOME: tempDir },
    downloadsPath: join(tempDir, 'downloads'),
    tracesDir: join(tempDir, 'traces'),
  });
  let browser;
  try {
    browser = await launching;
  } catch (error) {
    rmSync(tempDir, { recursive: true, force: true });
    throw error;
  } finally {
    if (savedTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = savedTmp;
  }
  return {
    browser,
    tempDir,
    async close() {
      try {
        await browser.close();
      } finally {
        rmSync(tempDir, { recursive: true, force: true });
      }
    },
  };
}

/**
 * A fresh context (its own sessionStorage) and page, watched for requests that leave
 * 127.0.0.1, console errors and uncaught page errors.
 */
export async function openSession(browser, baseUrl, contextOptions = {}) {
  // The offline copy (a service worker) only where a part asks for it (contextOptions
  // serviceWorkers: 'allow'): elsewhere every request reaches the server, and its mocks.
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, serviceWorkers: 'block', ...contextOptions });
  const page = await context.newPage();
  page.setDefaultTimeout(5000);
  const problems = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.hostname !== '127.0.0.1') problems.push(`request to ${request.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const where = message.location()?.url;
    problems.push(`console error: ${message.text()}${where ? ` (${where})` : ''}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${describeError(error)}`));
  page.on('crash', () => problems.push('the page crashed'));
  return { context, page, baseUrl, problems };
}

// ---------------------------------------------------------------------------------------------
// Keyboard only: Tab / Shift+Tab to reach a control, Space / Enter / arrows to use it.

/** What has focus, described the way a person would name it. */
export function focused(page) {
  return page.evaluate(() => {
    const el = /** @type {HTMLInputElement | null} */ (document.activeElement);
    if (!el || el === document.body || el === document.documentElement) return { tag: 'BODY', text: '' };
    const squash = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
    return {
      tag: el.tagName,
      type: el.getAttribute('type'),
      name: el.getAttribute('name'),
      id: el.id || null,
      role: el.getAttribute('role'),
      checked: Boolean(el.checked),
      value: 'value' in el ? String(el.value) : null,
      label: el.labels && el.labels.length > 0 ? squash(el.labels[0].textContent) : null,
      text: squash(el.textContent),
    };
  });
}

const describeFocus = (f) =>
  f.tag === 'BODY'
    ? 'body'
    : `${f.tag.toLowerCase()}${f.type ? `[${f.type}]` : ''} "${(f.label ?? f.text).slice(0, 50)}"`;

/** Presses Tab (or Shift+Tab) until the focused element matches; bounded. Checks the current focus first. */
export async function tabTo(page, matches, what, { back = false, max = 60 } = {}) {
  let current = await focused(page);
  const seen = [];
  for (let presses = 0; presses <= max; presses += 1) {
    if (matches(current)) return current;
    seen.push(describeFocus(current));
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    current = await focused(page);
  }
  throw new Error(`could not reach ${what} with ${max} ${back ? 'Shift+Tab' : 'Tab'} presses (went through ${seen.slice(-6).join(', ')})`);
}

/** Reaches a radio group with Tab, then moves with ArrowDown to the labelled choice (Space if it is the first). */
export async function chooseRadio(page, group, label) {
  let current = await tabTo(page, (f) => f.tag === 'INPUT' && f.type === 'radio' && f.name === group, `the "${group}" radios`);
  for (let moves = 0; moves < 12; moves += 1) {
    if (current.label === label) {
      if (!current.checked) await page.keyboard.press('Space');
      current = await focused(page);
      if (!current.checked) throw new Error(`"${label}" did not become checked`);
      return;
    }
    await page.keyboard.press('ArrowDown');
    current = await focused(page);
  }
  throw new Error(`no radio labelled "${label}" in the "${group}" group`);
}

/** Reaches a checkbox by its label with Tab and ticks it with Space. */
export async function tickCheckbox(page, group, label) {
  let current = await tabTo(
    page,
    (f) => f.tag === 'INPUT' && f.type === 'checkbox' && f.name === group && f.label === label,
    `the checkbox "${label}"`,
  );
  if (!current.checked) await page.keyboard.press('Space');
  current = await focused(page);
  if (!current.checked) throw new Error(`checkbox "${label}" did not become checked`);
}

/**
 * Opens an address and waits until the app has taken over the page (main.tsx removes index.html's
 * loading note once its first screen is shown). The app starts after the first paint, so a press
 * before that reaches the prerendered page, which the browser suite checks on its own
 * (firstScreenFromHtml).
 */
export async function openApp(page, url) {
  await page.goto(url);
  await page.waitForFunction(() => !document.getElementById('page-loading'));
}

export async function pressButton(page, text, options) {
  await tabTo(page, (f) => (f.tag === 'BUTTON' || f.role === 'button') && f.text === text, `the button "${text}"`, options);
  await page.keyboard.press('Enter');
}

export async function followLink(page, text, options) {
  await tabTo(page, (f) => f.tag === 'A' && f.text === text, `the link "${text}"`, options);
  await page.keyboard.press('Enter');
}

/** Reaches a text field by its label, and types into it (replacing what is there). */
export async function typeInto(page, label, text) {
  await tabTo(page, (f) => ((f.tag === 'INPUT' && f.type === 'text') || f.tag === 'TEXTAREA') && f.label === label, `the field "${label}"`);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
}

// ---------------------------------------------------------------------------------------------
// Checks on a page.

export const hashOf = (page) => page.evaluate(() => window.location.hash);

/** Waits until the address names `step` and the h1 shows its title (in `lng`); throws (route stops) if not. */
export async function waitForStep(page, step, timeout = 5000, lng = 'en') {
  const title = stepTitle(step, lng);
  try {
    await page.waitForFunction(
      ({ hash, title }) => {
        const h1 = document.querySelector('h1');
        return window.location.hash === hash && h1 !== null && h1.textContent.includes(title);
      },
      { hash: `#/${step}`, title },
      { timeout, polling: 50 },
    );
  } catch {
    const state = await page.evaluate(() => ({
      hash: window.location.hash,
      h1: document.querySelector('h1')?.textContent ?? '(no h1)',
    }));
    throw new Error(`expected #/${step} with h1 "${title}", found ${state.hash || '(no hash)'} with h1 "${state.h1}"`);
  }
}

/**
 * The checks every step gets: hash, h1, document.title containing the h1 text, focus on the h1
 * after a step change, and <html lang dir> naming the language (`lng`, English unless told) and
 * its direction from its meta.json. Returns the soft problems.
 */
export async function stepProblems(page, step, { focusH1 = true, lng = 'en' } = {}) {
  await waitForStep(page, step, 5000, lng);
  const title = stepTitle(step, lng);
  const problems = [];
  // The title and the focus are set in effects right after the render: give them a moment.
  await page
    .waitForFunction(
      ({ title, focusH1 }) =>
        document.title.includes(title) && (!focusH1 || document.activeElement?.tagName === 'H1'),
      { title, focusH1 },
      { timeout: 1500, polling: 50 },
    )
    .catch(() => undefined);
  const state = await page.evaluate(() => {
    const h1s = [...document.querySelectorAll('h1')];
    const h1 = h1s[0];
    // An outcome's h1 may start with a caption ("The group your answers point to"): the page's
    // own name is the rest of it.
    const clone = /** @type {HTMLElement} */ (h1.cloneNode(true));
    clone.querySelectorAll('.caption').forEach((c) => c.remove());
    return {
      h1Count: h1s.length,
      h1Text: clone.textContent.replace(/\s+/g, ' ').trim(),
      title: document.title,
      active: document.activeElement?.tagName ?? 'none',
      activeIsH1: document.activeElement === h1,
      lang: document.documentElement.lang,
      dir: document.documentElement.dir,
      // Focus on the h1 is the announcement: a live region naming the page too says it twice.
      liveNamingPage: [...document.querySelectorAll('[role=status], [aria-live]')].some((region) =>
        region.textContent.includes(h1.textContent.trim()),
      ),
    };
  });
  if (state.h1Count !== 1) problems.push(`${state.h1Count} h1 elements`);
  if (state.liveNamingPage) problems.push('a live region announces the page as well as the focused h1');
  if (state.h1Text !== title) problems.push(`h1 text is "${state.h1Text}", expected "${title}"`);
  if (!state.title.includes(state.h1Text)) problems.push(`document.title "${state.title}" does not contain the h1 text`);
  const expectedTitle = t('service.titlePattern', { page: title }, lng);
  if (state.title !== expectedTitle) problems.push(`document.title is "${state.title}", expected "${expectedTitle}"`);
  if (focusH1 && !state.activeIsH1) problems.push(`focus is on ${state.active}, not on the h1`);
  if (state.lang !== lng) problems.push(`<html lang> is "${state.lang}", expected "${lng}"`);
  const dir = metaOf(lng).dir;
  if (state.dir !== dir) problems.push(`<html dir> is "${state.dir}", expected "${dir}"`);
  return problems;
}

/** After "Continue" with no answer (or a calculator field error): the error summary has focus. */
export async function errorProblems(page, step, expectedMessages, lng = 'en') {
  const problems = [];
  const pageName = stepTitle(step, lng);
  const expectedTitle = t('service.errorTitlePattern', { page: pageName }, lng);
  await page.waitForSelector('[role=alert]', { timeout: 3000 });
  await page
    .waitForFunction(
      (expectedTitle) => document.activeElement?.getAttribute('role') === 'alert' && document.title === expectedTitle,
      expectedTitle,
      { timeout: 1500, polling: 50 },
    )
    .catch(() => undefined);
  const state = await page.evaluate(() => {
    const alert = document.querySelector('[role=alert]');
    return {
      hash: window.location.hash,
      title: document.title,
      focusInAlert: document.activeElement === alert,
      active: document.activeElement?.tagName ?? 'none',
      heading: alert?.querySelector('h2')?.textContent.trim() ?? '',
      links: [...(alert?.querySelectorAll('a') ?? [])].map((a) => a.textContent.replace(/\s+/g, ' ').trim()),
    };
  });
  if (state.hash !== `#/${step}`) problems.push(`address changed to ${state.hash}`);
  if (!state.focusInAlert) problems.push(`focus is on ${state.active}, not on the error summary (role=alert)`);
  if (lng === 'en' && !state.title.startsWith('Error:')) problems.push(`document.title "${state.title}" does not start with "Error:"`);
  if (state.title !== expectedTitle) problems.push(`document.title is "${state.title}", expected "${expectedTitle}"`);
  const heading = t('errorSummary.title', {}, lng);
  if (state.heading !== heading) problems.push(`error summary heading is "${state.heading}", expected "${heading}"`);
  for (const expected of expectedMessages) {
    const ok = state.links.some((link) => (expected instanceof RegExp ? expected.test(link) : link === expected));
    if (!ok) problems.push(`no error link matching ${expected} (found ${JSON.stringify(state.links)})`);
  }
  if (state.links.length !== expectedMessages.length) problems.push(`${state.links.length} error links, expected ${expectedMessages.length}`);
  return problems;
}

/** The labels of the checked inputs of a group. */
export function checkedLabels(page, group) {
  return page.evaluate(
    (group) =>
      [...document.querySelectorAll(`input[name="${group}"]:checked`)].map((/** @type {HTMLInputElement} */ input) =>
        (input.labels?.[0]?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      ),
    group,
  );
}

/**
 * The language switcher, in the page's language `lng`: a nav named by `common:language.label`,
 * listing every shipped language by its own name (each marked with its lang) as a link to this
 * step with ?lng=<tag>; the current one marked aria-current (it stays a link so focus stays on it).
 */
export async function switcherProblems(page, lng) {
  const label = t('language.label', {}, lng);
  const state = await page.evaluate((label) => {
    const nav = [...document.querySelectorAll('nav')].find((n) => n.getAttribute('aria-label') === label);
    if (!nav) return null;
    return [...nav.querySelectorAll('li')].map((li) => {
      const el = li.querySelector('a, span');
      return {
        tag: el?.tagName ?? '(none)',
        text: (el?.textContent ?? '').replace(/\s+/g, ' ').trim(),
        lang: el?.getAttribute('lang'),
        hreflang: el?.getAttribute('hreflang'),
        href: el?.getAttribute('href'),
        current: el?.getAttribute('aria-current'),
        here: window.location.hash,
      };
    });
  }, label);
  if (state === null) return [`no nav named "${label}"`];
  const problems = [];
  const offered = new Set(state.map((item) => item.text));
  for (const tag of languageTags()) {
    const name = metaOf(tag).nativeName;
    const item = state.find((i) => i.text === name);
    if (!item) {
      problems.push(`${tag} ("${name}") is not offered`);
      continue;
    }
    offered.delete(name);
    if (item.lang !== tag) problems.push(`"${name}" has lang="${item.lang}", expected "${tag}"`);
    if (item.tag !== 'A') problems.push(`"${name}" is a ${item.tag}, not a link`);
    if (tag === lng && item.current !== 'true') problems.push(`the current language "${name}" lacks aria-current="true"`);
    if (tag !== lng && item.current !== null) problems.push(`"${name}" has aria-current but is not the current language`);
    if (item.hreflang !== tag) problems.push(`"${name}" has hreflang="${item.hreflang}", expected "${tag}"`);
    const url = new URL(item.href ?? '', 'http://127.0.0.1/');
    if (url.searchParams.get('lng') !== tag) problems.push(`"${name}" links to ${item.href}, without ?lng=${tag}`);
    if (url.hash !== item.here) problems.push(`"${name}" links to ${item.href}, not to this step (${item.here})`);
  }
  for (const extra of offered) problems.push(`offers "${extra}", which is not a shipped language`);
  return problems;
}

/**
 * Where things sit on a right-to-left page: <html dir>, the width, the Back link against the
 * content's right edge, the h1's direction and alignment, and which side the inset borders,
 * the disclaimer's border and the bullet indents are on.
 */
export function mirroringState(page) {
  return page.evaluate(() => {
    const px = (v) => parseFloat(v) || 0;
    const main = document.querySelector('main');
    const back = document.querySelector('.back-link');
    const h1 = document.querySelector('h1');
    const h1Style = h1 ? getComputedStyle(h1) : null;
    const arrow = back ? getComputedStyle(back, '::before').transform : 'none';
    const sides = (selector, property) =>
      [...document.querySelectorAll(`main ${selector}`)].map((el) => {
        const style = getComputedStyle(el);
        return {
          what: `${selector} "${el.textContent.replace(/\s+/g, ' ').trim().slice(0, 30)}…"`,
          left: px(style[`${property}Left${property === 'border' ? 'Width' : ''}`]),
          right: px(style[`${property}Right${property === 'border' ? 'Width' : ''}`]),
        };
      });
    const mainBox = main?.getBoundingClientRect();
    const backBox = back?.getBoundingClientRect();
    return {
      lang: document.documentElement.lang,
      dir: document.documentElement.dir,
      scrollWidth: document.documentElement.scrollWidth,
      content: mainBox ? { left: mainBox.left, right: mainBox.right } : null,
      back: backBox ? { left: backBox.left, right: backBox.right, width: backBox.width } : null,
      // the ::before chevron: rotate(-45deg) points left, its mirror points right (a negative cosine)
      arrowA: arrow && arrow !== 'none' ? Number(/matrix\(([^,]+)/.exec(arrow)?.[1]) : null,
      h1: h1Style ? { direction: h1Style.direction, textAlign: h1Style.textAlign } : null,
      insets: [...sides('.inset', 'border'), ...sides('.disclaimer', 'border')],
      bullets: sides('.list--bullet', 'padding'),
    };
  });
}

export async function horizontalOverflow(page, width) {
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  return scrollWidth <= width ? [] : [`horizontal scroll: scrollWidth ${scrollWidth} > ${width}`];
}

// ---------------------------------------------------------------------------------------------
// Accessibility: axe once per distinct screen.

export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export class AxeChecker {
  seen = new Set();
  constructor(reporter) {
    this.reporter = reporter;
  }

  /** Runs axe unless this screen (key) was already checked; a violation is a failed check, not a stop. */
  async run(page, key) {
    if (this.seen.has(key)) return;
    this.seen.add(key);
    await this.reporter.check(
      `axe ${key}`,
      async () => {
        const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
        return results.violations.map(
          (v) =>
            `${v.id} (${v.impact}) at ${v.nodes
              .slice(0, 4)
              .map((n) => JSON.stringify(n.target))
              .join(', ')}${v.nodes.length > 4 ? ` and ${v.nodes.length - 4} more` : ''}: ${v.help}`,
        );
      },
      { fatal: false },
    );
  }
}
