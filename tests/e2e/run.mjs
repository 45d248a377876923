// Real-browser suite: builds the app, serves dist/ as a static host would (scripts/serve.mjs: the
// headers of dist/_headers, gzip), and walks every route of
// tests/e2e/routes.mjs in Chromium with the keyboard only, checking each step (address, h1,
// title, focus), axe on every distinct screen, Back/Forward, reload, deep links, Start again,
// the Child-Pugh calculator, a 320 px wide screen, and that nothing leaves 127.0.0.1. Then every
// shipped language other than English (found in locales/*/meta.json) walks one route in its own
// words, with <html lang dir>, the switcher and the draft-translation notice; one route switches
// language half-way; and each right-to-left language is checked for mirroring at 320 px.
// Usage: npm run test:e2e   (E2E_SKIP_BUILD=1 to serve the existing dist/; CHROME_PATH to pick
// Chromium; E2E_LANGUAGES=es,vi to walk only these of the other languages, e.g. while one is unfinished;
// E2E_ONLY=handouts,overviewAndMap to run only those parts of the suite, named at its end)
import {
  AxeChecker,
  Reporter,
  RouteAborted,
  buildApp,
  checkedLabels,
  choiceLabel,
  chooseRadio,
  describeError,
  errorProblems,
  focused,
  hashOf,
  followLink,
  freePort,
  horizontalOverflow,
  languageTags,
  launchBrowser,
  metaOf,
  mirroringState,
  openApp,
  openSession,
  pressButton,
  startServer,
  stepProblems,
  stepTitle,
  switcherProblems,
  t,
  tmpRoot,
  tabTo,
  templatePattern,
  tickCheckbox,
  typeInto,
  waitForStep,
  root,
  sleep,
} from './lib.mjs';
import { securityHeaders } from '../../scripts/headers.mjs';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { namespaces, storage } from '../../src/facts.mjs';
import { join } from 'node:path';
import { languageRoutes, languageSwitch, mirroring, optionsFirst, routes, spareLanguageRoutes } from './routes.mjs';

const { answersKey: storageKey, schemaVersion, languageKey } = storage;
const started = Date.now();
const reporter = new Reporter();
const axe = new AxeChecker(reporter);
let server;
let browserHandle;

// ---------------------------------------------------------------------------------------------
// One route, from the first question to its outcome and the scenarios after it. In English by
// default; in another language (`lng`) the walk opens /?lng=<tag>, reads every word from that
// language's files, checks <html lang dir> and the language switcher, skips the English-only
// scenarios, and ends with the draft-translation notice and its link to English.

async function walk(route, lng = 'en') {
  const session = await openSession(browserHandle.browser, server.url, route.context);
  const { page } = session;
  const english = lng === 'en';
  const name = (what) => (english ? `${route.name}: ${what}` : `[${lng}] ${route.name}: ${what}`);
  const screen = (key) => (english ? key : `${key} [${lng}]`);
  const extra = async () => (route.maxWidth ? horizontalOverflow(page, route.maxWidth) : []);
  try {
    await reporter.check(name('opens on the start page'), async () => {
      await openApp(page, english ? server.url : `${server.url}?lng=${encodeURIComponent(lng)}`);
      const problems = await stepProblems(page, 'start', { focusH1: false, lng });
      if (route.context?.reducedMotion) {
        const reduced = await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches);
        if (!reduced) problems.push('prefers-reduced-motion: reduce is not in effect');
      }
      return [...problems, ...(await extra())];
    });
    if (!english) {
      await reporter.check(name(`the language switcher "${t('language.label', {}, lng)}" lists every shipped language`), () =>
        switcherProblems(page, lng),
        { fatal: false },
      );
    }
    await axe.run(page, screen('start'));
    await reporter.check(name(`"${t('actions.startNow', {}, lng)}" → origin`), async () => {
      await pressButton(page, t('actions.startNow', {}, lng));
      return [...(await stepProblems(page, 'origin', { lng })), ...(await extra())];
    });
    await axe.run(page, screen('origin'));
    await walkSteps(session, route, 0, lng, name, extra);
    await finish(session, route, lng, name, extra);
    if (english) {
      for (const after of route.after ?? []) await scenarios[after](session, route, route.steps.length, name);
    } else {
      await translationNotice(session, route, lng, name);
    }
  } catch (error) {
    reportStop(error, name);
  } finally {
    await closeSession(session, name);
  }
}

/** Answers the route's steps from `from` on, in `lng`, each ending on the next step (or check your answers). */
async function walkSteps(session, route, from, lng, name, extra) {
  const { page } = session;
  const english = lng === 'en';
  for (const [index, step] of route.steps.entries()) {
    if (index < from) continue;
    const next = route.steps[index + 1]?.question ?? route.interruption ?? 'checkAnswers';
    if (step.before && english) await scenarios[step.before](session, route, index, name);
    if (step.emptyFirst) await continueWithNoAnswer(session, step.question, name, lng);
    if (step.calculator) {
      if (!english) throw new Error(`${route.name}: the calculator is walked in English only; pick another route for ${lng}`);
      await useCalculator(session, step.calculator, name, extra);
      await reporter.check(name(`${step.question}: Continue → ${next}`), async () => {
        await pressButton(page, t('actions.continue'));
        return [...(await stepProblems(page, next)), ...(await extra())];
      });
    } else {
      const labels = [step.choose].flat().map((choice) => choiceLabel(step.question, choice, lng));
      await reporter.check(name(`${step.question}: "${labels.join('" + "')}" → ${next}`), async () => {
        await answer(page, step.question, labels);
        await pressButton(page, t('actions.continue', {}, lng));
        return [...(await stepProblems(page, next, { lng })), ...(await extra())];
      });
    }
    const key = next === 'checkAnswers' ? checkAnswersKey(route) : next;
    if (next === route.interruption) continue; // checked, with axe, by finish()
    await axe.run(page, english ? key : `${key} [${lng}]`);
  }
}

/** Check your answers, confirm, and the outcome with the words its answers call for, in `lng`. */
async function finish({ page }, route, lng, name, extra) {
  const english = lng === 'en';
  if (route.interruption) {
    await axe.run(page, english ? route.interruption : `${route.interruption} [${lng}]`);
    await reporter.check(name(`${route.interruption}: "${t('actions.continue', {}, lng)}" → checkAnswers`), async () => {
      await pressButton(page, t('actions.continue', {}, lng));
      return [...(await stepProblems(page, 'checkAnswers', { lng })), ...(await extra())];
    });
    await axe.run(page, english ? checkAnswersKey(route) : `checkAnswers [${lng}]`);
  }
  await reporter.check(name('check your answers lists every answer'), () => summaryProblems(page, route, lng));
  await reporter.check(name(`"${t('actions.confirm', {}, lng)}" → ${route.outcome}`), async () => {
    await pressButton(page, t('actions.confirm', {}, lng));
    return [...(await stepProblems(page, route.outcome, { lng })), ...(await extra())];
  });
  await reporter.check(name('outcome shows the words for these answers'), () => outcomeTextProblems(page, route, lng), {
    fatal: false,
  });
  await axe.run(page, english ? `${route.outcome} [${route.name}]` : `${route.outcome} [${lng}]`);
}

const checkAnswersKey = (route) =>
  route.steps.some((s) => s.question === 'history' && s.choose === 'notSure')
    ? 'checkAnswers [with the recurrence note]'
    : 'checkAnswers';

/** Chooses radios or ticks checkboxes, keyboard only. */
async function answer(page, question, labels) {
  const isCheckbox = await page.evaluate(
    (q) => /** @type {HTMLInputElement | null} */ (document.querySelector(`input[name="${q}"]`))?.type === 'checkbox',
    question,
  );
  if (isCheckbox) {
    for (const label of labels) await tickCheckbox(page, question, label);
  } else {
    await chooseRadio(page, question, labels[0]);
  }
  const checked = await checkedLabels(page, question);
  if (JSON.stringify([...checked].sort()) !== JSON.stringify([...labels].sort())) {
    throw new Error(`checked ${JSON.stringify(checked)}, wanted ${JSON.stringify(labels)}`);
  }
}

async function continueWithNoAnswer({ page }, question, name, lng = 'en') {
  const message = t(`questions:${question}.error`, {}, lng);
  await reporter.check(name(`${question}: Continue with no answer shows the error summary`), async () => {
    await pressButton(page, t('actions.continue', {}, lng));
    const problems = await errorProblems(page, question, [message], lng);
    const fieldError = await page.evaluate((id) => document.getElementById(id)?.textContent ?? '', `${question}-error`);
    if (!fieldError.includes(message)) problems.push('no error message at the question');
    return problems;
  });
  await axe.run(page, lng === 'en' ? `${question} [error]` : `${question} [error, ${lng}]`);
  await reporter.check(name(`${question}: the error link takes focus to the first choice`), async () => {
    await followLink(page, message);
    const now = await focused(page);
    const first = await page.evaluate((q) => document.querySelector(`input[name="${q}"]`)?.id, question);
    return now.id === first ? [] : [`focus is on ${now.tag} ${now.id ?? ''}, expected #${first}`];
  });
}

async function summaryProblems(page, route, lng = 'en') {
  await waitForStep(page, 'checkAnswers', 5000, lng);
  const rows = await page.evaluate(() =>
    [...document.querySelectorAll('.summary-list__row')].map((row) => ({
      key: row.querySelector('dt')?.textContent.trim(),
      values: [...row.querySelectorAll('.summary-list__item')].map((v) => v.textContent.trim()),
    })),
  );
  const expected = route.steps.map((step) => ({
    key: t(`questions:${step.question}.summaryLabel`, {}, lng),
    values: step.calculator
      ? [choiceLabel('liverFunction', step.calculator.childPughClass, lng)]
      : [step.choose].flat().map((c) => choiceLabel(step.question, c, lng)),
  }));
  const problems = [];
  if (JSON.stringify(rows) !== JSON.stringify(expected)) {
    problems.push(`summary is ${JSON.stringify(rows)}, expected ${JSON.stringify(expected)}`);
  }
  const noteExpected = checkAnswersKey(route) !== 'checkAnswers';
  const hasNote = await page.getByRole('link', { name: t('outcomes:ifRecurrent.link', {}, lng), exact: true }).count();
  if (noteExpected !== hasNote > 0) problems.push(`recurrence note link ${hasNote ? 'shown' : 'missing'}`);
  return problems;
}

