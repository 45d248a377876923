// What each outcome page shows for the answers that lead to it (clinical-map: Outcomes and their options).
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Answers } from '../src/flow/answers';
import { serializeAnswers, storageKey } from '../src/flow/persistence';
import { outcomeFor } from '../src/flow/rules';
import { continueWith, en, heading, renderApp } from './render';

const option = (id: string) => en(`options:${id}.name`);
const note = (id: string) => en(`outcomes:notes.${id}`);
const section = (id: string) => en(`outcomes:sections.${id}`);

async function openOutcome(answers: Answers) {
  window.sessionStorage.setItem(storageKey, serializeAnswers(answers));
  const outcome = outcomeFor(answers);
  const view = await renderApp(`#/${outcome}`);
  expect(heading()).toHaveTextContent(en(`outcomes:titles.${outcome}`));
  return view;
}

const headingsOf = () => screen.getAllByRole('heading').map((h) => h.textContent);

describe('advanced cancer (clinical-map: O-advanced, Q-line)', () => {
  const base: Answers = { origin: 'yes', history: 'first', stage: 'four' };

  it('lists the first-line drugs first, later ones under "if these drugs stop working"', async () => {
    await openOutcome({ ...base, liverFunction: 'a', drugLine: 'no' });
    const headings = headingsOf();
    expect(headings.indexOf(option('atezolizumabBevacizumab'))).toBeLessThan(headings.indexOf(section('ifTheseStop')));
    expect(headings.indexOf(section('ifTheseStop'))).toBeLessThan(headings.indexOf(option('laterTargetedDrugs')));
  });

  it('lists each drug choice on its own line, so that no reader pairs drugs from different choices', async () => {
    await openOutcome({ ...base, liverFunction: 'a', drugLine: 'no' });
    const drugsOf = (id: string) =>
      within(screen.getByRole('article', { name: option(id) }))
        .getAllByRole('listitem')
        .filter((item) => item.closest('.drug-list'))
        .map((item) => item.textContent);
    expect(drugsOf('atezolizumabBevacizumab')).toEqual(['atezolizumab (Tecentriq) and bevacizumab (Avastin)']);
    expect(drugsOf('sorafenibOrLenvatinib')).toEqual(['sorafenib (Nexavar)', 'lenvatinib (Lenvima)']);
    expect(drugsOf('laterTargetedDrugs')).toEqual(['regorafenib (Stivarga)', 'cabozantinib (Cabometyx)', 'ramucirumab (Cyramza)']);
    expect(drugsOf('laterImmunotherapy')).toEqual([
      'pembrolizumab (Keytruda)',
      en('drugs.together', { drugs: 'nivolumab (Opdivo) and ipilimumab (Yervoy)' }),
    ]);
    const immunotherapy = within(screen.getByRole('article', { name: option('laterImmunotherapy') }));
    expect(immunotherapy.getByText(en('drugs.choicesLabel'))).toBeInTheDocument();
  });

  it('says "cannot be removed with surgery" once', async () => {
    await openOutcome({ ...base, liverFunction: 'a', drugLine: 'no' });
    expect(screen.getByRole('main').textContent?.match(/it cannot be removed with surgery/g)).toHaveLength(1);
  });

  it('lists later-line drugs first once a first treatment stopped working, first-line ones as usually tried first', async () => {
    await openOutcome({ ...base, liverFunction: 'b', drugLine: 'yes' });
    const headings = headingsOf();
    expect(headings.indexOf(section('afterFirstLine'))).toBeLessThan(headings.indexOf(section('usuallyFirst')));
    expect(headings.indexOf(option('laterImmunotherapy'))).toBeLessThan(headings.indexOf(option('atezolizumabBevacizumab')));
  });

  it('shows no drug list for Child-Pugh C, says why, and keeps clinical trials and symptom relief', async () => {
    await openOutcome({ ...base, liverFunction: 'c' });
    expect(screen.getByText(note('childPughC'))).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: option('atezolizumabBevacizumab') })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: option('laterTargetedDrugs') })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: option('advancedTrials') })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: option('symptomRelief') })).toBeInTheDocument();
  });

  it('does not ask which drugs were tried for Child-Pugh C: the answer would change nothing', async () => {
    window.sessionStorage.setItem(storageKey, serializeAnswers({ ...base }));
    const { user } = await renderApp('#/liverFunction');
    await continueWith(user, en('questions:liverFunction.choices.c'));
    expect(heading()).toHaveTextContent(en('checkAnswers.title'));
    expect(screen.queryByText(en('questions:drugLine.summaryLabel'))).not.toBeInTheDocument();
  });

  it('shows the A/B options under their condition when the class is not known, and both lines when the line is not known', async () => {
    await openOutcome({ ...base, liverFunction: 'notSure', drugLine: 'notSure' });
    expect(screen.getAllByText(en('outcomes:conditions.ifChildPughAOrB'))).toHaveLength(2);
    expect(screen.getByText(note('childPughUnknown'))).toBeInTheDocument();
    expect(screen.getByText(en('outcomes:ask.advancedWhichDrugs'))).toBeInTheDocument();
  });

  it('offers a way to find out the Child-Pugh class, and comes back to the result with it', async () => {
    const { user } = await openOutcome({ ...base, liverFunction: 'notSure', drugLine: 'no' });
    await user.click(screen.getByRole('link', { name: en('outcomes:findOutChildPugh') }));
    expect(heading()).toHaveTextContent(en('questions:liverFunction.title'));
    await user.click(screen.getByRole('link', { name: en('questions:liverFunction.calculatorLink') }));
    await screen.findByRole('heading', { level: 1, name: en('calculator:title') });
    await user.type(screen.getByRole('textbox', { name: en('calculator:fields.bilirubin.label') }), '1');
    await user.type(screen.getByRole('textbox', { name: en('calculator:fields.albumin.label') }), '4');
    await user.type(screen.getByRole('textbox', { name: en('calculator:fields.inr.label') }), '1,1');
    await user.click(screen.getAllByLabelText(en('calculator:ascites.none'))[0]!);
    await user.click(screen.getAllByLabelText(en('calculator:encephalopathy.none'))[1]!);
    await user.click(screen.getByRole('button', { name: en('calculator:calculate') }));
    expect(screen.getByText(en('calculator:result.score', { points: 5, childPughClass: 'A' }))).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: en('calculator:result.use', { childPughClass: 'A' }) }));
    expect(heading()).toHaveTextContent(en('questions:liverFunction.title'));
    expect(screen.getByLabelText(en('questions:liverFunction.choices.a'))).toBeChecked();
    await user.click(screen.getByRole('button', { name: en('actions.continue') }));
    await waitFor(() => expect(heading()).toHaveTextContent(en('outcomes:titles.advanced')));
    expect(screen.queryByRole('link', { name: en('outcomes:findOutChildPugh') })).not.toBeInTheDocument();
  });
});

