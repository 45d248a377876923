// Real-browser suite: builds the app, serves it with `vite preview`, and walks every route of
// tests/e2e/routes.mjs in Chromium with the keyboard only, checking each step (address, h1,
// title, focus), axe on every distinct screen, Back/Forward, reload, deep links, Start again,
// the Child-Pugh calculator, a 320 px wide screen, and that nothing leaves 127.0.0.1.
// Usage: npm run test:e2e   (E2E_SKIP_BUILD=1 to serve the existing dist/; CHROME_PATH to pick Chromium)
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
  followLink,
  freePort,
  horizontalOverflow,
  launchBrowser,
  openSession,
  pressButton,
  startServer,
  stepProblems,
  stepTitle,
  t,
  tabTo,
  templatePattern,
  tickCheckbox,
  typeInto,
  waitForStep,
} from './lib.mjs';
import { rmSync } from 'node:fs';
import { routes } from './routes.mjs';

const storageKey = 'liver-cancer-navigator/answers';
const started = Date.now();
const reporter = new Reporter();
const axe = new AxeChecker(reporter);
let server;
let browserHandle;

// ---------------------------------------------------------------------------------------------
// One route, from the first question to its outcome and the scenarios after it.

async function walk(route) {
  const session = await openSession(browserHandle.browser, server.url, route.context);
  const { page } = session;
  const name = (what) => `${route.name}: ${what}`;
  const extra = async () => (route.maxWidth ? horizontalOverflow(page, route.maxWidth) : []);
  try {
    await reporter.check(name('opens on the first question'), async () => {
      await page.goto(server.url);
      const problems = await stepProblems(page, 'history', { focusH1: false });
      if (route.context?.reducedMotion) {
        const reduced = await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches);
        if (!reduced) problems.push('prefers-reduced-motion: reduce is not in effect');
      }
      return [...problems, ...(await extra())];
    });
    await axe.run(page, 'history');

    for (const [index, step] of route.steps.entries()) {
      const next = route.steps[index + 1]?.question ?? 'checkAnswers';
      if (step.before) await scenarios[step.before](session, route, index, name);
      if (step.emptyFirst) await continueWithNoAnswer(session, step.question, name);
      if (step.calculator) {
        await useCalculator(session, step.calculator, name, extra);
        await reporter.check(name(`${step.question}: Continue → ${next}`), async () => {
          await pressButton(page, t('actions.continue'));
          return [...(await stepProblems(page, next)), ...(await extra())];
        });
      } else {
        const labels = [step.choose].flat().map((choice) => choiceLabel(step.question, choice));
        await reporter.check(name(`${step.question}: "${labels.join('" + "')}" → ${next}`), async () => {
          await answer(page, step.question, labels);
          await pressButton(page, t('actions.continue'));
          return [...(await stepProblems(page, next)), ...(await extra())];
        });
      }
      await axe.run(page, next === 'checkAnswers' ? checkAnswersKey(route) : next);
    }

    await reporter.check(name('check your answers lists every answer'), () => summaryProblems(page, route));
    await reporter.check(name(`"${t('actions.confirm')}" → ${route.outcome}`), async () => {
      await pressButton(page, t('actions.confirm'));
      return [...(await stepProblems(page, route.outcome)), ...(await extra())];
    });
    await reporter.check(name('outcome shows the words for these answers'), () => outcomeTextProblems(page, route), {
      fatal: false,
    });
    await axe.run(page, `${route.outcome} [${route.name}]`);
    for (const after of route.after ?? []) await scenarios[after](session, route, route.steps.length, name);
  } catch (error) {
    if (!(error instanceof RouteAborted)) reporter.record(name('walk'), [`stopped: ${describeError(error)}`]);
  } finally {
    await reporter.check(name('no request off 127.0.0.1, no console or page error'), () => session.problems, {
      fatal: false,
    });
    await session.context.close().catch(() => undefined);
  }
}

const checkAnswersKey = (route) =>
  route.steps.some((s) => s.question === 'history' && s.choose === 'notSure')
    ? 'checkAnswers [with the recurrence note]'
    : 'checkAnswers';