async function outcomeTextProblems(page, route, lng = 'en') {
  const text = (await page.locator('main').textContent()).replace(/\s+/g, ' ');
  const problems = [];
  for (const key of route.present ?? []) if (!text.includes(t(key, {}, lng))) problems.push(`missing ${key}`);
  for (const key of route.absent ?? []) if (text.includes(t(key, {}, lng))) problems.push(`shows ${key}`);
  return problems;
}

/** The (visually hidden) label of a unit select: `calculator:unitFor`, or the older "<field>: <unit>". */
function unitSelectLabel(fieldLabel) {
  try {
    return t('calculator:unitFor', { field: fieldLabel });
  } catch {
    return `${fieldLabel}: ${t('calculator:unit')}`;
  }
}

// ---------------------------------------------------------------------------------------------
// The Child-Pugh calculator: reach it by its link, type values, meet a field error, fix it, use the class.

async function useCalculator({ page }, values, name, extra) {
  const field = (f) => t(`calculator:fields.${f}.label`);
  await reporter.check(name(`liverFunction: "${t('questions:liverFunction.calculatorLink')}" → childPughCalculator`), async () => {
    await followLink(page, t('questions:liverFunction.calculatorLink'));
    return [...(await stepProblems(page, 'childPughCalculator')), ...(await extra())];
  });
  await axe.run(page, 'childPughCalculator');

  const albuminError = templatePattern('calculator:problems.implausible', {
    field: field('albumin'),
    value: values.albuminWrong,
    unit: t('calculator:units.gPerDl'),
  });
  await reporter.check(name('calculator: a value that is not possible shows a field error'), async () => {
    await typeInto(page, field('bilirubin'), values.bilirubin);
    const unitLabel = unitSelectLabel(field('bilirubin'));
    await tabTo(page, (f) => f.tag === 'SELECT' && f.label === unitLabel, `the select "${unitLabel}"`);
    await page.keyboard.press('ArrowDown');
    const unit = (await focused(page)).value;
    if (unit !== values.bilirubinUnit) throw new Error(`bilirubin unit is ${unit}, expected ${values.bilirubinUnit}`);
    await typeInto(page, field('albumin'), values.albuminWrong);
    await typeInto(page, field('inr'), values.inr);
    await chooseRadio(page, 'ascites', t(`calculator:ascites.${values.ascites}`));
    await chooseRadio(page, 'encephalopathy', t(`calculator:encephalopathy.${values.encephalopathy}`));
    await pressButton(page, t('calculator:calculate'));
    const problems = await errorProblems(page, 'childPughCalculator', [albuminError]);
    const state = await page.evaluate(() => ({
      // The words a person reads: a visually hidden "Error:" prefix for screen readers is not part of them.
      message: (() => {
        const clone = /** @type {HTMLElement | undefined} */ (document.getElementById('albumin-error')?.cloneNode(true));
        clone?.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
        return clone?.textContent.trim() ?? '';
      })(),
      invalid: document.getElementById('albumin')?.getAttribute('aria-invalid'),
      describedBy: document.getElementById('albumin')?.getAttribute('aria-describedby') ?? '',
    }));
    if (!albuminError.test(state.message)) problems.push(`field message is "${state.message}"`);
    if (state.invalid !== 'true') problems.push('albumin field is not aria-invalid');
    if (!state.describedBy.split(' ').includes('albumin-error')) problems.push('albumin field is not described by its error');
    return [...problems, ...(await extra())];
  });
  await axe.run(page, 'childPughCalculator [field error]');

  await reporter.check(name('calculator: the error link takes focus to the albumin field'), async () => {
    await tabTo(page, (f) => f.tag === 'A' && albuminError.test(f.text), 'the albumin error link');
    await page.keyboard.press('Enter');
    const now = await focused(page);
    return now.id === 'albumin' ? [] : [`focus is on ${now.tag} ${now.id ?? ''}, not on #albumin`];
  });
  // A person corrects the field where the link left them: focus must stay there while they type.
  const corrected = await reporter.check(
    name('calculator: correcting a field after an error keeps focus in the field'),
    async () => {
      await typeInto(page, field('albumin'), values.albumin);
      const now = await focused(page);
      const value = await page.evaluate(() => /** @type {HTMLInputElement} */ (document.getElementById('albumin')).value);
      const problems = [];
      if (now.id !== 'albumin') problems.push(`focus moved to ${now.tag}${now.role ? ` role=${now.role}` : ''} while typing`);
      if (value !== values.albumin) problems.push(`typed "${values.albumin}" but the field holds "${value}"`);
      return problems;
    },
    { fatal: false },
  );
  if (!corrected) {
    // Go on with the walk: type one key at a time, coming back to the field with Tab each time.
    await typeInto(page, field('albumin'), '');
    for (const key of values.albumin) {
      await tabTo(page, (f) => f.id === 'albumin', 'the albumin field');
      await page.keyboard.press('End');
      await page.keyboard.type(key);
    }
  }
  const scoreText = t('calculator:result.score', {
    points: values.points,
    childPughClass: values.childPughClass.toUpperCase(),
  });
  await reporter.check(name(`calculator: "${t('calculator:calculate')}" shows "${scoreText}"`), async () => {
    await pressButton(page, t('calculator:calculate'));
    await page.getByRole('status').filter({ hasText: scoreText }).waitFor({ timeout: 3000 });
    const alerts = await page.locator('[role=alert]').count();
    return alerts === 0 ? [] : ['the error summary is still shown'];
  });
  await axe.run(page, 'childPughCalculator [result]');
  const use = t('calculator:result.use', { childPughClass: values.childPughClass.toUpperCase() });
  await reporter.check(name(`calculator: "${use}" → liverFunction with that class chosen`), async () => {
    await pressButton(page, use);
    const problems = await stepProblems(page, 'liverFunction');
    const checked = await checkedLabels(page, 'liverFunction');
    const wanted = choiceLabel('liverFunction', values.childPughClass);
    if (JSON.stringify(checked) !== JSON.stringify([wanted])) problems.push(`checked ${JSON.stringify(checked)}, expected "${wanted}"`);
    return [...problems, ...(await extra())];
  });
}

// ---------------------------------------------------------------------------------------------
// Scenarios named in routes.mjs (`before` on a step, `after` on the outcome).

const scenarios = {
  /** Browser Back twice and Forward once: the steps come back with the answers still chosen. */
  async backAndForward({ page }, route, index, name) {
    const [twoBack, oneBack] = [route.steps[index - 2], route.steps[index - 1]];
    const expectChosen = async (step) => {
      const problems = await stepProblems(page, step.question);
      const checked = await checkedLabels(page, step.question);
      const wanted = [step.choose].flat().map((c) => choiceLabel(step.question, c));
      if (JSON.stringify(checked) !== JSON.stringify(wanted)) problems.push(`checked ${JSON.stringify(checked)}, expected ${JSON.stringify(wanted)}`);
      return problems;
    };
    await reporter.check(name(`browser Back → ${oneBack.question}, answer still chosen`), async () => {
      await page.goBack();
      return expectChosen(oneBack);
    });
    await reporter.check(name(`browser Back → ${twoBack.question}, answer still chosen`), async () => {
      await page.goBack();
      return expectChosen(twoBack);
    });
    await reporter.check(name(`browser Forward → ${oneBack.question}, answer still chosen`), async () => {
      await page.goForward();
      return expectChosen(oneBack);
    });
    const here = route.steps[index].question;
    await reporter.check(name(`${oneBack.question}: Continue → ${here} again`), async () => {
      await pressButton(page, t('actions.continue'));
      return stepProblems(page, here);
    });
  },

  /** A reload keeps the step and the answers (sessionStorage); the Back link shows the earlier answer. */
  async reload({ page }, route, index, name) {
    const here = route.steps[index].question;
    const previous = route.steps[index - 1];
    await reporter.check(name(`reload on ${here} keeps the step and the answers`), async () => {
      await page.reload();
      // The first page of a visit leaves focus where the browser puts it: no h1 focus expected.
      const problems = await stepProblems(page, here, { focusH1: false });
      const stored = await page.evaluate((key) => sessionStorage.getItem(key), storageKey);
      const answers = JSON.parse(stored ?? '{"answers":[]}').answers ?? [];
      const expected = route.steps.slice(0, index).map((s) => [s.question, s.choose]);
      if (JSON.stringify(answers) !== JSON.stringify(expected)) problems.push(`stored answers ${JSON.stringify(answers)}, expected ${JSON.stringify(expected)}`);
      return problems;
    });
    await reporter.check(name(`after the reload, the Back link → ${previous.question} with its answer chosen`), async () => {
      await followLink(page, t('actions.back'));
      const problems = await stepProblems(page, previous.question);
      const checked = await checkedLabels(page, previous.question);
      const wanted = choiceLabel(previous.question, previous.choose);
      if (JSON.stringify(checked) !== JSON.stringify([wanted])) problems.push(`checked ${JSON.stringify(checked)}, expected "${wanted}"`);
      return problems;
    });
    await reporter.check(name(`${previous.question}: Continue → ${here} again`), async () => {
      await pressButton(page, t('actions.continue'));
      return stepProblems(page, here);
    });
  },

  /** "Start again" on an outcome asks first; "No" keeps everything, "Yes" clears it and shows the start page. */
  async startAgain({ page }, route, _index, name) {
    const stored = () => page.evaluate((key) => sessionStorage.getItem(key), storageKey);
    const before = await stored();
    await reporter.check(name(`"${t('actions.startAgain')}" asks to confirm; "${t('startAgainConfirm.no')}" keeps the answers`), async () => {
      await pressButton(page, t('actions.startAgain'), { max: 200 });
      await page.getByRole('region', { name: t('startAgainConfirm.title') }).waitFor({ timeout: 3000 });
      const problems = (await stored()) === before ? [] : ['the answers changed before confirming'];
      await axe.run(page, `${route.outcome} [start again?]`);
      await pressButton(page, t('startAgainConfirm.no'));
      const now = await focused(page);
      if (now.text !== t('actions.startAgain')) problems.push(`focus is on "${now.text}", not back on Start again`);
      if ((await stored()) !== before) problems.push('the answers changed after "No"');
      return problems;
    });
    await reporter.check(name(`"${t('startAgainConfirm.yes')}" → the start page, nothing stored`), async () => {
      await pressButton(page, t('actions.startAgain'));
      await pressButton(page, t('startAgainConfirm.yes'));
      const problems = await stepProblems(page, 'start');
      if ((await stored()) !== null) problems.push(`answers still stored: ${await stored()}`);
      await pressButton(page, t('actions.startNow'));
      await stepProblems(page, 'origin');
      const checked = await checkedLabels(page, 'origin');
      if (checked.length > 0) problems.push(`still chosen: ${JSON.stringify(checked)}`);
      return problems;
    });
  },

  /** From the unresectable outcome: "If treatment shrinks the tumor", and back to the result. */
  async downstaging(session, route, _index, name) {
    await referencePage(session, route, name, 'downstaging', t('outcomes:downstagingLink'));
  },

  /** History "not sure": the link to the recurrent options, and back to the result. */
  async ifRecurrent(session, route, _index, name) {
    await referencePage(session, route, name, 'ifRecurrent', t('outcomes:ifRecurrent.link'));
  },
};

