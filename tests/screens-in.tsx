// Every distinct screen of the generated paths, in every shipped language, as after a reload
// (answers stored, the address opened): no missing key (tests/setup.ts), no English left on
// screen, <html lang dir> right. axe-core runs on every step in English, and in each other
// language on one screen of each kind (a question, an outcome of one group, a "not sure" outcome,
// the summary…): the roles, names and structure come from the same components whatever the
// variant or the language, and what a language can break (an empty or missing text, lang, dir) is
// checked on every screen above. The browser suite runs axe on every route in every language, with the rules that
// need a real layout (colour contrast, target size, scrollable regions). The routing itself is
// walked once, in English, by tests/model-paths.tsx: it is the same in every language. The
// languages are checked in two files (tests/screens.test.tsx, tests/screens-2.test.tsx), one per core.
import { screen } from '@testing-library/react';
import axe from 'axe-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outcomeView } from '../src/content/outcomes';
import { serializeAnswers, storageKey } from '../src/flow/persistence';
import type { Answers } from '../src/flow/answers';
import { outcomeIds, type OutcomeId, type StepId } from '../src/flow/steps';
import { i18next } from '../src/i18n/i18n';
import { languages } from '../src/i18n/languages';
import { coveringPaths } from './model';
import { englishLeftOnScreen, renderApp, wordsIn } from './render';

type Screen = { step: StepId; answers: Answers; firstOfItsKind: boolean; firstOfItsStep: boolean };

/**
 * One screen per step, and one per distinct outcome page (the same outcome differs with the
 * answers). The first screen of each kind is marked: its tag, and for outcomes whether the page
 * is one group's or a "not sure" page of several.
 */
function distinctScreens(): [string, Screen][] {
  const found = new Map<string, Screen>();
  const kinds = new Set<string>();
  for (const path of coveringPaths()) {
    for (const { state } of path.steps) {
      const step = state.value;
      const { answers } = state.context;
      const view = (outcomeIds as readonly string[]).includes(step) ? outcomeView(step as OutcomeId, answers) : undefined;
      const key = view ? `${step} ${JSON.stringify(view)}` : step;
      if (found.has(key)) continue;
      const kind = `${[...state.tags].join(' ')}${view?.possible ? ' not sure' : ''}`;
      const firstOfItsStep = ![...found.values()].some((screen) => screen.step === step);
      found.set(key, { step, answers, firstOfItsKind: !kinds.has(kind), firstOfItsStep });
      kinds.add(kind);
    }
  }
  return [...found.entries()].map(([key, screen]) => [key.length > 60 ? `${key.slice(0, 57)}...` : key, screen]);
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
    // Every outcome variant in English (a key built at run time that English lacks shows there);
    // one screen per step in each other language: i18n:check holds every language to English's keys.
    const shown = language === 'en' ? screens : screens.filter(([, screen]) => screen.firstOfItsStep);
    beforeAll(() => i18next.changeLanguage(language));
    afterAll(() => i18next.changeLanguage('en'));

    it.each(shown)('%s', async (_key, { step, answers, firstOfItsKind, firstOfItsStep }) => {
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
