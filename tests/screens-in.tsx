// Every step of the generated paths, and the outcome pages that together show every part of every
// outcome page, in every shipped language, as after a reload (answers stored, the address opened):
// no missing key (tests/setup.ts), no English left on screen, <html lang dir> right. axe-core runs
// on each step in English, and in each other language on one screen of each kind (a question, an
// outcome of one group, a "not sure" outcome, the summary…): the roles, names and structure come
// from the same components whatever the variant or the language, and what a language can break
// (an empty or missing text, lang, dir) is checked on every screen above. The browser suite runs
// axe on every route in every language, with the rules that need a real layout (colour contrast,
// target size, scrollable regions). The routing itself is walked once, in English, by
// tests/model-paths.tsx: it is the same in every language. The languages are checked in two files
// (tests/screens.test.tsx, tests/screens-2.test.tsx), one per core.
import { screen } from '@testing-library/react';
import axe from 'axe-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outcomeView } from '../src/content/outcomes';
import { serializeAnswers, storageKey } from '../src/flow/persistence';
import type { Answers } from '../src/flow/answers';
import type { OutcomeId, StepId } from '../src/flow/steps';
import { i18next } from '../src/i18n/i18n';
import { languages } from '../src/i18n/languages';
import { coveringPaths, partsShown, type WizardSnapshot } from './model';
import { englishLeftOnScreen, renderApp, wordsIn } from './render';

type Screen = { step: StepId; answers: Answers; firstOfItsKind: boolean; firstOfItsStep: boolean };

/**
 * One screen per step, and as few more outcome pages as show every part of every outcome page
 * (each note, option, question to ask… that some answers show: partsShown), all from the covering
 * paths. The first screen of each step is marked, and the first of each kind: its tag, and for
 * outcomes whether the page is one group's or a "not sure" page of several.
 */
function distinctScreens(): [string, Screen][] {
  const states = coveringPaths().flatMap((path) => path.steps.map(({ state }) => state));
  const chosen = new Map<string, WizardSnapshot>();
  for (const state of states) if (!chosen.has(state.value)) chosen.set(state.value, state);
  // Then the outcome page that shows the most parts not yet shown, until every part is.
  const unshown = new Set(states.flatMap(partsShown));
  [...chosen.values()].flatMap(partsShown).forEach((part) => unshown.delete(part));
  while (unshown.size > 0) {
    const newParts = (state: WizardSnapshot) => partsShown(state).filter((part) => unshown.has(part)).length;
    const best = states.reduce((a, b) => (newParts(b) > newParts(a) ? b : a));
    chosen.set(`${best.value} ${JSON.stringify(best.context.answers)}`, best);
    partsShown(best).forEach((part) => unshown.delete(part));
  }
  const kinds = new Set<string>();
  return [...chosen].map(([key, state]) => {
    const firstOfItsStep = key === state.value;
    const step = state.value;
    const view = state.hasTag('outcome') ? outcomeView(step as OutcomeId, state.context.answers) : undefined;
    const kind = `${[...state.tags].join(' ')}${view?.possible ? ' not sure' : ''}`;
    const firstOfItsKind = !kinds.has(kind);
    kinds.add(kind);
    return [key.length > 60 ? `${key.slice(0, 57)}...` : key, { step, answers: state.context.answers, firstOfItsKind, firstOfItsStep }];
  });
}
const screens = distinctScreens();

async function expectNoViolations() {
  const results = await axe.run(document.body, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    // Rules that measure a layout, which jsdom does not have: the browser suite runs them.
    rules: Object.fromEntries(['color-contrast', 'target-size', 'scrollable-region-focusable'].map((id) => [id, { enabled: false }])),
  });
  const found = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(found).toEqual([]);
}

/** Every screen in each of `tags` (a part of the shipped languages). */
export function checkScreensIn(tags: readonly string[]) {
  describe.each(tags)('every screen in %s', (language) => {
    const words = wordsIn(language);
    beforeAll(() => i18next.changeLanguage(language));
    afterAll(() => i18next.changeLanguage('en'));

    it.each(screens)('%s', async (_key, { step, answers, firstOfItsKind, firstOfItsStep }) => {
      window.sessionStorage.setItem(storageKey, serializeAnswers(answers));
      await renderApp(`#/${step}`);
      expect(window.location.hash).toBe(`#/${step}`);
      expect(document.documentElement.lang).toBe(language);
      expect(document.documentElement.dir).toBe(languages[language]?.dir);
      expect(englishLeftOnScreen(language)).toEqual([]);
      if (language === 'en' ? firstOfItsStep : firstOfItsKind) await expectNoViolations();
    });

    it.each(['glossary', 'overview', 'handout', 'about'])('the %s page, opened from a result, shows no English left and, in English, has no axe violation', async (page) => {
      window.sessionStorage.setItem(storageKey, serializeAnswers({ origin: 'yes', history: 'first', stage: 'four', liverFunction: 'a', drugLine: 'no' }));
      await renderApp(`#/${page}`);
      await screen.findByRole('heading', { level: 1, name: new RegExp(words(page === 'about' ? 'about.title' : `outcomes:${page === 'glossary' ? 'glossaryPage' : page}.title`).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }, { timeout: 10000 });
      expect(englishLeftOnScreen(language)).toEqual([]);
      if (language === 'en') await expectNoViolations();
    });

    it('a question with an error has no axe violation', async () => {
      const { user } = await renderApp('#/origin');
      await user.click(screen.getByRole('button', { name: words('actions.continue') }));
      expect(screen.getByRole('alert')).toBeInTheDocument();
      expect(englishLeftOnScreen(language)).toEqual([]);
      if (language === 'en') await expectNoViolations();
    });

    it('the calculator with errors at its fields has no axe violation', async () => {
      window.sessionStorage.setItem(storageKey, serializeAnswers({ origin: 'yes', history: 'first', stage: 'four' }));
      const { user } = await renderApp('#/childPughCalculator');
      await screen.findByRole('heading', { level: 1, name: words('calculator:title') });
      await user.type(screen.getByRole('textbox', { name: words('calculator:fields.albumin.label') }), '35');
      await user.click(screen.getByRole('button', { name: words('calculator:calculate') }));
      expect(screen.getByRole('alert')).toBeInTheDocument();
      expect(englishLeftOnScreen(language)).toEqual([]);
      if (language === 'en') await expectNoViolations();
    });
  });
}