async function referencePage({ page }, route, name, step, linkText) {
  await reporter.check(name(`"${linkText}" → ${step}`), async () => {
    await followLink(page, linkText, { max: 200 });
    return stepProblems(page, step);
  });
  await axe.run(page, step);
  const back = t('outcomes:downstaging.back');
  await reporter.check(name(`${step}: "${back}" → ${route.outcome}`), async () => {
    await followLink(page, back, { max: 200 });
    return stepProblems(page, route.outcome);
  });
}

// ---------------------------------------------------------------------------------------------

/** A deep link to a step that needs answers, in a fresh context: the first question, no error. */
async function deepLink() {
  const session = await openSession(browserHandle.browser, server.url);
  const { page } = session;
  try {
    await reporter.check(
      'deep link #/advanced in a fresh context lands on the first question',
      async () => {
        await openApp(page, `${server.url}#/advanced`);
        const problems = await stepProblems(page, 'origin', { focusH1: false });
        const notice = await page.getByRole('status').filter({ hasText: t('notices.stepNotAvailable') }).count();
        if (notice !== 1) problems.push('no notice that the page needs earlier answers');
        if ((await page.locator('h1').textContent()).includes(stepTitle('advanced'))) {
          problems.push('the advanced outcome is shown');
        }
        return problems;
      },
      { fatal: false },
    );
    await axe.run(page, 'origin [notice: step not available]');
  } finally {
    await closeSession(session, (what) => `deep link: ${what}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Other languages: one route each, a switch half-way through a route, and right-to-left mirroring.

/** The shipped languages other than English, or those of them E2E_LANGUAGES names. */
function otherLanguages() {
  const only = process.env.E2E_LANGUAGES?.split(',').map((tag) => tag.trim()).filter(Boolean);
  return languageTags().filter((tag) => tag !== 'en' && (!only || only.includes(tag)));
}

const routeNamed = (routeName) => {
  const route = routes.find((r) => r.name === routeName);
  if (!route) throw new Error(`no route named "${routeName}" in routes.mjs`);
  return route;
};

/** Every shipped language but English, each with its route: the one routes.mjs names, or a spare in turn. */
function languageWalks() {
  let spare = 0;
  return otherLanguages()
    .map((tag) => [tag, routeNamed(languageRoutes[tag] ?? spareLanguageRoutes[spare++ % spareLanguageRoutes.length])]);
}

/**
 * On an outcome in `lng`: the draft-translation notice when meta.json says draft (none when
 * reviewed), and its link to English, which keeps the step and the answers.
 */
async function translationNotice({ page }, route, lng, name) {
  const draft = metaOf(lng).review?.status === 'draft';
  const message = t('translationReview.draft', {}, lng);
  const linkText = t('translationReview.readInEnglish', {}, lng);
  const readLink = () =>
    page.evaluate((linkText) => {
      const link = [...document.querySelectorAll('main a')].find((a) => a.textContent.replace(/\s+/g, ' ').trim() === linkText);
      return link ? { lang: link.getAttribute('lang'), hreflang: link.getAttribute('hreflang'), href: link.getAttribute('href') } : null;
    }, linkText);
  const what = draft ? 'the outcome says the translation is a draft, with a link to English' : 'the outcome shows no draft notice (reviewed)';
  await reporter.check(
    name(what),
    async () => {
      const text = (await page.locator('main').textContent()).replace(/\s+/g, ' ');
      const link = await readLink();
      const problems = [];
      if (!draft) return text.includes(message) || link ? ['a draft notice is shown for a reviewed language'] : [];
      if (!text.includes(message)) problems.push(`no notice "${message}"`);
      if (!link) return [...problems, `no link "${linkText}"`];
      // Its words are in this language (lang absent or lng); what it leads to is English (hreflang en).
      if (link.hreflang !== 'en') problems.push(`the link has hreflang=${link.hreflang}, expected en`);
      if (link.lang !== null && link.lang !== lng) problems.push(`the link's words are in ${lng} but it has lang=${link.lang}`);
      const url = new URL(link.href ?? '', server.url);
      if (url.searchParams.get('lng') !== 'en') problems.push(`the link goes to ${link.href}, without ?lng=en`);
      return problems;
    },
    { fatal: false },
  );
  if (!draft) return;
  // Its address is what "open in a new tab" or "copy link" gets: it must name this page, not the one before.
  await reporter.check(
    name(`the address of "${linkText}" names this page (#/${route.outcome})`),
    async () => {
      const href = (await readLink())?.href;
      const url = new URL(href ?? '', server.url);
      if (url.hash === `#/${route.outcome}`) return [];
      return [`its href is ${href}: opened in a new tab or copied, it leads to ${url.hash || 'the first question'}`];
    },
    { fatal: false },
  );
  await reporter.check(name(`"${linkText}" → ${route.outcome} in English, answers kept`), async () => {
    await followLink(page, linkText, { max: 200 });
    // A change of language is not a change of step: the h1 need not take focus.
    const problems = await stepProblems(page, route.outcome, { lng: 'en', focusH1: false });
    const search = await page.evaluate(() => window.location.search);
    if (new URLSearchParams(search).get('lng') !== 'en') problems.push(`address has ${search || 'no query'}, expected ?lng=en`);
    const stillThere = await page.getByText(t('translationReview.draft', {}, 'en'), { exact: true }).count();
    if (stillThere > 0) problems.push('the English page still shows the draft notice');
    return [...problems, ...(await outcomeTextProblems(page, route, 'en'))];
  });
}

/**
 * Half-way through a route in English, the switcher's link to another language with Tab and
 * Enter: the same step in that language, the answers kept (Back shows the earlier one chosen),
 * and the rest of the route in that language.
 */
async function switchMidRoute() {
  const others = otherLanguages();
  if (others.length === 0) return;
  const to =
    languageSwitch.to.find((tag) => others.includes(tag)) ??
    others.find((tag) => metaOf(tag).dir === 'rtl') ??
    others[0];
  const route = routeNamed(languageSwitch.route);
  const { answered } = languageSwitch;
  const here = route.steps[answered].question;
  const previous = route.steps[answered - 1];
  const session = await openSession(browserHandle.browser, server.url);
  const { page } = session;
  const name = (what) => `switch to ${to} mid-route (${route.name}): ${what}`;
  const extra = async () => [];
  try {
    await reporter.check(name('opens on the start page in English, "Start now" → origin'), async () => {
      await openApp(page, server.url);
      const problems = await stepProblems(page, 'start', { focusH1: false });
      await pressButton(page, t('actions.startNow'));
      return [...problems, ...(await stepProblems(page, 'origin'))];
    });
    for (const [index, step] of route.steps.slice(0, answered).entries()) {
      const next = route.steps[index + 1].question;
      const labels = [step.choose].flat().map((choice) => choiceLabel(step.question, choice));
      await reporter.check(name(`${step.question}: "${labels.join('" + "')}" → ${next}`), async () => {
        await answer(page, step.question, labels);
        await pressButton(page, t('actions.continue'));
        return stepProblems(page, next);
      });
    }
    await reporter.check(
      name(`${here}: the language switcher "${t('language.label')}" lists every shipped language, each link to this step`),
      () => switcherProblems(page, 'en'),
      { fatal: false },
    );
    const nativeName = metaOf(to).nativeName;
    // Focus is on the h1: the switcher is above it, in the header.
    await reporter.check(name(`${here}: Shift+Tab to "${nativeName}", Enter → ${here} in ${to}`), async () => {
      await followLink(page, nativeName, { back: true });
      const problems = await stepProblems(page, here, { lng: to, focusH1: false });
      const state = await page.evaluate(
        (languageKey) => ({
          search: window.location.search,
          remembered: localStorage.getItem(languageKey),
          focusedText: document.activeElement?.textContent?.trim(),
          focusedCurrent: document.activeElement?.getAttribute('aria-current'),
        }),
        languageKey,
      );
      if (state.focusedText !== nativeName || state.focusedCurrent !== 'true') {
        problems.push(`focus is on "${state.focusedText}", not on the chosen language's link`);
      }
      if (new URLSearchParams(state.search).get('lng') !== to) {
        problems.push(`address has ${state.search || 'no query'}, expected ?lng=${to}`);
      }
      if (state.remembered !== to) problems.push(`the choice is not remembered (stored: ${state.remembered})`);
      const checked = await checkedLabels(page, here);
      if (checked.length > 0) problems.push(`${here} has ${JSON.stringify(checked)} chosen before it was answered`);
      return [...problems, ...(await switcherProblems(page, to))];
    });
    await axe.run(page, `${here} [${to}]`);
    // The switch rewrote this entry's query (?lng=): Back and Forward must still show the page the address names.
    await reporter.check(name(`browser Back → ${previous.question} in ${to}, Forward → ${here}`), async () => {
      await page.goBack();
      const problems = await stepProblems(page, previous.question, { lng: to });
      await page.goForward();
      return [...problems, ...(await stepProblems(page, here, { lng: to }))];
    });
    const wanted = [previous.choose].flat().map((choice) => choiceLabel(previous.question, choice, to));
    const back = t('actions.back', {}, to);
    await reporter.check(name(`"${back}" → ${previous.question} in ${to}, "${wanted.join('" + "')}" still chosen`), async () => {
      await followLink(page, back);
      const problems = await stepProblems(page, previous.question, { lng: to });
      const checked = await checkedLabels(page, previous.question);
      if (JSON.stringify(checked) !== JSON.stringify(wanted)) {
        problems.push(`checked ${JSON.stringify(checked)}, expected ${JSON.stringify(wanted)}`);
      }
      return problems;
    });
    await axe.run(page, `${previous.question} [${to}]`);
    await reporter.check(name(`${previous.question}: "${t('actions.continue', {}, to)}" → ${here} again`), async () => {
      await pressButton(page, t('actions.continue', {}, to));
      return stepProblems(page, here, { lng: to });
    });
    await walkSteps(session, route, answered, to, name, extra);
    await finish(session, route, to, name, extra);
  } catch (error) {
    reportStop(error, name);
  } finally {
    await closeSession(session, name);
  }
}

