// How the wizard behaves around the questions: errors, focus, titles, the address, Back and
// Forward, reload, start again, and bad stored state or links.
import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ErrorBoundary } from '../src/app/ErrorBoundary';
import { serializeAnswers, storageKey } from '../src/flow/persistence';
import { storage as facts } from '../src/facts.mjs';
import { begin, continueWith, en, heading, renderApp, renderStartFirst } from './render';

const q = (key: string) => en(`questions:${key}`);

describe('a question page', () => {
  it('shows an error summary and an inline message when Continue has no answer, and keeps the page', async () => {
    const { user } = await renderApp();
    await begin(user);
    await user.click(screen.getByRole('button', { name: en('actions.continue') }));
    const summary = screen.getByRole('alert');
    expect(summary).toHaveTextContent(q('history.error'));
    expect(summary).toHaveFocus();
    expect(document.title.startsWith('Error:')).toBe(true);
    expect(screen.getByRole('group', { name: q('history.title') })).toHaveAccessibleDescription(
      expect.stringContaining(q('history.error')),
    );
    await user.click(screen.getByRole('link', { name: q('history.error') }));
    expect(screen.getByLabelText(q('history.choices.first'))).toHaveFocus();
    await continueWith(user, q('history.choices.first'));
    expect(heading()).toHaveTextContent(q('stage.title'));
  });

  it('moves focus to the new heading and names the step in the title, and announces it only once', async () => {
    const { user } = await renderApp();
    await begin(user);
    await continueWith(user, q('history.choices.first'));
    expect(heading()).toHaveFocus();
    expect(document.title).toBe(en('service.titlePattern', { page: q('stage.title') }));
    // Focus on the h1 is what a screen reader reads out; a live region naming the page as well
    // would announce every step twice. (The footer's status region stays empty until the person
    // turns remembering on or off.)
    for (const region of screen.queryAllByRole('status')) expect(region).toBeEmptyDOMElement();
  });

  it('lets "None of these" and "I\'m not sure" stand alone among the checkboxes', async () => {
    window.sessionStorage.setItem(storageKey, serializeAnswers({ origin: 'yes', history: 'first', stage: 'early', liverHealth: 'healthy' }));
    const { user } = await renderApp('#/barriers');
    await user.click(screen.getByLabelText(q('barriers.choices.tooLarge')));
    await user.click(screen.getByLabelText(q('barriers.choices.several')));
    await user.click(screen.getByLabelText(q('barriers.choices.none')));
    expect(screen.getByLabelText(q('barriers.choices.tooLarge'))).not.toBeChecked();
    expect(screen.getByLabelText(q('barriers.choices.none'))).toBeChecked();
    await user.click(screen.getByLabelText(q('barriers.choices.unfit')));
    expect(screen.getByLabelText(q('barriers.choices.none'))).not.toBeChecked();
  });
});

describe('the start page of a visit that begins there, drawn before the chart has arrived', () => {
  it('Start now opens the first question, at its own address, with focus on its heading, and Back returns', async () => {
    const { user } = await renderStartFirst();
    expect(heading()).toHaveTextContent(en('start.title'));
    await user.click(screen.getByRole('button', { name: en('actions.startNow') }));
    await waitFor(() => expect(heading()).toHaveTextContent(q('origin.title')));
    expect(heading()).toHaveFocus();
    expect(window.location.hash).toBe('#/origin');
    await continueWith(user, q('origin.choices.yes'));
    expect(heading()).toHaveTextContent(q('history.title'));
    window.history.back();
    await waitFor(() => expect(heading()).toHaveTextContent(q('origin.title')));
    expect(screen.getByLabelText(q('origin.choices.yes'))).toBeChecked();
  });

  it('a link in the footer opens its page, and Back then shows the start page', async () => {
    const { user } = await renderStartFirst();
    await user.click(screen.getByRole('link', { name: en('footer.about') }));
    await waitFor(() => expect(window.location.hash).toBe('#/about'));
    await waitFor(() => expect(heading()).not.toHaveTextContent(en('start.title')));
    expect(heading()).toHaveFocus();
    window.history.back();
    await waitFor(() => expect(heading()).toHaveTextContent(en('start.title')));
  });

  it('keeps the answers on this device when the person ticks Remember on the start page', async () => {
    const { user } = await renderStartFirst();
    await user.click(screen.getByRole('checkbox', { name: en('remember.label') }));
    await user.click(screen.getByRole('button', { name: en('actions.startNow') }));
    await waitFor(() => expect(heading()).toHaveTextContent(q('origin.title')));
    expect(screen.getByRole('checkbox', { name: en('remember.label') })).toBeChecked();
    await continueWith(user, q('origin.choices.yes'));
    expect(window.localStorage.getItem(storageKey)).toContain('origin');
    expect(window.sessionStorage.getItem(storageKey)).toBeNull();
    window.localStorage.removeItem(facts.rememberKey);
    window.localStorage.removeItem(storageKey);
  });
});

