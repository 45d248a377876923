// Take it with you: the handout (in a language chosen apart from the screen's, with an optional QR
// code), the overview with its decision map, the glossary page, changing an answer from a result
// in 2 actions, and remembering the answers on this device only when asked.
import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { storage as facts } from '../src/facts.mjs';
import type { Answers } from '../src/flow/answers';
import { answersFromLink } from '../src/flow/link';
import { parseStoredAnswers, serializeAnswers, storageKey } from '../src/flow/persistence';
import { outcomeFor } from '../src/flow/rules';
import { termIds } from '../src/content/glossary';
import { treatmentOptions } from '../src/content/options';
import { mainOptions, singleGroupOutcomes } from '../src/content/outcomes';
import { languages } from '../src/i18n/languages';
import { continueWith, en, heading, renderApp, shippedLanguages, wordsIn } from './render';

const advanced: Answers = { origin: 'yes', history: 'first', stage: 'four', liverFunction: 'a', drugLine: 'no' };
const unsure: Answers = { origin: 'notSure', history: 'first', stage: 'notSure', spread: 'notSure' };

async function openOutcome(answers: Answers, values?: Parameters<typeof serializeAnswers>[1]) {
  window.sessionStorage.setItem(storageKey, serializeAnswers(answers, values));
  return renderApp(`#/${outcomeFor(answers)}`);
}

// The pages opened only when used are their own chunks: transformed once here, not under a query's timeout.
beforeAll(async () => {
  await Promise.all([import('../src/screens/HandoutScreen'), import('../src/screens/OverviewScreen'), import('../src/screens/GlossaryScreen')]);
}, 30000);

const handout = () => screen.getByRole('article', { name: en('outcomes:handout.paperTitle') });