/**
 * A right-to-left language on a narrow screen, in a context of its own: an outcome opened from
 * stored answers, photographed, and checked for mirroring.
 */
async function mirrored(lng) {
  const { width, height } = mirroring.viewport;
  const session = await openSession(browserHandle.browser, server.url, { viewport: { width, height } });
  const { page } = session;
  const step = mirroring.outcome;
  const name = (what) => `[${lng}] ${width} px ${step}: ${what}`;
  const screenshot = join(tmpRoot, `e2e-${lng}-outcome-${width}.png`);
  try {
    await reporter.check(name('opens from answers stored in sessionStorage'), async () => {
      // The answers are in sessionStorage before the app starts, as if stored earlier in the visit.
      await session.context.addInitScript(
        ({ key, value }) => {
          if (sessionStorage.getItem(key) === null) sessionStorage.setItem(key, value);
        },
        { key: storageKey, value: storedState(mirroring.answers) },
      );
      await openApp(page, `${server.url}?lng=${encodeURIComponent(lng)}#/${step}`);
      const problems = await stepProblems(page, step, { lng, focusH1: false });
      const notices = await page.locator('main [role=status]').allTextContents();
      if (notices.length > 0) problems.push(`a notice is shown: "${notices[0].trim()}"`);
      return problems;
    });
    await reporter.check(name(`full-page screenshot ${screenshot}`), async () => {
      mkdirSync(tmpRoot, { recursive: true });
      await page.screenshot({ path: screenshot, fullPage: true });
    });
    const state = await mirroringState(page);
    const soft = { fatal: false };
    await reporter.check(
      name(`<html dir="rtl">, no horizontal scroll (scrollWidth ≤ ${width})`),
      () => [
        ...(state.dir === 'rtl' ? [] : [`<html dir> is "${state.dir}"`]),
        ...(state.scrollWidth <= width ? [] : [`horizontal scroll: scrollWidth ${state.scrollWidth} > ${width}`]),
      ],
      soft,
    );
    await reporter.check(
      name('the Back link sits at the right-hand side, its arrow pointing right'),
      () => {
        if (!state.back || !state.content) return [`no ${state.back ? 'main' : 'Back link'} to measure`];
        const problems = [];
        const gap = state.content.right - state.back.right;
        if (Math.abs(gap) > 40) {
          problems.push(
            `its right edge is at ${state.back.right.toFixed(0)} px, ${gap.toFixed(0)} px from the content's right edge (${state.content.right.toFixed(0)} px)`,
          );
        }
        if (state.back.left - state.content.left < state.content.right - state.back.right) {
          problems.push('it is nearer the left edge than the right');
        }
        if (!(state.arrowA < 0)) problems.push(`its arrow is not mirrored (::before transform a = ${state.arrowA})`);
        return problems;
      },
      soft,
    );
    await reporter.check(
      name('the h1 runs right to left from the right-hand edge (direction rtl, text-align start or right)'),
      () => {
        if (!state.h1) return ['no h1'];
        const problems = [];
        if (state.h1.direction !== 'rtl') problems.push(`h1 direction is ${state.h1.direction}`);
        if (!['start', 'right'].includes(state.h1.textAlign)) problems.push(`h1 text-align is ${state.h1.textAlign}`);
        return problems;
      },
      soft,
    );
    await reporter.check(
      name('inset borders and bullet indents are on the right side'),
      () => {
        const problems = [];
        if (state.insets.length === 0) problems.push('no .inset or .disclaimer on the page to measure');
        if (state.bullets.length === 0) problems.push('no bulleted list on the page to measure');
        for (const box of state.insets) {
          if (!(box.right > 0 && box.left === 0)) problems.push(`${box.what}: border-left ${box.left}px, border-right ${box.right}px`);
        }
        for (const list of state.bullets) {
          if (!(list.right > 0 && list.left === 0)) problems.push(`${list.what}: padding-left ${list.left}px, padding-right ${list.right}px`);
        }
        return problems;
      },
      soft,
    );
    await axe.run(page, `${step} [${lng}, ${width} px]`);
  } catch (error) {
    reportStop(error, name);
  } finally {
    await closeSession(session, name);
  }
}

// ---------------------------------------------------------------------------------------------
// What a new user meets off the happy path: each in a fresh context of its own.

/**
 * Runs `fn(session)` in a fresh context, reporting stray requests and errors unless `allowErrors`.
 * @param {string} label
 * @param {(session: any, name: (what: string) => string) => Promise<void>} fn
 * @param {{ contextOptions?: object, allowErrors?: boolean }} [options]
 */
async function inFreshContext(label, fn, { contextOptions, allowErrors = false } = {}) {
  const session = await openSession(browserHandle.browser, server.url, contextOptions);
  const name = (what) => `${label}: ${what}`;
  try {
    await fn(session, name);
  } catch (error) {
    reportStop(error, name);
  } finally {
    if (allowErrors) session.problems.splice(0, session.problems.length, ...session.problems.filter((p) => p.startsWith('request')));
    await closeSession(session, name);
  }
}

/** The stored format (src/facts.mjs): the answers, and what matters to the person. */
const storedState = (answers, values = { ratings: [], other: '' }) => JSON.stringify({ schemaVersion, answers, values });

/**
 * Opens `step` in `lng` from `answers` stored in the app's format. They are stored by a script
 * that runs before the app's own, on the first load of this address only (a reload keeps what the
 * page has stored since), so the app reads them as stored earlier in the visit.
 */
let openings = 0;
async function openFromStored(page, answers, step, lng = 'en', values = undefined) {
  openings += 1;
  const address = `${server.url}?lng=${encodeURIComponent(lng)}&open=${step}-${openings}#/${step}`;
  await page.context().addInitScript(
    ({ key, value, search }) => {
      if (window.location.search !== search || sessionStorage.getItem('e2e-opened') === search) return;
      sessionStorage.setItem(key, value);
      sessionStorage.setItem('e2e-opened', search);
    },
    { key: storageKey, value: storedState(answers, values), search: new URL(address).search },
  );
  await openApp(page, address);
}

/**
 * Options first, on a 390 x 844 phone: on every outcome, the first entry of "Options for this
 * group" is inside the first viewport. Prints each outcome page's height at this width.
 */
async function optionsFirstOnAPhone(lng) {
  const { width, height } = optionsFirst.viewport;
  await inFreshContext(`[${lng}] ${width} x ${height}`, async ({ page }, name) => {
    const heights = [];
    for (const [outcome, answers] of Object.entries(optionsFirst.outcomes)) {
      await reporter.check(name(`${outcome}: the first of the options at a glance is in the first screen`), async () => {
        await openFromStored(page, answers, outcome, lng);
        const problems = await stepProblems(page, outcome, { lng, focusH1: false });
        const first = page.locator('nav.at-a-glance a').first();
        await first.waitFor({ timeout: 5000 });
        const box = await page.evaluate(() => {
          window.scrollTo(0, 0);
          const link = document.querySelector('nav.at-a-glance a');
          const rect = link?.getBoundingClientRect();
          return { bottom: rect?.bottom ?? Infinity, page: document.documentElement.scrollHeight };
        });
        heights.push(`${outcome} ${box.page} px`);
        if (box.bottom > height) problems.push(`its first entry ends ${Math.round(box.bottom)} px down, below the first ${height} px`);
        if ((await horizontalOverflow(page, width)).length > 0) problems.push('the page scrolls sideways');
        return problems;
      });
    }
    console.log(`  [${lng}] outcome page heights at ${width} px: ${heights.join(', ')}`);
  }, { contextOptions: { viewport: { width, height } } });
}

// ---------------------------------------------------------------------------------------------
// Take it with you: the handout on A4 paper in every language (from an English screen), its QR
// code's link, the overview at 1280 px, the decision map by keyboard, the glossary, changing an
// answer from a result, and remembering the answers on this device.

/** Every outcome, and the longest handout: every answer "not sure", every statement rated, 1,000 characters of the person's own words. */
const handoutCases = {
  ...optionsFirst.outcomes,
  'spreadUnknown, all not sure': [['origin', 'notSure'], ['history', 'notSure'], ['stage', 'notSure'], ['spread', 'notSure']],
};
const everyValue = {
  ratings: ['liveLonger', 'avoidSideEffects', 'lessTimeInHospital', 'dailyLife', 'closeToHome', 'tryNewTreatment'].map((id) => [id, 'very']),
  other: 'I want to keep working in my garden and to be at home with my family as much as I can. '.repeat(12).slice(0, 1000),
};

/** Pages in a PDF made by Chromium. */
const pdfPages = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

async function handouts() {
  const counts = [];
  await inFreshContext('handout', async ({ page }, name) => {
    for (const [label, answers] of Object.entries(handoutCases)) {
      const outcome = label.split(',')[0];
      const worst = label.includes('all not sure');
      await openFromStored(page, answers, outcome, 'en', worst ? everyValue : undefined);
      await reporter.check(name(`${label}: "${t('pageLinks.handout')}" → the handout`), async () => {
        await followLink(page, t('pageLinks.handout'), { max: 80 });
        await page.waitForFunction((title) => document.querySelector('h1')?.textContent === title, t('outcomes:handout.title'));
        return (await hashOf(page)) === '#/handout' ? [] : [`address is ${await hashOf(page)}`];
      });
      if (worst) {
        await reporter.check(name('the QR code is added only when its box is ticked'), async () => {
          const before = await page.locator('.handout .qr-code').count();
          await tickCheckbox(page, null, t('outcomes:handout.qrLabel'));
          const after = await page.locator('.handout .qr-code').count();
          return before === 0 && after === 1 ? [] : [`QR codes before ${before}, after ${after}`];
        });
      }
      const row = [label];
      for (const lng of ['en', ...otherLanguages()]) {
        await reporter.check(name(`${label}: printed in ${lng} from an English screen, at most 2 A4 pages, no links`), async () => {
          await page.selectOption('#handout-language', lng);
          await page.waitForSelector(`.handout[lang="${lng}"]`, { timeout: 5000 });
          const state = await page.evaluate(() => ({
            html: document.documentElement.lang,
            dir: document.querySelector('.handout')?.getAttribute('dir'),
            links: document.querySelectorAll('.handout a').length,
          }));
          await page.emulateMedia({ media: 'print' });
          const pages = pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
          await page.emulateMedia({ media: 'screen' });
          row.push(`${lng} ${pages}`);
          const problems = [];
          if (pages > 2) problems.push(`${pages} pages`);
          if (state.html !== 'en') problems.push(`the screen switched to ${state.html}`);
          if (state.dir !== metaOf(lng).dir) problems.push(`the handout's dir is ${state.dir}`);
          if (state.links > 0) problems.push(`${state.links} links on paper`);
          return problems;
        });
        if (label === 'advanced') await axe.run(page, `handout [${lng}]`);
      }
      counts.push(row.join(', '));
    }
  }, { contextOptions: { viewport: { width: 390, height: 844 } } });
  console.log(`  handout A4 pages (outcome, language pages): ${counts.join('; ')}`);
}