/** Chooses radios or ticks checkboxes, keyboard only. */
async function answer(page, question, labels) {
  const isCheckbox = await page.evaluate((q) => document.querySelector(`input[name="${q}"]`)?.type === 'checkbox', question);
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

async function continueWithNoAnswer({ page }, question, name) {
  const message = t(`questions:${question}.error`);
  await reporter.check(name(`${question}: Continue with no answer shows the error summary`), async () => {
    await pressButton(page, t('actions.continue'));
    const problems = await errorProblems(page, question, [message]);
    const fieldError = await page.evaluate((id) => document.getElementById(id)?.textContent ?? '', `${question}-error`);
    if (!fieldError.includes(message)) problems.push('no error message at the question');
    return problems;
  });
  await axe.run(page, `${question} [error]`);
  await reporter.check(name(`${question}: the error link takes focus to the first choice`), async () => {
    await followLink(page, message);
    const now = await focused(page);
    const first = await page.evaluate((q) => document.querySelector(`input[name="${q}"]`)?.id, question);
    return now.id === first ? [] : [`focus is on ${now.tag} ${now.id ?? ''}, expected #${first}`];
  });
}

async function summaryProblems(page, route) {
  await waitForStep(page, 'checkAnswers');
  const rows = await page.evaluate(() =>
    [...document.querySelectorAll('.summary-list__row')].map((row) => ({
      key: row.querySelector('dt')?.textContent.trim(),
      values: [...row.querySelectorAll('.summary-list__item')].map((v) => v.textContent.trim()),
    })),
  );
  const expected = route.steps.map((step) => ({
    key: t(`questions:${step.question}.summaryLabel`),
    values: step.calculator
      ? [choiceLabel('liverFunction', step.calculator.childPughClass)]
      : [step.choose].flat().map((c) => choiceLabel(step.question, c)),
  }));
  const problems = [];
  if (JSON.stringify(rows) !== JSON.stringify(expected)) {
    problems.push(`summary is ${JSON.stringify(rows)}, expected ${JSON.stringify(expected)}`);
  }
  const noteExpected = checkAnswersKey(route) !== 'checkAnswers';
  const hasNote = await page.getByRole('link', { name: t('outcomes:ifRecurrent.link'), exact: true }).count();
  if (noteExpected !== hasNote > 0) problems.push(`recurrence note link ${hasNote ? 'shown' : 'missing'}`);
  return problems;
}

async function outcomeTextProblems(page, route) {
  const text = (await page.locator('main').textContent()).replace(/\s+/g, ' ');
  const problems = [];
  for (const key of route.present ?? []) if (!text.includes(t(key))) problems.push(`missing ${key}`);
  for (const key of route.absent ?? []) if (text.includes(t(key))) problems.push(`shows ${key}`);
  return problems;
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
    const unitLabel = `${field('bilirubin')}: ${t('calculator:unit')}`;
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
      message: document.getElementById('albumin-error')?.textContent ?? '',
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
      const value = await page.evaluate(() => document.getElementById('albumin').value);
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

  /** "Start again" on an outcome: the first question, nothing chosen, nothing stored. */
  async startAgain({ page }, route, index, name) {
    await reporter.check(name(`"${t('actions.startAgain')}" → history with no answer chosen`), async () => {
      await pressButton(page, t('actions.startAgain'), { max: 200 });
      const problems = await stepProblems(page, 'history');
      const checked = await checkedLabels(page, 'history');
      if (checked.length > 0) problems.push(`still chosen: ${JSON.stringify(checked)}`);
      const stored = await page.evaluate((key) => sessionStorage.getItem(key), storageKey);
      if (stored !== null) problems.push(`answers still stored: ${stored}`);
      return problems;
    });
  },

  /** From the unresectable outcome: "If treatment shrinks the tumor", and back to the result. */
  async downstaging(session, route, index, name) {
    await referencePage(session, route, name, 'downstaging', t('outcomes:downstagingLink'));
  },

  /** History "not sure": the link to the recurrent options, and back to the result. */
  async ifRecurrent(session, route, index, name) {
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
        await page.goto(`${server.url}#/advanced`);
        const problems = await stepProblems(page, 'history', { focusH1: false });
        const notice = await page.getByRole('status').filter({ hasText: t('notices.stepNotAvailable') }).count();
        if (notice !== 1) problems.push('no notice that the page needs earlier answers');
        if ((await page.locator('h1').textContent()).includes(stepTitle('advanced'))) {
          problems.push('the advanced outcome is shown');
        }
        return problems;
      },
      { fatal: false },
    );
    await axe.run(page, 'history [notice: step not available]');
  } finally {
    await reporter.check('deep link: no request off 127.0.0.1, no console or page error', () => session.problems, {
      fatal: false,
    });
    await session.context.close().catch(() => undefined);
  }
}

// ---------------------------------------------------------------------------------------------
// Main: runs last, once every function and table of this file is defined.

// The server runs in its own process group: stop it however this process ends (an uncaught
// error, a signal), not only in the `finally` below. stop() is synchronous and idempotent.
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
  for (const route of routes) await walk(route);
  await deepLink();
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