describe('cancer only in the liver', () => {
  it('shows the reasons the person gave on the unresectable outcome, and the downstaging link', async () => {
    await openOutcome({ origin: 'yes', history: 'first', stage: 'early', liverHealth: 'healthy', barriers: ['tooLarge', 'unfit'] });
    expect(screen.getByText(en('outcomes:reasons.tooLarge'))).toBeInTheDocument();
    expect(screen.getByText(en('outcomes:reasons.unfit'))).toBeInTheDocument();
    expect(screen.queryByText(en('outcomes:reasons.several'))).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: en('outcomes:downstagingLink') })).toBeInTheDocument();
  });

  it('explains a transplant when the tumor is hard to reach', async () => {
    await openOutcome({ origin: 'yes', history: 'first', stage: 'early', liverHealth: 'healthy', barriers: ['hardToReach'] });
    expect(screen.getByText(note('becauseHardToReach'))).toBeInTheDocument();
  });

  it('never tells a person whose liver is not healthy that the cancer may be removed with surgery', async () => {
    await openOutcome({ origin: 'yes', history: 'first', stage: 'early', liverHealth: 'notHealthy', barriers: ['none'] });
    expect(screen.getByText(en('outcomes:transplantMeaning'))).toBeInTheDocument();
    expect(screen.queryByText(en('outcomes:groups.resectableOrTransplantable.meaning'))).not.toBeInTheDocument();
  });

  it('names stage III on a surgery or transplant result, with the question to ask', async () => {
    await openOutcome({ origin: 'yes', history: 'first', stage: 'three', liverHealth: 'healthy', barriers: ['none'] });
    expect(screen.getByText(note('stageThreeGiven'))).toBeInTheDocument();
    expect(screen.getByText(en('outcomes:ask.stageThreeSurgery'))).toBeInTheDocument();
  });

  it('says "very unlikely to cure" once on the unresectable result', async () => {
    await openOutcome({ origin: 'yes', history: 'first', stage: 'early', liverHealth: 'healthy', barriers: ['several'] });
    expect(screen.getByRole('main').textContent?.match(/very unlikely to cure/g)).toHaveLength(1);
  });

  it('shows resectable and transplantable side by side when liver health is not known', async () => {
    await openOutcome({ origin: 'yes', history: 'first', stage: 'early', liverHealth: 'notSure', barriers: ['none'] });
    const cards = screen.getAllByRole('listitem').filter((li) => li.classList.contains('possible-groups__card'));
    expect(cards.map((card) => card.querySelector('h3')?.textContent)).toEqual([
      en('outcomes:titles.resectable'),
      en('outcomes:titles.transplantable'),
    ]);
    expect(screen.getByText(en('outcomes:ask.decideLiverHealth'), { selector: '.deciding-question' })).toBeInTheDocument();
  });

  it('shows all three local groups when the barriers are not known', async () => {
    await openOutcome({ origin: 'yes', history: 'first', stage: 'early', liverHealth: 'healthy', barriers: ['notSure'] });
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(
      expect.arrayContaining([en('outcomes:titles.resectable'), en('outcomes:titles.transplantable'), en('outcomes:titles.unresectable')]),
    );
  });

  it('notes that a recurrence has other options when history is not sure', async () => {
    await openOutcome({ origin: 'yes', history: 'notSure', stage: 'early', liverHealth: 'healthy', barriers: ['none'] });
    expect(screen.getByRole('link', { name: en('outcomes:ifRecurrent.link') })).toBeInTheDocument();
  });
});