/** The QR code's link, opened on another device: the answers come back, validated and replayed, and leave the address bar. */
async function sharedLinkOpens() {
  await inFreshContext('a link from the handout QR code', async ({ page }, name) => {
    const answers = optionsFirst.outcomes.advanced;
    const payload = Buffer.from(storedState(answers)).toString('base64url');
    await reporter.check(name('opens the answers at their result, says so, and drops them from the address'), async () => {
      await openApp(page, `${server.url}#/advanced?answers=${payload}`);
      const problems = await stepProblems(page, 'advanced', { focusH1: false });
      const notice = await page.locator('.notification', { hasText: t('notices.answersFromLink') }).count();
      if (notice !== 1) problems.push('no notice that the answers came from a link');
      if ((await hashOf(page)) !== '#/advanced') problems.push(`the address still holds ${await hashOf(page)}`);
      return problems;
    });
    await reporter.check(name('a damaged link, in a new tab, opens nothing from it and says so'), async () => {
      const tab = await page.context().newPage();
      await openApp(tab, `${server.url}#/advanced?answers=${payload.slice(0, 20)}`);
      const problems = [];
      if ((await tab.locator('.notification', { hasText: t('notices.linkAnswersRejected') }).count()) !== 1) problems.push('no notice');
      if ((await hashOf(tab)) === '#/advanced') problems.push('it opened the result');
      await tab.close();
      return problems;
    });
  });
}

/** The overview on a 1280 px screen: every group side by side in one row, in the first screen; the map by keyboard. */
async function overviewAndMap() {
  const width = 1280;
  const height = 800;
  await inFreshContext(`overview at ${width} px`, async ({ page }, name) => {
    await openFromStored(page, optionsFirst.outcomes.advanced, 'advanced');
    await reporter.check(name(`"${t('pageLinks.overview')}" → the overview`), async () => {
      await followLink(page, t('pageLinks.overview'), { max: 80 });
      await page.waitForFunction((title) => document.querySelector('h1')?.textContent === title, t('outcomes:overview.title'));
      return [];
    });
    await reporter.check(name('every group side by side, in one row, within one screen'), async () => {
      const cards = await page.evaluate(() => {
        document.querySelector('#overview-groups-heading')?.scrollIntoView();
        return [...document.querySelectorAll('.overview__group')].map((card) => {
          const rect = card.getBoundingClientRect();
          return { top: Math.round(rect.top), bottom: Math.round(rect.bottom) };
        });
      });
      const problems = [];
      if (cards.length !== 6) problems.push(`${cards.length} groups`);
      if (new Set(cards.map((card) => card.top)).size !== 1) problems.push(`not one row: tops ${cards.map((c) => c.top).join(', ')}`);
      const lowest = Math.max(...cards.map((card) => card.bottom));
      const headingTop = await page.evaluate(() => Math.round(document.querySelector('#overview-groups-heading')?.getBoundingClientRect().top ?? 0));
      console.log(`  overview at ${width} px: the groups run from ${headingTop} to ${lowest} px of a ${height} px screen`);
      if (lowest > height) problems.push(`the lowest group ends at ${lowest} px`);
      return problems;
    });
    await axe.run(page, 'overview');
    await reporter.check(name('the decision map: the route is drawn, and a step opens from the map with the keyboard'), async () => {
      const route = await page.locator('.decision-map__edge--route').count();
      // An SVG link: its tag name is lower case, and its lines of text are separate tspans.
      const stage = t('questions:stage.summaryLabel').replace(/\s/g, '');
      await tabTo(page, (f) => f.tag.toUpperCase() === 'A' && f.text.replace(/\s/g, '') === stage, 'the map\'s "Stage" box', { max: 200 });
      await page.keyboard.press('Enter');
      const problems = await stepProblems(page, 'stage');
      if (route === 0) problems.push('no route drawn');
      return problems;
    });
  }, { contextOptions: { viewport: { width, height } } });
}

/** Every new page in every language: glossary, overview, handout; axe with the real layout. */
async function newPagesInEveryLanguage() {
  for (const lng of otherLanguages()) {
    await inFreshContext(`[${lng}] glossary, overview and handout`, async ({ page }, name) => {
      await openFromStored(page, optionsFirst.outcomes.spreadUnknown, 'spreadUnknown', lng);
      for (const [pageId, title] of [['glossary', 'outcomes:glossaryPage.title'], ['overview', 'outcomes:overview.title'], ['handout', 'outcomes:handout.title']]) {
        await reporter.check(name(`${pageId} opens in ${lng}`), async () => {
          await page.evaluate((id) => { window.location.hash = `#/${id}`; }, pageId);
          await page.waitForFunction((text) => document.querySelector('h1')?.textContent === text, t(title, {}, lng));
          const lang = await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);
          return lang[0] === lng && lang[1] === metaOf(lng).dir ? [] : [`<html lang dir> is ${lang.join(' ')}`];
        });
        await axe.run(page, `${pageId} [${lng}]`);
      }
    }, { contextOptions: { viewport: { width: 320, height: 700 } } });
  }
}

/** A term link on a result opens the glossary at that term; Back returns to the result. */
async function glossaryFromAResult() {
  await inFreshContext('glossary', async ({ page }, name) => {
    await openFromStored(page, optionsFirst.outcomes.advanced, 'advanced');
    await reporter.check(name('a "Words explained" link opens the glossary with that term in focus, and Back returns'), async () => {
      const link = page.locator('.term-links a').first();
      const href = await link.getAttribute('href');
      await link.focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction((title) => document.querySelector('h1')?.textContent === title, t('outcomes:glossaryPage.title'));
      const term = href.split('/')[2];
      await page.waitForFunction((id) => document.activeElement?.id === id, `term-${term}`, { timeout: 3000 }).catch(() => undefined);
      const problems = [];
      if ((await page.evaluate(() => document.activeElement?.id)) !== `term-${term}`) problems.push(`focus is not on term-${term}`);
      await page.goBack();
      problems.push(...(await stepProblems(page, 'advanced', { focusH1: false })));
      return problems;
    });
  });
}

/** Change from a result in 2 actions, by keyboard: Change, then Continue with the new answer, and the result is shown. */
async function changeFromAResult() {
  await inFreshContext('change an answer from a result', async ({ page }, name) => {
    await openFromStored(page, optionsFirst.outcomes.advanced, 'advanced');
    await reporter.check(name('Change (1), then Continue with Class C (2): the result again, for Child-Pugh C'), async () => {
      const change = `${t('actions.change')} ${t('questions:liverFunction.summaryLabel')}`;
      await tabTo(page, (f) => f.tag === 'A' && f.text === change, `the link "${change}"`, { max: 120 });
      await page.keyboard.press('Enter');
      const problems = await stepProblems(page, 'liverFunction');
      await chooseRadio(page, 'liverFunction', t('questions:liverFunction.choices.c'));
      await pressButton(page, t('actions.continue'));
      problems.push(...(await stepProblems(page, 'advanced')));
      if ((await page.locator('p', { hasText: t('outcomes:notes.childPughC') }).count()) === 0) problems.push('no Child-Pugh C note');
      return problems;
    });
  });
}

/** Remembering on this device: off by default; once ticked, a new tab opens the answers; Forget removes them. */
async function rememberOnThisDevice() {
  await inFreshContext('remember my answers on this device', async ({ page, context }, name) => {
    await openFromStored(page, optionsFirst.outcomes.advanced, 'advanced');
    await reporter.check(name('a new tab opens nothing by default'), async () => {
      const other = await context.newPage();
      await openApp(other, `${server.url}#/advanced`);
      const hash = await other.evaluate(() => window.location.hash);
      await other.close();
      return hash === '#/advanced' ? ['a new tab opened the result without being asked'] : [];
    });
    await reporter.check(name('ticked: a new tab opens the same result'), async () => {
      await tickCheckbox(page, null, t('remember.label'));
      const other = await context.newPage();
      await openApp(other, `${server.url}#/advanced`);
      const problems = await stepProblems(other, 'advanced', { focusH1: false });
      await other.close();
      return problems;
    });
    await reporter.check(name(`"${t('remember.forget')}": gone at once, a new tab opens nothing`), async () => {
      await pressButton(page, t('remember.forget'), { max: 120 });
      const kept = await page.evaluate((key) => localStorage.getItem(key), storageKey);
      const other = await context.newPage();
      await openApp(other, `${server.url}#/advanced`);
      const hash = await other.evaluate(() => window.location.hash);
      await other.close();
      const problems = [];
      if (kept !== null) problems.push('the answers are still in localStorage');
      if (hash === '#/advanced') problems.push('a new tab still opened the result');
      return problems;
    });
  });
}

