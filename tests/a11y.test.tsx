// axe-core, called directly, on every screen of the wizard in every language in jsdom (colour contrast needs a real
// browser's layout: the browser suite checks it). Each screen is reached by opening its address
// with answers stored, as after a reload.
import { screen } from '@testing-library/react';
import axe from 'axe-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeAnswers, storageKey } from '../src/flow/persistence';
import { stepIds, type StepId } from '../src/flow/steps';
import { coveringPaths } from './model';
import { i18next } from '../src/i18n/i18n';
import { renderApp, shippedLanguages, wordsIn } from './render';

/** For each step, the answers of the first generated path that shows it. */
const answersFor = new Map<StepId, object>();
for (const path of coveringPaths()) {
  for (const { state } of path.steps) {
    if (!answersFor.has(state.value)) answersFor.set(state.value, state.context.answers);
  }
}

async function expectNoViolations() {
  const results = await axe.run(document.body, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    rules: { 'color-contrast': { enabled: false } },
  });
  const found = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(found).toEqual([]);
}

describe.each(shippedLanguages)('no axe violations in %s', (language) => {
  const words = wordsIn(language);
  beforeAll(() => i18next.changeLanguage(language));
  afterAll(() => i18next.changeLanguage('en'));

  it.each(stepIds)('on the %s screen', async (step) => {
    window.sessionStorage.setItem(storageKey, serializeAnswers(answersFor.get(step) ?? {}));
    await renderApp(`#/${step}`);
    expect(window.location.hash).toBe(`#/${step}`);
    await expectNoViolations();
  });

  it('on a question with an error', async () => {
    const { user } = await renderApp('#/origin');
    await user.click(screen.getByRole('button', { name: words('actions.continue') }));
    expect(screen.getByRole('alert')).toBeInTheDocument();
    await expectNoViolations();
  });

  it('on the calculator with errors at its fields', async () => {
    window.sessionStorage.setItem(storageKey, serializeAnswers({ origin: 'yes', history: 'first', stage: 'four' }));
    const { user } = await renderApp('#/childPughCalculator');
    await user.type(screen.getByRole('textbox', { name: words('calculator:fields.albumin.label') }), '35');
    await user.click(screen.getByRole('button', { name: words('calculator:calculate') }));
    expect(screen.getByRole('alert')).toBeInTheDocument();
    await expectNoViolations();
  });
});