describe('the handout', () => {
  it('is opened from a result and holds the answers, the group, the options in brief, what matters, the questions, notes and the dated sources', async () => {
    const { user } = await openOutcome(advanced, { ratings: { liveLonger: 'very' }, other: 'My garden' });
    await user.click(screen.getByRole('link', { name: en('pageLinks.handout') }));
    expect(await screen.findByRole('heading', { level: 1, name: en('outcomes:handout.title') })).toHaveFocus();
    const paper = within(handout());
    expect(paper.getByText(en('questions:stage.choices.four'))).toBeInTheDocument();
    expect(paper.getByText(en('outcomes:titles.advanced'))).toBeInTheDocument();
    for (const option of mainOptions.advanced) {
      expect(paper.getByText(en(`options:${option}.name`))).toBeInTheDocument();
    }
    for (const kind of ['targeted', 'immunotherapy', 'clinicalTrial', 'palliative']) {
      expect(paper.getByText(en(`options:kinds.${kind}.brief`), { exact: false })).toBeInTheDocument();
    }
    expect(paper.getByText(`${en('outcomes:values.statements.liveLonger')}: ${en('outcomes:values.levels.very')}`)).toBeInTheDocument();
    expect(paper.getByText(`${en('outcomes:values.otherLabel')}: My garden`)).toBeInTheDocument();
    expect(paper.getByRole('heading', { name: en('outcomes:ask.heading') })).toBeInTheDocument();
    expect(paper.getByRole('heading', { name: en('outcomes:handout.notesHeading') })).toBeInTheDocument();
    expect(paper.getByText(/July 27, 2021/)).toBeInTheDocument();
    expect(paper.getByText(/October 21, 2022/)).toBeInTheDocument();
    // The address is isolated left to right inside the sentence (it stays readable in Arabic).
    const address = `\u2066${window.location.origin}${window.location.pathname}\u2069`;
    expect(paper.getByText(en('outcomes:handout.printed', { date: new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date()), address }))).toBeInTheDocument();
    // Paper has no links: nothing in it only works on screen.
    expect(paper.queryAllByRole('link')).toEqual([]);
  });

  it('asks one question for every "I\'m not sure" answer', async () => {
    const { user } = await openOutcome(unsure);
    await user.click(screen.getByRole('link', { name: en('pageLinks.handout') }));
    const paper = within(await screen.findByRole('article', { name: en('outcomes:handout.paperTitle') }));
    for (const ask of ['decideOrigin', 'decideStage', 'decideSpread']) {
      expect(paper.getByText(en(`outcomes:ask.${ask}`))).toBeInTheDocument();
    }
    // A "not sure" result lists each possible group's options.
    expect(paper.getByText(en('outcomes:handout.ifGroup', { group: en('outcomes:titles.advanced') }))).toBeInTheDocument();
  });

  it.each(shippedLanguages.filter((tag) => tag !== 'en'))('prints in %s while the screen stays in English', async (tag) => {
    const { user } = await openOutcome(advanced);
    await user.click(screen.getByRole('link', { name: en('pageLinks.handout') }));
    await screen.findByRole('heading', { level: 1, name: en('outcomes:handout.title') });
    await user.selectOptions(screen.getByRole('combobox', { name: en('outcomes:handout.languageLabel') }), tag);
    const words = wordsIn(tag);
    await waitFor(() => expect(screen.getByRole('article')).toHaveAttribute('lang', tag));
    const paper = screen.getByRole('article', { name: words('outcomes:handout.paperTitle') });
    expect(paper).toHaveAttribute('dir', languages[tag]?.dir);
    expect(within(paper).getByText(words('outcomes:titles.advanced'))).toBeInTheDocument();
    expect(within(paper).getByText(words('questions:stage.choices.four'))).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(heading()).toHaveTextContent(en('outcomes:handout.title'));
    expect(screen.getByRole('button', { name: en('outcomes:handout.print') })).toBeEnabled();
  });

  it('adds a QR code only when asked, and the code opens the same answers', async () => {
    const { user } = await openOutcome(advanced);
    await user.click(screen.getByRole('link', { name: en('pageLinks.handout') }));
    await screen.findByRole('article', { name: en('outcomes:handout.paperTitle') });
    expect(screen.queryByRole('img', { name: en('outcomes:handout.qrAlt') })).not.toBeInTheDocument();
    const box = screen.getByRole('checkbox', { name: en('outcomes:handout.qrLabel') });
    expect(box).not.toBeChecked();
    expect(box).toHaveAccessibleDescription(en('outcomes:handout.qrHint'));
    await user.click(box);
    expect(await screen.findByRole('img', { name: en('outcomes:handout.qrAlt') })).toBeInTheDocument();
    // The QR code's text is the shared link; its answers are the person's.
    const { sharedLink } = await import('../src/flow/link');
    const link = sharedLink(`${window.location.origin}${window.location.pathname}`, 'advanced', advanced);
    expect(answersFromLink(link.slice(link.indexOf('#')))?.answers).toEqual(advanced);
  });

  it('is still the result\'s handout when opened or reloaded by its own address', async () => {
    window.sessionStorage.setItem(storageKey, serializeAnswers(advanced));
    await renderApp('#/handout');
    expect(await screen.findByRole('article', { name: en('outcomes:handout.paperTitle') })).toBeInTheDocument();
    expect(within(handout()).getByText(en('outcomes:titles.advanced'))).toBeInTheDocument();
    expect(window.location.hash).toBe('#/handout');
  });

  it('says there is nothing to print before a result', async () => {
    window.sessionStorage.setItem(storageKey, serializeAnswers({ origin: 'yes' }));
    await renderApp('#/handout');
    expect(screen.getByText(en('outcomes:handout.noResult'))).toBeInTheDocument();
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
  });
});