/** What matters to you, end to end: rate, reload, change language, still there; Start again clears it. */
async function whatMatters() {
  await inFreshContext('what matters to you', async ({ page }, name) => {
    const [outcome, answers] = ['advanced', optionsFirst.outcomes.advanced];
    const other = otherLanguages()[0];
    await openFromStored(page, answers, outcome);
    await reporter.check(name(`${outcome}: "${t('outcomes:values.offer')}" → values`), async () => {
      await followLink(page, t('outcomes:values.offer'), { max: 400 });
      return stepProblems(page, 'values');
    });
    await reporter.check(name('rate two statements with the keyboard and write a few words'), async () => {
      await chooseRadio(page, 'values-liveLonger', t('outcomes:values.levels.very'));
      await chooseRadio(page, 'values-closeToHome', t('outcomes:values.levels.notImportant'));
      await typeInto(page, t('outcomes:values.otherLabel'), 'My family');
      const kept = await page.evaluate((key) => JSON.parse(sessionStorage.getItem(key) ?? 'null')?.values, storageKey);
      const wanted = { ratings: [['liveLonger', 'very'], ['closeToHome', 'notImportant']], other: 'My family' };
      return JSON.stringify(kept) === JSON.stringify(wanted) ? [] : [`kept ${JSON.stringify(kept)}`];
    });
    await reporter.check(name('a reload keeps the ratings on the page'), async () => {
      await page.reload();
      const problems = await stepProblems(page, 'values', { focusH1: false });
      const checked = await checkedLabels(page, 'values-liveLonger');
      if (checked.join() !== t('outcomes:values.levels.very')) problems.push(`"${t('outcomes:values.statements.liveLonger')}" shows ${checked.join() || 'nothing'}`);
      if ((await page.getByLabel(t('outcomes:values.otherLabel')).inputValue()) !== 'My family') problems.push('the own words are gone');
      return problems;
    });
    if (other) {
      await reporter.check(name(`switching to ${other} keeps them, in ${other}`), async () => {
        await followLink(page, metaOf(other).nativeName, { back: true });
        const problems = await stepProblems(page, 'values', { lng: other, focusH1: false });
        const checked = await checkedLabels(page, 'values-liveLonger');
        if (checked.join() !== t('outcomes:values.levels.very', {}, other)) problems.push(`the rating shows ${checked.join() || 'nothing'}`);
        await followLink(page, 'English', { back: true });
        await waitForStep(page, 'values');
        return problems;
      });
    }
    await reporter.check(name(`"${t('outcomes:values.done')}" → ${outcome}, which shows them beside unchanged options`), async () => {
      await pressButton(page, t('outcomes:values.done'), { max: 80 });
      const problems = await stepProblems(page, outcome);
      const section = page.getByRole('region', { name: t('outcomes:values.summaryHeading') });
      const text = await section.textContent();
      for (const words of [t('outcomes:values.statements.liveLonger'), 'My family']) if (!text?.includes(words)) problems.push(`"${words}" is not shown`);
      return problems;
    });
    await reporter.check(name(`"${t('actions.startAgain')}" forgets them with the answers`), async () => {
      await pressButton(page, t('actions.startAgain'), { max: 600 });
      await pressButton(page, t('startAgainConfirm.yes'));
      await waitForStep(page, 'start');
      const kept = await page.evaluate((key) => sessionStorage.getItem(key), storageKey);
      return kept === null ? [] : [`still stored: ${kept}`];
    });
  });
}

/** Q-origin "no": an exit page with no options, what to ask, and the way back to the answer. */
async function exitPage() {
  await inFreshContext('cancer that started elsewhere', async ({ page }, name) => {
    await openApp(page, server.url);
    await pressButton(page, t('actions.startNow'));
    await reporter.check(name(`origin: "${choiceLabel('origin', 'no')}" → notCovered, with no options`), async () => {
      await waitForStep(page, 'origin');
      await answer(page, 'origin', [choiceLabel('origin', 'no')]);
      await pressButton(page, t('actions.continue'));
      const problems = await stepProblems(page, 'notCovered');
      const state = await page.evaluate(() => ({ options: document.querySelectorAll('article').length, text: document.querySelector('main').textContent }));
      if (state.options > 0) problems.push(`${state.options} option cards shown`);
      if (!state.text.includes(t('outcomes:notCovered.askOptions'))) problems.push('no question to ask');
      return problems;
    });
    await axe.run(page, 'notCovered');
    await reporter.check(name(`"${t('outcomes:notCovered.changeAnswer')}" → origin with "No" chosen`), async () => {
      await followLink(page, t('outcomes:notCovered.changeAnswer'));
      const problems = await stepProblems(page, 'origin');
      const checked = await checkedLabels(page, 'origin');
      if (JSON.stringify(checked) !== JSON.stringify([choiceLabel('origin', 'no')])) problems.push(`checked ${JSON.stringify(checked)}`);
      return problems;
    });
  });
}

/** Forged or outdated sessionStorage: the start page, with the notice, and nothing kept. */
async function forgedStorage() {
  const forgeries = {
    'not JSON': '{answers',
    'an unknown question id': JSON.stringify({ schemaVersion, answers: [['origin', 'yes'], ['mood', 'good']] }),
    'a future schemaVersion': JSON.stringify({ schemaVersion: schemaVersion + 1, answers: [['origin', 'yes']] }),
    'the older version without Q-origin': JSON.stringify({ schemaVersion: 1, answers: [['history', 'first']] }),
  };
  for (const [what, stored] of Object.entries(forgeries)) {
    await inFreshContext(`stored answers with ${what}`, async ({ page, context }, name) => {
      await context.addInitScript(
        ({ key, stored }) => {
          if (!sessionStorage.getItem('forged')) {
            sessionStorage.setItem(key, stored);
            sessionStorage.setItem('forged', '1');
          }
        },
        { key: storageKey, stored },
      );
      await reporter.check(name('the start page, with the notice that they could not be used, and nothing kept'), async () => {
        await openApp(page, `${server.url}#/checkAnswers`);
        const problems = await stepProblems(page, 'start', { focusH1: false });
        const notice = await page.getByRole('status').filter({ hasText: t('notices.storedAnswersReset') }).count();
        if (notice !== 1) problems.push('no notice that the stored answers could not be used');
        const kept = await page.evaluate((key) => sessionStorage.getItem(key), storageKey);
        if (kept !== null) problems.push(`still stored: ${kept}`);
        return problems;
      });
    });
  }
}

/** Malformed links, opened and typed on a running page: the first open step with the usual notice. */
async function malformedLinks() {
  for (const hash of ['#/%', '#/%ZZ', '#/history%']) {
    await inFreshContext(`malformed link ${hash}`, async ({ page }, name) => {
      await reporter.check(name('opened: the first open step, with the notice'), async () => {
        await openApp(page, `${server.url}${hash}`);
        const problems = await stepProblems(page, 'origin', { focusH1: false });
        if ((await page.getByRole('status').filter({ hasText: t('notices.stepNotAvailable') }).count()) !== 1) problems.push('no notice');
        return problems;
      });
      await reporter.check(name('typed on a running page: the first open step, with the notice'), async () => {
        await answer(page, 'origin', [choiceLabel('origin', 'yes')]);
        await pressButton(page, t('actions.continue'));
        await stepProblems(page, 'history');
        await page.evaluate((hash) => {
          window.location.hash = hash;
        }, hash);
        const problems = await stepProblems(page, 'history');
        if ((await page.getByRole('status').filter({ hasText: t('notices.stepNotAvailable') }).count()) !== 1) problems.push('no notice');
        return problems;
      });
    });
  }
}

/** A language whose words fail to download: the page stays in the language shown, says so, and Try again works. */
async function languageFailure() {
  const tag = otherLanguages()[0];
  if (!tag) return;
  const nativeName = metaOf(tag).nativeName;
  const localeFiles = new RegExp(`/assets/locale-${tag}-`);
  await inFreshContext(`${tag} words fail to download`, async ({ page, context }, name) => {
    await context.route(localeFiles, (route) => route.fulfill({ status: 404, body: '' }));
    await openApp(page, server.url);
    await stepProblems(page, 'start', { focusH1: false });
    await reporter.check(name(`"${nativeName}": the page stays English, says so, and no language is marked current but English`), async () => {
      await followLink(page, nativeName, { back: true });
      const message = t('language.loadFailed', { language: nativeName });
      await page.getByRole('alert').filter({ hasText: message }).waitFor({ timeout: 5000 });
      const problems = await stepProblems(page, 'start', { focusH1: false });
      return [...problems, ...(await switcherProblems(page, 'en'))];
    });
    await axe.run(page, `start [${tag} failed to load]`);
    await reporter.check(name(`the network comes back: "${t('language.retry')}" → the page in ${tag}`), async () => {
      await context.unroute(localeFiles);
      await pressButton(page, t('language.retry'));
      const problems = await stepProblems(page, 'start', { lng: tag, focusH1: false });
      if ((await page.locator('[role=alert]').count()) > 0) problems.push('the error is still shown');
      return problems;
    });
  }, { allowErrors: true });

  await inFreshContext(`?lng=${tag} whose words fail to download`, async ({ page, context }, name) => {
    await context.route(localeFiles, (route) => route.fulfill({ status: 404, body: '' }));
    await reporter.check(name('English, saying so, with <html lang="en">'), async () => {
      await page.goto(`${server.url}?lng=${tag}`);
      const problems = await stepProblems(page, 'start', { focusH1: false });
      const message = t('language.fellBack', { language: nativeName });
      if ((await page.getByRole('alert').filter({ hasText: message }).count()) !== 1) problems.push(`no message "${message}"`);
      return problems;
    });
  }, { allowErrors: true });
}

/** A script the app starts with fails to load: index.html's own message, never a blank page. */
async function scriptFailure() {
  // Each script the app starts with (src/start.ts, React DOM, main.tsx), one at a time.
  for (const script of ['index', 'reactDom', 'main']) await oneScriptFails(script);
}

async function oneScriptFails(script) {
  await inFreshContext(`the script ${script}-*.js fails to load`, async ({ page, context }, name) => {
    await context.route(new RegExp(`/assets/${script}-[\\w-]+\\.js$`), (route) => route.fulfill({ status: 404, body: '' }));
    await reporter.check(name('the prerendered start page, then (after 4 s) a note that the page could not be loaded'), async () => {
      await page.goto(server.url);
      const problems = [];
      if (!(await page.getByRole('heading', { level: 1, name: t('start.title') }).isVisible())) problems.push('no start page before any script');
      if (await page.getByText('could not be loaded').isVisible()) problems.push('the note shows at once');
      await page.getByText('could not be loaded').waitFor({ state: 'visible', timeout: 6000 }).catch(() => problems.push('it never says the page could not be loaded'));
      return problems;
    });
    await axe.run(page, 'index.html [script failed]');
  }, { allowErrors: true });
}