describe('the address and browser history', () => {
  it('gives each step its own address, and Back and Forward keep every answer', async () => {
    const { user } = await renderApp();
    await begin(user);
    await continueWith(user, q('history.choices.first'));
    await continueWith(user, q('stage.choices.notSure'));
    expect(window.location.hash).toBe('#/spread');
    window.history.back();
    await waitFor(() => expect(heading()).toHaveTextContent(q('stage.title')));
    expect(screen.getByLabelText(q('stage.choices.notSure'))).toBeChecked();
    window.history.back();
    await waitFor(() => expect(heading()).toHaveTextContent(q('history.title')));
    expect(screen.getByLabelText(q('history.choices.first'))).toBeChecked();
    window.history.forward();
    await waitFor(() => expect(heading()).toHaveTextContent(q('stage.title')));
    expect(screen.getByLabelText(q('stage.choices.notSure'))).toBeChecked();
  });

  it('sends a link to a step whose earlier answers are missing to the first unanswered question', async () => {
    await renderApp('#/advanced');
    expect(heading()).toHaveTextContent(q('origin.title'));
    expect(window.location.hash).toBe('#/origin');
    expect(screen.getByText(en('notices.stepNotAvailable'))).toBeInTheDocument();
  });

  it.each(['#/%', '#/%ZZ', '#/history%'])('opens a malformed link %s on the first open step, with the notice', async (hash) => {
    window.sessionStorage.setItem(storageKey, serializeAnswers({ origin: 'yes', history: 'first' }));
    await renderApp(hash);
    expect(heading()).toHaveTextContent(q('stage.title'));
    expect(window.location.hash).toBe('#/stage');
    expect(screen.getByText(en('notices.stepNotAvailable'))).toBeInTheDocument();
  });

  it.each(['#/%', '#/%ZZ', '#/history%'])('follows a malformed link %s typed on a running page to the first open step', async (hash) => {
    const { user } = await renderApp();
    await begin(user);
    window.location.hash = hash;
    await waitFor(() => expect(window.location.hash).toBe('#/history'));
    expect(heading()).toHaveTextContent(q('history.title'));
    expect(screen.getByText(en('notices.stepNotAvailable'))).toBeInTheDocument();
  });

  it('sends a link to an unknown step to the first unanswered question', async () => {
    window.sessionStorage.setItem(storageKey, serializeAnswers({ origin: 'yes', history: 'recurrent' }));
    await renderApp('#/no-such-step');
    expect(heading()).toHaveTextContent(q('recurrenceSite.title'));
  });
});