describe('the overview and the decision map', () => {
  it('is reached from a result and from the start page, shows every group side by side, and marks the person\'s group', async () => {
    const { user } = await openOutcome(advanced);
    await user.click(screen.getByRole('link', { name: en('pageLinks.overview') }));
    expect(await screen.findByRole('heading', { level: 1, name: en('outcomes:overview.title') }, { timeout: 10000 })).toHaveFocus();
    const groups = within(screen.getByRole('region', { name: en('outcomes:overview.groupsHeading') }));
    for (const outcome of singleGroupOutcomes) {
      expect(groups.getByRole('heading', { level: 3, name: en(`outcomes:titles.${outcome}`) })).toBeInTheDocument();
    }
    const mine = groups.getByRole('heading', { level: 3, name: en('outcomes:titles.advanced') }).closest('li')!;
    expect(within(mine).getByText(en('outcomes:overview.current'))).toBeInTheDocument();
    expect(groups.getAllByText(en('outcomes:overview.current'))).toHaveLength(1);
    // Each option links to its explanation on the page.
    for (const link of groups.getAllByRole('link')) {
      expect(document.getElementById(link.getAttribute('href')!.slice(1))).not.toBeNull();
    }
    expect(groups.getAllByRole('link')).toHaveLength(singleGroupOutcomes.flatMap((o) => mainOptions[o]).length);
  });

  it('is linked from the start page', async () => {
    const { user } = await renderApp('#/start');
    await user.click(screen.getByRole('link', { name: en('pageLinks.overview') }));
    expect(await screen.findByRole('heading', { level: 1, name: en('outcomes:overview.title') }, { timeout: 10000 })).toBeInTheDocument();
    expect(screen.queryByText(en('outcomes:overview.current'))).not.toBeInTheDocument();
  });

  it('draws the map with the route highlighted, links the steps the answers allow, and gives it as a list', async () => {
    const { user } = await openOutcome(advanced);
    await user.click(screen.getByRole('link', { name: en('pageLinks.overview') }));
    const map = within(await screen.findByRole('region', { name: en('outcomes:overview.mapHeading') }, { timeout: 10000 }));
    expect(screen.getByRole('heading', { level: 2, name: en('outcomes:overview.mapHeading') })).toBeInTheDocument();
    const route = document.querySelectorAll('.decision-map__node--route');
    expect([...route].map((node) => node.textContent)).toEqual(
      expect.arrayContaining([en('questions:stage.summaryLabel'), en('outcomes:titles.advanced').replace(/ /g, '')].slice(0, 1)),
    );
    expect(document.querySelectorAll('.decision-map__edge--route')).toHaveLength(6);
    // A step a person may open is a link; one the answers do not allow is not.
    expect(map.getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual(
      expect.arrayContaining(['#/stage', '#/advanced']),
    );
    expect(map.queryByRole('link', { name: new RegExp(en('questions:recurrenceSite.summaryLabel')) })).not.toBeInTheDocument();
    await user.click(screen.getByText(en('outcomes:overview.mapAsList')));
    expect(screen.getByText(en('outcomes:overview.mapListEdge', { choices: en('questions:origin.mapChoices.no'), step: en('outcomes:notCovered.title') }))).toBeVisible();
  });
});

describe('the glossary', () => {
  it.each(shippedLanguages)('lists every term in %s, in that language\'s order, each with its own address', async (tag) => {
    window.history.replaceState(null, '', `/?lng=${tag}`);
    const { i18next } = await import('../src/i18n/i18n');
    await i18next.changeLanguage(tag);
    try {
      await renderApp('#/glossary');
      const words = wordsIn(tag);
      const names = [...document.querySelectorAll('.glossary--page dt')].map((dt) => dt.textContent ?? '');
      expect(names).toHaveLength(termIds.length);
      expect(names).toEqual([...names].sort(new Intl.Collator(tag).compare));
      for (const term of termIds) expect(document.getElementById(`term-${term}`)).toHaveTextContent(words(`glossary:${term}.term`));
    } finally {
      await i18next.changeLanguage('en');
    }
  });

  it('is where every "Words explained" link leads, with the term in focus', async () => {
    const { user } = await openOutcome(advanced);
    const links = document.querySelectorAll('.term-links a');
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link.getAttribute('href')).toMatch(/^#\/glossary\/[a-zA-Z]+$/);
    const first = links[0] as HTMLAnchorElement;
    const term = first.getAttribute('href')!.split('/')[2]!;
    await user.click(first);
    expect(await screen.findByRole('heading', { level: 1, name: en('outcomes:glossaryPage.title') })).toBeInTheDocument();
    await waitFor(() => expect(document.getElementById(`term-${term}`)).toHaveFocus());
    expect(window.location.hash).toBe(`#/glossary/${term}`);
    await user.click(screen.getByRole('link', { name: en('outcomes:glossaryPage.back') }));
    expect(await screen.findByRole('heading', { level: 1, name: new RegExp(en('outcomes:titles.advanced')) })).toBeInTheDocument();
  });

  it('explains every term any option links to', () => {
    const linked = new Set(Object.values(treatmentOptions).flatMap((option) => option.terms));
    expect([...linked].filter((term) => !(termIds as readonly string[]).includes(term))).toEqual([]);
  });
});

describe('changing an answer from a result', () => {
  it('takes 2 actions: Change beside the answer, then Continue with the new one', async () => {
    const { user } = await openOutcome(advanced);
    const answers = within(screen.getByRole('region', { name: en('why.heading') }));
    // The answers come before the first option's card, so Change is found without reading every card.
    const firstCard = screen.getAllByRole('article')[0]!;
    expect(answers.getAllByRole('link')[0]!.compareDocumentPosition(firstCard) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await user.click(answers.getByRole('link', { name: `${en('actions.change')} ${en('questions:liverFunction.summaryLabel')}` })); // 1
    await continueWith(user, en('questions:liverFunction.choices.c')); // 2: the new answer, then Continue
    await waitFor(() => expect(heading()).toHaveTextContent(en('outcomes:titles.advanced')));
    expect(screen.getByText(en('outcomes:notes.childPughC'))).toBeInTheDocument();
  });
});

describe('remembering the answers on this device', () => {
  it('keeps them for this tab only unless asked', async () => {
    await openOutcome(advanced);
    expect(window.localStorage.getItem(storageKey)).toBeNull();
    expect(screen.getByRole('checkbox', { name: en('remember.label') })).not.toBeChecked();
  });

  it('keeps them in localStorage in the same format once ticked, brings them back, and forgets them at once', async () => {
    const { user, unmount } = await openOutcome(advanced);
    const box = screen.getByRole('checkbox', { name: en('remember.label') });
    expect(box).toHaveAccessibleDescription(en('remember.hint'));
    await user.click(box);
    expect(screen.getByRole('status')).toHaveTextContent(en('remember.remembering'));
    expect(window.localStorage.getItem(facts.rememberKey)).toBe('yes');
    expect(parseStoredAnswers(window.localStorage.getItem(storageKey)).answers).toEqual(advanced);
    expect(window.sessionStorage.getItem(storageKey)).toBeNull();
    // A new visit (the tab closed: its sessionStorage gone) opens the answers kept on the device.
    unmount();
    window.sessionStorage.clear();
    await renderApp('#/advanced');
    expect(heading()).toHaveTextContent(en('outcomes:titles.advanced'));
    const { user: again } = { user: (await import('@testing-library/user-event')).default.setup() };
    await again.click(screen.getByRole('button', { name: en('remember.forget') }));
    expect(window.localStorage.getItem(storageKey)).toBeNull();
    expect(window.localStorage.getItem(facts.rememberKey)).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent(en('remember.forgotten'));
    expect(screen.getByRole('checkbox', { name: en('remember.label') })).not.toBeChecked();
  });

  it('refuses answers forged on the device like any stored answers, and says so', async () => {
    window.localStorage.setItem(facts.rememberKey, 'yes');
    window.localStorage.setItem(storageKey, JSON.stringify({ schemaVersion: 3, answers: [['origin', 'maybe']], values: { ratings: [], other: '' } }));
    await renderApp('#/advanced');
    expect(screen.getByText(en('notices.storedAnswersReset'))).toBeInTheDocument();
    expect(heading()).toHaveTextContent(en('start.title'));
    expect(window.localStorage.getItem(storageKey)).toBeNull();
  });
});