/** The chart's chunk fails to download (src/app/StartFirst.tsx): Start now says so, never a button that does nothing. */
async function chartFailure() {
  await inFreshContext('the chart fails to load', async ({ page, context }, name) => {
    await context.route(/\/assets\/flow-[\w-]+\.js$/, (route) => route.fulfill({ status: 404, body: '' }));
    await reporter.check(name('Start now shows that the page could not be shown, with Start again'), async () => {
      await openApp(page, server.url);
      await page.getByRole('button', { name: t('actions.startNow') }).press('Enter');
      const problems = [];
      await page.getByRole('heading', { level: 1, name: t('crash.title') }).waitFor({ timeout: 5000 }).catch(() => problems.push('no message that the page could not be shown'));
      if (!(await page.getByRole('button', { name: t('actions.startAgain') }).isVisible())) problems.push('no Start again');
      return problems;
    });
  }, { allowErrors: true });
}

/** About this tool: from the footer with the keyboard, and back to where the person was. */
async function aboutPage() {
  await inFreshContext('About this tool', async ({ page }, name) => {
    await openApp(page, server.url);
    await pressButton(page, t('actions.startNow'));
    await stepProblems(page, 'origin');
    await reporter.check(name(`footer "${t('footer.about')}" → about`), async () => {
      await followLink(page, t('footer.about'), { max: 80 });
      await page.waitForFunction((title) => document.querySelector('h1')?.textContent === title, t('about.title'));
      const state = await page.evaluate(() => ({ hash: window.location.hash, focus: document.activeElement?.tagName, title: document.title }));
      const problems = [];
      if (state.hash !== '#/about') problems.push(`address is ${state.hash}`);
      if (state.focus !== 'H1') problems.push(`focus is on ${state.focus}`);
      if (!state.title.includes(t('about.title'))) problems.push(`title is ${state.title}`);
      return problems;
    });
    await axe.run(page, 'about');
    await reporter.check(name(`"${t('about.back')}" → origin`), async () => {
      await followLink(page, t('about.back'), { max: 80 });
      return stepProblems(page, 'origin');
    });
  });
}

/** Forced colors (Windows High Contrast): the "Why we ask" marker keeps its triangle shape, closed and open. */
async function forcedColors() {
  await inFreshContext('forced colors', async ({ page }, name) => {
    await page.emulateMedia({ forcedColors: 'active' });
    await openApp(page, `${server.url}#/origin`);
    await stepProblems(page, 'origin', { focusH1: false });
    await reporter.check(name('the details marker is clipped to a triangle, pointing right when closed and down when open'), async () => {
      const marker = () =>
        page.evaluate(() => getComputedStyle(document.querySelector('.details__summary'), '::before').clipPath);
      const closed = await marker();
      await page.locator('.details__summary').first().click();
      const open = await marker();
      const problems = [];
      if (!closed.startsWith('polygon')) problems.push(`closed marker clip-path is ${closed}`);
      if (!open.startsWith('polygon') || open === closed) problems.push(`open marker clip-path is ${open}`);
      return problems;
    });
    await axe.run(page, 'origin [forced colors]');
  });
}

// ---------------------------------------------------------------------------------------------
// Every walk runs in a browser context of its own.

/** A walk that stopped on an error it did not expect is a failure of its own. */
function reportStop(error, name) {
  if (!(error instanceof RouteAborted)) reporter.record(name('walk'), [`stopped: ${describeError(error)}`]);
}

/** However a walk ends: report any request off 127.0.0.1 and any console or page error, then close. */
async function closeSession(session, name) {
  await reporter.check(name('no request off 127.0.0.1, no console or page error'), () => session.problems, {
    fatal: false,
  });
  await session.context.close().catch(() => undefined);
}

// ---------------------------------------------------------------------------------------------
// The first screen from HTML (src/prerender.tsx): readable before, or without, any script.

async function firstScreenFromHtml() {
  await inFreshContext(
    'with no script',
    async ({ page }, name) => {
      for (const [hash, title] of [['', t('start.title')], ['#/origin', t('questions:origin.title')]]) {
        await reporter.check(name(`${hash || 'the bare address'} shows "${title}" from the HTML alone`), async () => {
          await page.goto(`${server.url}${hash}`);
          const shown = await page.locator('h1:visible').allTextContents();
          return shown.length === 1 && shown[0] === title ? [] : [`visible headings: ${JSON.stringify(shown)}`];
        });
      }
      await reporter.check(name('Start now, by keyboard, shows the first question from the HTML alone'), async () => {
        await page.goto(server.url);
        await pressButton(page, t('actions.startNow'));
        const shown = await page.locator('h1:visible').allTextContents();
        const title = t('questions:origin.title');
        return shown.length === 1 && shown[0] === title ? [] : [`visible headings after Start now: ${JSON.stringify(shown)}`];
      });
    },
    { contextOptions: { javaScriptEnabled: false } },
  );
  await inFreshContext('the prerendered page taken over', async ({ page, context }, name) => {
    // The app's script arrives 1 s late, so the prerendered heading can be marked before it runs.
    await context.route(/\/assets\/main-[\w-]+\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await route.continue();
    });
    for (const hash of ['', '#/origin']) {
      await reporter.check(name(`${hash || 'the bare address'}: React takes over the prerendered heading instead of drawing it again`), async () => {
        // From another document: a change of fragment alone would not load the page again.
        await page.goto('about:blank');
        await page.goto(`${server.url}${hash}`, { waitUntil: 'commit' });
        await page.locator('h1:visible').waitFor();
        await page.evaluate(() => document.querySelectorAll('h1').forEach((h1) => Object.assign(h1, { prerendered: true })));
        await page.waitForFunction(() => !document.getElementById('page-loading'));
        const after = await page.evaluate(() => ({
          kept: [...document.querySelectorAll('h1')].map((h1) => 'prerendered' in h1),
          roots: document.querySelectorAll('#root').length,
          copies: document.querySelectorAll('.prerendered-step').length,
        }));
        const problems = [];
        if (after.kept.length !== 1 || !after.kept[0]) problems.push(`headings kept from the HTML: ${JSON.stringify(after.kept)}`);
        if (after.roots !== 1 || after.copies !== 0) problems.push(`${after.roots} roots and ${after.copies} prerendered copies left`);
        return problems;
      });
    }
  });
  await inFreshContext('the first frame of #/origin', async ({ page, context }, name) => {
    // Read at the first frame with the page in it, before any script of the app's runs.
    await context.addInitScript(() => {
      const check = () => {
        const root = document.getElementById('root');
        if (!root) return requestAnimationFrame(check);
        Object.assign(window, { firstFrame: { startPageShown: getComputedStyle(root).display !== 'none' } });
      };
      requestAnimationFrame(check);
    });
    for (let visit = 1; visit <= 3; visit += 1) {
      await reporter.check(name(`visit ${visit}: paints the question, never the start page first`), async () => {
        await page.goto('about:blank');
        await page.goto(`${server.url}#/origin`, { waitUntil: 'commit' });
        const frame = await page.waitForFunction(() => /** @type {any} */ (window).firstFrame).then((handle) => handle.jsonValue());
        return frame.startPageShown ? ['the first frame showed the start page'] : [];
      });
    }
  });
  await inFreshContext('Start now pressed before the app has started', async ({ page, context }, name) => {
    await reporter.check(name('the first question shows at once, then works once the app has started'), async () => {
      // The app's script arrives 1.5 s late, as on a slow connection.
      await context.route(/\/assets\/main-[\w-]+\.js$/, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 1500));
        await route.continue();
      });
      await page.goto(server.url, { waitUntil: 'commit' });
      await page.getByRole('button', { name: t('actions.startNow') }).press('Enter');
      const problems = [];
      const title = t('questions:origin.title');
      const early = await page.locator('h1:visible').allTextContents();
      if (early.length !== 1 || early[0] !== title) problems.push(`visible headings before the app: ${JSON.stringify(early)}`);
      await page.waitForFunction(() => !document.getElementById('/origin') && !document.getElementById('page-loading'));
      problems.push(...(await stepProblems(page, 'origin', { focusH1: false })));
      await chooseRadio(page, 'origin', choiceLabel('origin', 'yes'));
      await pressButton(page, t('actions.continue'));
      problems.push(...(await stepProblems(page, 'history')));
      return problems;
    });
  });
  await inFreshContext('the first question opened by its address', async ({ page }, name) => {
    await reporter.check(name('the prerendered copy gives way to the app: one question, one form, working'), async () => {
      await openApp(page, `${server.url}#/origin`);
      const problems = await stepProblems(page, 'origin', { focusH1: false });
      await page.waitForFunction(() => !document.getElementById('/origin') && !document.getElementById('page-loading'));
      if ((await page.locator('h1').count()) !== 1) problems.push(`${await page.locator('h1').count()} headings in the page`);
      await chooseRadio(page, 'origin', choiceLabel('origin', 'yes'));
      await pressButton(page, t('actions.continue'));
      problems.push(...(await stepProblems(page, 'history')));
      return problems;
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Offline after one visit (src/hooks/offline.ts, the service worker of vite.config.ts).

/** Waits until the page is controlled by the service worker and it keeps every namespace of `lng`. */
async function offlineCopyReady(page, lng) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 20_000 });
  await page.waitForFunction(
    async ({ lng, count }) => {
      const name = (await caches.keys()).find((key) => key.includes('languages'));
      if (!name) return false;
      const kept = await (await caches.open(name)).keys();
      return kept.filter((request) => request.url.includes(`/assets/locale-${lng}-`)).length >= count;
    },
    { lng, count: namespaces.length },
    { timeout: 20_000 },
  );
}

/**
 * One visit online (English, then Spanish and back), then no network at all (the server stopped):
 * a reload, a whole route to an outcome, the handout printed, a switch to Spanish, and a switch
 * to a language never downloaded, which says so.
 */
async function offlineAfterOneVisit() {
  const port = new URL(server.url).port;
  await inFreshContext(
    'offline after one visit',
    async ({ page, context, problems }, name) => {
      await reporter.check(name('the first visit keeps the app and its words on the device'), async () => {
        await openApp(page, server.url);
        await offlineCopyReady(page, 'en');
        await followLink(page, metaOf('es').nativeName, { back: true });
        await page.waitForFunction(() => document.documentElement.lang === 'es');
        await offlineCopyReady(page, 'es');
        await followLink(page, metaOf('en').nativeName, { back: true });
        await page.waitForFunction(() => document.documentElement.lang === 'en');
        return [];
      });
      await server.stop();
      await context.setOffline(true);
      await reporter.check(name('with no network, a reload shows the start page'), async () => {
        await page.reload();
        return stepProblems(page, 'start', { focusH1: false });
      });
      await reporter.check(name('with no network, a whole route reaches its outcome'), async () => {
        const problems = [];
        await pressButton(page, t('actions.startNow'));
        for (const [question, choice] of optionsFirst.outcomes.advanced) {
          problems.push(...(await stepProblems(page, question)));
          await chooseRadio(page, question, choiceLabel(question, choice));
          await pressButton(page, t('actions.continue'));
        }
        problems.push(...(await stepProblems(page, 'checkAnswers')));
        await pressButton(page, t('actions.confirm'));
        problems.push(...(await stepProblems(page, 'advanced')));
        return problems;
      });
      await reporter.check(name('with no network, the handout opens and prints'), async () => {
        await followLink(page, t('pageLinks.handout'), { max: 80 });
        await page.waitForFunction((title) => document.querySelector('h1')?.textContent === title, t('outcomes:handout.title'));
        await page.emulateMedia({ media: 'print' });
        const pages = pdfPages(await page.pdf({ format: 'A4' }));
        await page.emulateMedia({ media: 'screen' });
        return pages >= 1 ? [] : ['the handout printed no page'];
      });
      await reporter.check(name('with no network, Spanish (downloaded before) is shown'), async () => {
        await followLink(page, metaOf('es').nativeName, { back: true });
        await page.waitForFunction(() => document.documentElement.lang === 'es');
        const heading = await page.locator('h1').textContent();
        return heading === t('outcomes:handout.title', {}, 'es') ? [] : [`the heading reads "${heading}"`];
      });
      await reporter.check(name('with no network, a language never downloaded says so in the language shown'), async () => {
        const nativeName = metaOf('vi').nativeName;
        await followLink(page, nativeName, { back: true });
        const message = t('language.loadFailed', { language: nativeName }, 'es');
        await page.getByRole('alert').filter({ hasText: message }).waitFor({ timeout: 10_000 });
        const lang = await page.evaluate(() => document.documentElement.lang);
        return lang === 'es' ? [] : [`the page is now in ${lang}`];
      });
      // The browser logs each of that language's files it could not fetch: expected here, and only those.
      const expected = (problem) => /Failed to load resource: net::ERR_FAILED \(.*\/assets\/locale-vi-/.test(problem);
      problems.splice(0, problems.length, ...problems.filter((problem) => !expected(problem)));
    },
    { contextOptions: { serviceWorkers: 'allow' } },
  );
  server = await startServer(Number(port));
}

/** A new version deployed mid-route is offered, never swapped in: the page changes only on Reload, and keeps the answers. */
async function newVersionOffered() {
  const worker = join(root, 'dist', 'sw.js');
  const original = readFileSync(worker, 'utf8');
  try {
    await inFreshContext(
      'a new version',
      async ({ page }, name) => {
        await openApp(page, server.url);
        await offlineCopyReady(page, 'en');
        await pressButton(page, t('actions.startNow'));
        await chooseRadio(page, 'origin', choiceLabel('origin', 'yes'));
        await pressButton(page, t('actions.continue'));
        await stepProblems(page, 'history');
        writeFileSync(worker, `${original}\n// e2e: a new version\n`);
        await reporter.check(name(`is offered ("${t('update.available')}") and the page stays as it is`), async () => {
          await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration?.update()));
          await page.getByRole('status').filter({ hasText: t('update.available') }).waitFor({ timeout: 20_000 });
          return hashOf(page).then((hash) => (hash === '#/history' ? [] : [`the address is ${hash}`]));
        });
        await reporter.check(name(`"${t('update.reload')}" reloads on the same step with the answers kept`), async () => {
          await Promise.all([page.waitForEvent('load'), pressButton(page, t('update.reload'))]);
          const problems = await stepProblems(page, 'history', { focusH1: false });
          await followLink(page, t('actions.back'), { back: true });
          problems.push(...(await stepProblems(page, 'origin')));
          if ((await checkedLabels(page, 'origin')).join() !== choiceLabel('origin', 'yes')) problems.push('the answer to origin was lost');
          if (await page.getByText(t('update.available')).count()) problems.push('the new version is still offered');
          return problems;
        });
      },
      { contextOptions: { serviceWorkers: 'allow' } },
    );
  } finally {
    writeFileSync(worker, original);
  }
}