describe('cancer that has come back (clinical-map: O-recurrent)', () => {
  it('offers further surgery or local treatment after surgery, and states the liver function answer', async () => {
    await openOutcome({ origin: 'yes', history: 'recurrent', recurrenceSite: 'local', firstTreatment: 'surgery', liverFunction: 'a' });
    expect(screen.getByRole('heading', { name: option('furtherSurgery') })).toBeInTheDocument();
    expect(screen.getByText(note('liverFunctionA'))).toBeInTheDocument();
  });

  it('says the source names no option after another first treatment, and shows local treatment as possible', async () => {
    await openOutcome({ origin: 'yes', history: 'recurrent', recurrenceSite: 'local', firstTreatment: 'radiation', liverFunction: 'c' });
    expect(screen.queryByRole('heading', { name: option('furtherSurgery') })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: option('localTreatmentMaybe') })).toBeInTheDocument();
    expect(screen.getByText(note('noSpecificOptionAfterFirstTreatment'))).toBeInTheDocument();
    expect(screen.getByText(en('outcomes:ask.recurrentLiverFunction'))).toBeInTheDocument();
  });

  it('offers drugs and a clinical trial when it came back elsewhere', async () => {
    await openOutcome({ origin: 'yes', history: 'recurrent', recurrenceSite: 'distant', liverFunction: 'notSure' });
    expect(screen.getByRole('heading', { name: option('drugTreatment') })).toBeInTheDocument();
    expect(screen.getByText(note('liverFunctionNotSure'))).toBeInTheDocument();
  });
});

describe('cancer that has come back in the liver after surgery (clinical-map: O-recurrent-local)', () => {
  it('offers local treatment without making it depend on the cancer being removable', async () => {
    await openOutcome({ origin: 'yes', history: 'recurrent', recurrenceSite: 'local', firstTreatment: 'surgery', liverFunction: 'b' });
    const local = screen.getByRole('article', { name: option('localTreatment') });
    expect(local).toHaveTextContent(en('options:localTreatment.what'));
    expect(local.textContent).not.toMatch(/can still be removed/);
  });
});

describe('who the guide is for (clinical-map: Q-origin)', () => {
  it('puts a note and the question to ask on every outcome when the origin is not sure', async () => {
    await openOutcome({ origin: 'notSure', history: 'first', stage: 'early', liverHealth: 'healthy', barriers: ['none'] });
    expect(screen.getByText(note('originNotSure'))).toBeInTheDocument();
    expect(screen.getByText(en('outcomes:ask.decideOrigin'))).toBeInTheDocument();
  });
});