describe('answers kept in the browser', () => {
  it('keeps the place and the answers after a reload', async () => {
    const first = await renderApp();
    await begin(first.user);
    await continueWith(first.user, q('history.choices.recurrent'));
    await continueWith(first.user, q('recurrenceSite.choices.local'));
    first.unmount();
    await renderApp(window.location.hash);
    expect(heading()).toHaveTextContent(q('firstTreatment.title'));
    window.history.back();
    await waitFor(() => expect(heading()).toHaveTextContent(q('recurrenceSite.title')));
    expect(screen.getByLabelText(q('recurrenceSite.choices.local'))).toBeChecked();
  });

  it('keeps only a versioned list of answers, and what matters to the person', async () => {
    const { user } = await renderApp();
    await begin(user);
    await continueWith(user, q('history.choices.first'));
    expect(JSON.parse(window.sessionStorage.getItem(storageKey) ?? 'null')).toEqual({
      schemaVersion: 3,
      answers: [
        ['origin', 'yes'],
        ['history', 'first'],
      ],
      values: { ratings: [], other: '' },
    });
  });

  it.each([
    ['not JSON', '{answers'],
    ['from an older version', JSON.stringify({ schemaVersion: 1, answers: [['history', 'first']] })],
    ['from a newer version', JSON.stringify({ schemaVersion: 3, answers: [['origin', 'yes']] })],
    ['with an unknown question', JSON.stringify({ schemaVersion: 2, answers: [['origin', 'yes'], ['mood', 'good']] })],
    ['with extra keys', JSON.stringify({ schemaVersion: 2, answers: [['origin', 'yes']], step: 'advanced' })],
    ['with an impossible answer', JSON.stringify({ schemaVersion: 2, answers: [['stage', 'seven']] })],
    ['with an answer off the route', JSON.stringify({ schemaVersion: 2, answers: [['origin', 'yes'], ['history', 'first'], ['recurrenceSite', 'local']] })],
  ])('starts cleanly, with a notice, from stored answers %s', async (_name, stored) => {
    window.sessionStorage.setItem(storageKey, stored);
    await renderApp('#/checkAnswers');
    expect(heading()).toHaveTextContent(en('start.title'));
    expect(screen.getByText(en('notices.storedAnswersReset'))).toBeInTheDocument();
    expect(window.sessionStorage.getItem(storageKey)).toBeNull();
  });

  it('forgets every answer on Start again', async () => {
    window.sessionStorage.setItem(
      storageKey,
      serializeAnswers({ origin: 'yes', history: 'first', stage: 'notSure', spread: 'notSure' }),
    );
    const { user } = await renderApp('#/spreadUnknown');
    await user.click(screen.getByRole('button', { name: en('actions.startAgain') }));
    await user.click(screen.getByRole('button', { name: en('startAgainConfirm.yes') }));
    expect(heading()).toHaveTextContent(en('start.title'));
    expect(window.sessionStorage.getItem(storageKey)).toBeNull();
    await begin(user);
    expect(screen.getByLabelText(q('history.choices.first'))).not.toBeChecked();
  });

  it('asks before Start again, and "No, keep my answers" keeps everything', async () => {
    const answers = serializeAnswers({ origin: 'yes', history: 'first', stage: 'notSure', spread: 'notSure' });
    window.sessionStorage.setItem(storageKey, answers);
    const { user } = await renderApp('#/spreadUnknown');
    await user.click(screen.getByRole('button', { name: en('actions.startAgain') }));
    expect(screen.getByRole('region', { name: en('startAgainConfirm.title') })).toHaveFocus();
    expect(window.sessionStorage.getItem(storageKey)).toBe(answers);
    await user.click(screen.getByRole('button', { name: en('startAgainConfirm.no') }));
    expect(heading()).toHaveTextContent(en('outcomes:titles.spreadUnknown'));
    expect(screen.getByRole('button', { name: en('actions.startAgain') })).toHaveFocus();
    expect(window.sessionStorage.getItem(storageKey)).toBe(answers);
  });
});

describe('changing an answer', () => {
  /** Opens the summary of a complete advanced route and follows the Change link of one answer. */
  async function changeOnTheSummary(question: string) {
    window.sessionStorage.setItem(storageKey, serializeAnswers({ origin: 'yes', history: 'first', stage: 'four', liverFunction: 'a', drugLine: 'no' }));
    const { user } = await renderApp('#/checkAnswers');
    await user.click(screen.getByRole('link', { name: `${en('actions.change')} ${q(`${question}.summaryLabel`)}` }));
    return user;
  }

  it('offers Back to the summary, not to the previous question', async () => {
    const user = await changeOnTheSummary('drugLine');
    expect(heading()).toHaveTextContent(q('drugLine.title'));
    const back = screen.getByRole('link', { name: en('actions.back') });
    expect(back).toHaveAttribute('href', '#/checkAnswers');
    await user.click(back);
    expect(heading()).toHaveTextContent(en('checkAnswers.title'));
  });

  it('returns to the summary when the route is unchanged', async () => {
    const user = await changeOnTheSummary('liverFunction');
    await continueWith(user, q('liverFunction.choices.c'));
    expect(heading()).toHaveTextContent(en('checkAnswers.title'));
    expect(screen.getByText(q('liverFunction.choices.c'))).toBeInTheDocument();
  });

  it('asks the new questions and drops the answers that no longer apply', async () => {
    const user = await changeOnTheSummary('stage');
    await continueWith(user, q('stage.choices.early'));
    expect(heading()).toHaveTextContent(q('liverHealth.title'));
    await continueWith(user, q('liverHealth.choices.healthy'));
    await continueWith(user, q('barriers.choices.none'));
    expect(heading()).toHaveTextContent(en('checkAnswers.title'));
    expect(screen.queryByText(q('liverFunction.summaryLabel'))).not.toBeInTheDocument();
    expect(screen.queryByText(q('drugLine.summaryLabel'))).not.toBeInTheDocument();
  });
});

describe('when something breaks', () => {
  it('shows a readable message and Start again instead of a blank page', () => {
    const Broken = () => {
      throw new Error('boom');
    };
    const consoleError = console.error;
    console.error = () => undefined;
    render(
      <ErrorBoundary>
        <Broken />
      </ErrorBoundary>,
    );
    console.error = consoleError;
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(en('crash.title'));
    expect(screen.getByRole('button', { name: en('actions.startAgain') })).toBeInTheDocument();
    expect(screen.queryByText('boom')).not.toBeInTheDocument();
  });
});