// ---------------------------------------------------------------------------------------------
// The host's headers (scripts/headers.mjs, served from dist/_headers by scripts/serve.mjs).

/**
 * Every response carries the security headers, compressed when the browser accepts it; the pages
 * most likely to break the policy (an outcome, the handout with its QR code, the overview's map)
 * raise no violation; and no other page can frame the guide.
 */
async function hostHeaders() {
  await reporter.check('host headers: the page and an asset carry every security header, gzip-compressed', async () => {
    const problems = [];
    const page = await fetch(server.url, { headers: { 'Accept-Encoding': 'gzip' } });
    const html = await page.text();
    const script = /<script[^>]+src="\.\/([^"]+)"/.exec(html)?.[1];
    const asset = script ? await fetch(new URL(script, server.url), { headers: { 'Accept-Encoding': 'gzip' } }) : undefined;
    if (!asset?.ok) problems.push(`the entry script ${script ?? '(not found in index.html)'} did not load`);
    /** @type {[string, Response | undefined][]} */
    const responses = [['index.html', page], ['the entry script', asset]];
    for (const [what, response] of responses) {
      if (!response) continue;
      for (const [name, value] of Object.entries(securityHeaders)) {
        if (response.headers.get(name) !== value) problems.push(`${what}: ${name} is ${response.headers.get(name) ?? 'missing'}`);
      }
      if (response.headers.get('content-encoding') !== 'gzip') problems.push(`${what} is not gzip-compressed`);
    }
    if (!/immutable/.test(asset?.headers.get('cache-control') ?? '')) problems.push('the entry script is not cached as immutable');
    if (page.headers.get('cache-control') !== 'no-cache') problems.push(`index.html: Cache-Control is ${page.headers.get('cache-control')}`);
    return problems;
  });

  await inFreshContext('host headers', async ({ page }, name) => {
    await page.addInitScript(() => {
      const seen = [];
      Object.defineProperty(window, 'e2eViolations', { value: seen });
      document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
    await reporter.check(name('an outcome, the handout with its QR code and the overview raise no policy violation'), async () => {
      await openFromStored(page, optionsFirst.outcomes.advanced, 'advanced');
      await followLink(page, t('pageLinks.handout'), { max: 80 });
      await tickCheckbox(page, null, t('outcomes:handout.qrLabel'));
      await page.locator('.handout .qr-code').waitFor();
      await openApp(page, `${server.url}#/overview`);
      await page.locator('.decision-map svg, svg').first().waitFor();
      return page.evaluate(() => /** @type {string[]} */ (/** @type {any} */ (window).e2eViolations));
    });
  });

  await inFreshContext(
    'framed by another page',
    async ({ page }, name) => {
      await reporter.check(name('the guide does not load inside another page\'s frame'), async () => {
        await page.setContent(`<iframe src="${server.url}" title="framed"></iframe>`);
        await sleep(1000);
        const frame = page.frames().find((f) => f !== page.mainFrame());
        if (!frame) return ['no frame was made'];
        // Chromium shows its own error page in a frame it refused: the guide's heading is not there.
        const heading = await frame.locator('h1').first().textContent({ timeout: 1000 }).catch(() => null);
        return heading === t('start.title') ? [`the framed page shows "${heading}" (${frame.url()}): it was allowed to load`] : [];
      });
    },
    { allowErrors: true },
  );
}

// ---------------------------------------------------------------------------------------------
// Main: runs last, once every function and table of this file is defined.

// Stop the server however this process ends (an uncaught error, a signal), not only in the
// `finally` below.
process.on('exit', () => server?.stop());
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server?.stop();
    if (browserHandle) rmSync(browserHandle.tempDir, { recursive: true, force: true, maxRetries: 3 });
    console.log(`FAIL interrupted by ${signal}`);
    console.log(`${reporter.passed} passed, ${reporter.failed + 1} failed`);
    process.exit(1);
  });
}

try {
  if (process.env.E2E_SKIP_BUILD !== '1') {
    await reporter.check('build: npx vite build', () => buildApp());
  }
  server = await startServer(await freePort(4317));
  browserHandle = await launchBrowser();
  /** @type {[string, () => Promise<void>][]} */
  const parts = [
    ['routes', async () => { for (const route of routes) await walk(route); }],
    ['deepLink', deepLink],
    ['exitPage', exitPage],
    ['forgedStorage', forgedStorage],
    ['malformedLinks', malformedLinks],
    ['aboutPage', aboutPage],
    ['forcedColors', forcedColors],
    ['scriptFailure', scriptFailure],
    ['chartFailure', chartFailure],
    ['languageFailure', languageFailure],
    ['languageWalks', async () => { for (const [tag, route] of languageWalks()) await walk(route, tag); }],
    ['switchMidRoute', switchMidRoute],
    ['mirrored', async () => { for (const tag of otherLanguages().filter((tag) => metaOf(tag).dir === 'rtl')) await mirrored(tag); }],
    ['optionsFirst', async () => { for (const tag of ['en', ...otherLanguages()]) await optionsFirstOnAPhone(tag); }],
    ['whatMatters', whatMatters],
    ['handouts', handouts],
    ['sharedLinkOpens', sharedLinkOpens],
    ['overviewAndMap', overviewAndMap],
    ['newPagesInEveryLanguage', newPagesInEveryLanguage],
    ['glossaryFromAResult', glossaryFromAResult],
    ['changeFromAResult', changeFromAResult],
    ['rememberOnThisDevice', rememberOnThisDevice],
    ['hostHeaders', hostHeaders],
    ['firstScreenFromHtml', firstScreenFromHtml],
    ['offlineAfterOneVisit', offlineAfterOneVisit],
    ['newVersionOffered', newVersionOffered],
  ];
  // E2E_ONLY=handouts,overviewAndMap runs only those parts (while working on them); CI runs all.
  const only = process.env.E2E_ONLY?.split(',');
  for (const [part, run] of parts) if (!only || only.includes(part)) await run();
} catch (error) {
  if (!(error instanceof RouteAborted)) {
    reporter.record('suite', [`crashed: ${describeError(error)}`]);
    console.log(error instanceof Error ? error.stack : String(error));
  }
} finally {
  await browserHandle?.close().catch((error) => reporter.record('close the browser', [describeError(error)]));
  server?.stop();
}

console.log(`# ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(reporter.summary());
process.exit(reporter.failed > 0 ? 1 : 0);
