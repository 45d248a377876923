// The pages around the questions: the start page, the exit page for cancer that did not start in
// the liver (clinical-map: Q-origin), the stage III check (clinical-map: Routing, stage III with
// barriers "none"), and the About page reached from every page's footer.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { serializeAnswers, storageKey } from '../src/flow/persistence';
import { contentRecords } from '../src/content/information';
import type { Answers } from '../src/flow/answers';
import { begin, continueWith, en, heading, renderApp } from './render';

const q = (key: string) => en(`questions:${key}`);

describe('the start page', () => {
  it('says what the guide is for, who it is for and not for, what helps, how long, and privacy, then starts', async () => {
    const { user } = await renderApp();
    expect(heading()).toHaveTextContent(en('start.title'));
    expect(window.location.hash).toBe('#/start');
    for (const key of ['start.forBody', 'start.notForSpread', 'start.notForBileDuct', 'start.haveLetter', 'start.haveChildPugh', 'start.time']) {
      expect(screen.getByText(en(key))).toBeInTheDocument();
    }
    expect(within(screen.getByRole('main')).getByText(en('privacy'))).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: en('actions.startNow') }));
    await waitFor(() => expect(heading()).toHaveTextContent(q('origin.title')));
    expect(screen.getByRole('link', { name: en('actions.back') })).toHaveAttribute('href', '#/start');
  });

  it('draws Start now as GOV.UK does: a link to the first question, pressed with Enter or Space', async () => {
    const { user } = await renderApp();
    const startNow = screen.getByRole('button', { name: en('actions.startNow') });
    // A link works before any script has run: index.html shows the prerendered first question there.
    expect(startNow).toHaveAttribute('href', '#/origin');
    startNow.focus();
    await user.keyboard(' ');
    await waitFor(() => expect(heading()).toHaveTextContent(q('origin.title')));
    expect(window.location.hash).toBe('#/origin');
  });
});

describe('cancer that started somewhere else (clinical-map: Q-origin "no", O-not-covered)', () => {
  it('leads to an exit page that shows no options, says why and what to ask', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: en('actions.startNow') }));
    await continueWith(user, q('origin.choices.no'));
    expect(heading()).toHaveTextContent(en('outcomes:notCovered.title'));
    expect(screen.getByText(en('outcomes:notCovered.why'))).toBeInTheDocument();
    expect(screen.getByText(en('outcomes:notCovered.askOptions'))).toBeInTheDocument();
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
    expect(screen.queryByText(/atezolizumab/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: en('outcomes:notCovered.changeAnswer') }));
    expect(heading()).toHaveTextContent(q('origin.title'));
    expect(screen.getByLabelText(q('origin.choices.no'))).toBeChecked();
  });

  it('never reaches an outcome with options by a link', async () => {
    window.sessionStorage.setItem(storageKey, serializeAnswers({ origin: 'no' }));
    await renderApp('#/advanced');
    expect(heading()).toHaveTextContent(en('outcomes:notCovered.title'));
  });
});

describe('stage III with answers that point to surgery or a transplant', () => {
  const answers: Answers = { origin: 'yes', history: 'first', stage: 'three', liverHealth: 'healthy' };

  it('stops at a check page that names the mismatch, and continues to the summary', async () => {
    window.sessionStorage.setItem(storageKey, serializeAnswers(answers));
    const { user } = await renderApp('#/barriers');
    await continueWith(user, q('barriers.choices.none'));
    expect(heading()).toHaveTextContent(en('outcomes:stageCheck.title'));
    expect(screen.getByText(en('outcomes:stageCheck.sourceSays'))).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: en('actions.continue') }));
    expect(heading()).toHaveTextContent(en('checkAnswers.title'));
    expect(screen.getByRole('link', { name: en('actions.back') })).toHaveAttribute('href', '#/stageCheck');
    await user.click(screen.getByRole('button', { name: en('actions.confirm') }));
    await screen.findByRole('heading', { level: 1, name: new RegExp(en('outcomes:titles.resectable')) });
    expect(screen.getByText(en('outcomes:notes.stageThreeGiven'))).toBeInTheDocument();
  });

  it('lets the person change the stage, and then goes to the summary', async () => {
    window.sessionStorage.setItem(storageKey, serializeAnswers({ ...answers, barriers: ['none'] }));
    const { user } = await renderApp('#/stageCheck');
    await user.click(screen.getByRole('link', { name: en('outcomes:stageCheck.changeStage') }));
    expect(heading()).toHaveTextContent(q('stage.title'));
    await continueWith(user, q('stage.choices.early'));
    expect(heading()).toHaveTextContent(en('checkAnswers.title'));
    await user.click(screen.getByRole('button', { name: en('actions.confirm') }));
    await screen.findByRole('heading', { level: 1, name: new RegExp(en('outcomes:titles.resectable')) });
    expect(screen.queryByText(en('outcomes:notes.stageThreeGiven'))).not.toBeInTheDocument();
  });

  it('does not stop stage I-II on the same answers', async () => {
    window.sessionStorage.setItem(storageKey, serializeAnswers({ ...answers, stage: 'early' }));
    const { user } = await renderApp('#/barriers');
    await continueWith(user, q('barriers.choices.none'));
    expect(heading()).toHaveTextContent(en('checkAnswers.title'));
  });
});

describe('the About page', () => {
  it('is linked from the footer of every page, and leads back to where the person was', async () => {
    const { user } = await renderApp();
    await begin(user);
    const footer = screen.getByRole('contentinfo');
    window.location.hash = within(footer).getByRole('link', { name: en('footer.about') }).getAttribute('href') ?? '';
    expect(await screen.findByRole('heading', { level: 1, name: en('about.title') })).toHaveFocus();
    expect(screen.getByText(en('about.reviewBody'))).toBeInTheDocument();
    expect(screen.getByText(en('about.fundingBody'))).toBeInTheDocument();
    expect(screen.getByText(en('about.translationDraft', { language: 'Español' }))).toBeInTheDocument();
    expect(screen.getAllByText('December 1, 2027')).toHaveLength(contentRecords.length);
    window.location.hash = screen.getByRole('link', { name: en('about.back') }).getAttribute('href') ?? '';
    expect(await screen.findByRole('heading', { level: 1, name: q('history.title') })).toBeInTheDocument();
  });

  it('opens from its own address, and keeps the answers', async () => {
    window.sessionStorage.setItem(storageKey, serializeAnswers({ origin: 'yes', history: 'first' }));
    await renderApp('#/about');
    expect(heading()).toHaveTextContent(en('about.title'));
    expect(window.sessionStorage.getItem(storageKey)).toContain('history');
  });
});