describe('what changed since the source', () => {
  it('dates the source near the top of every outcome', async () => {
    await openOutcome({ origin: 'yes', history: 'first', stage: 'early', liverHealth: 'healthy', barriers: ['none'] });
    const basedOn = screen.getByText(en('sources:basedOn', { date: 'July 2021' }));
    const firstCard = screen.getByRole('article', { name: option('partialHepatectomy') });
    expect(basedOn.compareDocumentPosition(firstCard) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it.each<[string, Answers]>([
    ['advanced', { origin: 'yes', history: 'first', stage: 'four', liverFunction: 'a', drugLine: 'no' }],
    ['unresectable', { origin: 'yes', history: 'first', stage: 'early', liverHealth: 'healthy', barriers: ['tooLarge'] }],
    ['recurrent elsewhere', { origin: 'yes', history: 'recurrent', recurrenceSite: 'distant', liverFunction: 'a' }],
    ['spread not known', { origin: 'yes', history: 'first', stage: 'notSure', spread: 'notSure' }],
    ['barriers not known', { origin: 'yes', history: 'first', stage: 'early', liverHealth: 'healthy', barriers: ['notSure'] }],
    ['recurrence site not known', { origin: 'yes', history: 'recurrent', recurrenceSite: 'notSure' }],
  ])('shows the FDA approvals since, apart and with their own source, on the %s result', async (_name, answers) => {
    await openOutcome(answers);
    const box = screen.getByRole('complementary', { name: en('sources:since.heading') });
    expect(box).toHaveTextContent('durvalumab (Imfinzi) with tremelimumab (Imjudo), approved on October 21, 2022');
    expect(box).toHaveTextContent('nivolumab (Opdivo) with ipilimumab (Yervoy) as a first treatment, approved on April 11, 2025');
    expect(within(box).getByText(en('sources:since.source', { dates: 'October 21, 2022 and April 11, 2025' }))).toBeInTheDocument();
    expect(within(box).queryByText(en('sources:document'))).not.toBeInTheDocument();
  });

  it.each<[string, Answers]>([
    ['resectable', { origin: 'yes', history: 'first', stage: 'early', liverHealth: 'healthy', barriers: ['none'] }],
    ['transplantable', { origin: 'yes', history: 'first', stage: 'early', liverHealth: 'notHealthy', barriers: ['none'] }],
    ['recurrent in the liver', { origin: 'yes', history: 'recurrent', recurrenceSite: 'local', firstTreatment: 'surgery', liverFunction: 'a' }],
    ['advanced with Child-Pugh C (no drug list)', { origin: 'yes', history: 'first', stage: 'four', liverFunction: 'c' }],
  ])('shows no approvals box on the %s result, which lists no drug', async (_name, answers) => {
    await openOutcome(answers);
    expect(screen.queryByRole('complementary', { name: en('sources:since.heading') })).not.toBeInTheDocument();
  });

  it('says the information is due for review once the next review date has passed', async () => {
    const answers: Answers = { origin: 'yes', history: 'first', stage: 'early', liverHealth: 'healthy', barriers: ['none'] };
    await openOutcome(answers);
    expect(screen.queryByText(/due for review/)).not.toBeInTheDocument();
    cleanup();
    vi.useFakeTimers({ now: new Date('2027-12-02T12:00:00Z'), toFake: ['Date'] });
    try {
      await openOutcome(answers);
      expect(screen.getByText(en('dueForReview', { date: 'December 1, 2026' }))).toBeInTheDocument();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('every outcome page', () => {
  it('cites the source section and its date, says newer treatments may exist, and is not advice', async () => {
    await openOutcome({ origin: 'yes', history: 'first', stage: 'notSure', spread: 'notSure' });
    expect(screen.getByText(en('sources:lastRevised', { date: 'July 27, 2021' }))).toBeInTheDocument();
    expect(screen.getByText(en('sources:newerTreatments'))).toBeInTheDocument();
    expect(screen.getAllByText(en('disclaimer')).length).toBeGreaterThan(0);
    expect(screen.getByText(en('outcomes:ask.decideSpread'), { selector: '.deciding-question' })).toBeInTheDocument();
  });
});
