// Every outcome page, one row per variant of the clinical map's routes, written from the map (not
// from the code): its group, exactly its options by section, its notes, links, deciding question,
// the source sections it cites, and whether it shows the FDA approvals since the source.
import { describe, expect, it } from 'vitest';
import { mainOptions, outcomeView, referenceView, type OutcomeView } from '../src/content/outcomes';
import type { Answers } from '../src/flow/answers';
import { outcomeFor } from '../src/flow/rules';

type Row = {
  answers: Answers;
  outcome: string;
  group?: string;
  sections: Record<string, string[]>;
  possible?: string[];
  deciding?: string;
  notes: string[];
  links?: string[];
  sources: string[];
  sinceSource: boolean;
  ask: string[];
  conditions?: string[];
  reasons?: string[];
};

/** The questions every outcome ends with (clinical-map: "Every outcome page also shows"). */
const always = ['goalOfTreatment', 'sideEffects', 'clinicalTrial', 'newerTreatments'];

const first = { origin: 'yes', history: 'first' } as const;
const local = { ...first, stage: 'early' } as const;
const advanced = { ...first, stage: 'four' } as const;
const recurrent = { origin: 'yes', history: 'recurrent' } as const;
const unresectableOptions = ['ablationEmbolization', 'targetedTherapy', 'immunotherapy', 'chemotherapy', 'radiationTherapy', 'clinicalTrials'];

const rows: [string, Row][] = [
  ['O-resectable', {
    ask: ['resectableLiverHealth', 'resectableRecurrenceRisk', ...always],
    answers: { ...local, liverHealth: 'healthy', barriers: ['none'] }, outcome: 'resectable', group: 'resectableOrTransplantable',
    sections: { options: ['partialHepatectomy', 'transplantAlternative', 'trialsWithSurgery'] },
    notes: ['resectableFactors'], sources: ['resectable'], sinceSource: false,
  }],
  ['O-resectable at stage III (after the stage check)', {
    ask: ['stageThreeSurgery', 'resectableLiverHealth', 'resectableRecurrenceRisk', ...always],
    answers: { ...first, stage: 'three', liverHealth: 'healthy', barriers: ['none'] }, outcome: 'resectable', group: 'resectableOrTransplantable',
    sections: { options: ['partialHepatectomy', 'transplantAlternative', 'trialsWithSurgery'] },
    notes: ['stageThreeGiven', 'resectableFactors'], sources: ['resectable'], sinceSource: false,
  }],
  ['O-transplantable, liver not healthy', {
    ask: ['transplantWaitingList', 'transplantBridging', ...always],
    answers: { ...local, liverHealth: 'notHealthy', barriers: ['none'] }, outcome: 'transplantable', group: 'resectableOrTransplantable',
    sections: { options: ['liverTransplant', 'bridgingTreatment'] },
    notes: ['becauseLiverNotHealthy', 'transplantWait'], sources: ['transplantable'], sinceSource: false,
  }],
  ['O-transplantable, tumor hard to reach', {
    ask: ['transplantWaitingList', 'transplantBridging', ...always],
    answers: { ...local, liverHealth: 'healthy', barriers: ['hardToReach'] }, outcome: 'transplantable', group: 'resectableOrTransplantable',
    sections: { options: ['liverTransplant', 'bridgingTreatment'] },
    notes: ['becauseHardToReach', 'transplantWait'], sources: ['transplantable'], sinceSource: false,
  }],
  ['O-unresectable, with the reasons given', {
    ask: ['unresectableWhichLocal', 'unresectableShrink', ...always],
    answers: { ...local, liverHealth: 'healthy', barriers: ['tooLarge', 'unfit'] }, outcome: 'unresectable', group: 'unresectable',
    sections: { options: unresectableOptions }, notes: ['unresectableOutlook'], links: ['downstaging'],
    sources: ['unresectable'], sinceSource: true, reasons: ['tooLarge', 'unfit'],
  }],
  ['O-local-unknown, liver health not known', {
    ask: ['decideLiverHealth', 'whichGroup', ...always],
    answers: { ...local, liverHealth: 'notSure', barriers: ['none'] }, outcome: 'localUnknown',
    sections: {}, possible: ['resectable', 'transplantable'], deciding: 'decideLiverHealth',
    notes: [], sources: ['resectable', 'transplantable'], sinceSource: false,
  }],
  ['O-local-unknown, barriers not known', {
    ask: ['decideBarriers', 'whichGroup', ...always],
    answers: { ...local, liverHealth: 'healthy', barriers: ['notSure'] }, outcome: 'localUnknown',
    sections: {}, possible: ['resectable', 'transplantable', 'unresectable'], deciding: 'decideBarriers',
    notes: [], sources: ['resectable', 'transplantable', 'unresectable'], sinceSource: true,
  }],
  ['O-advanced, Child-Pugh A, first line', {
    ask: [...always],
    answers: { ...advanced, liverFunction: 'a', drugLine: 'no' }, outcome: 'advanced', group: 'advanced',
    sections: {
      firstLine: ['atezolizumabBevacizumab', 'sorafenibOrLenvatinib'],
      ifTheseStop: ['laterTargetedDrugs', 'laterImmunotherapy'],
      alsoForEveryone: ['advancedTrials', 'symptomRelief'],
    },
    notes: [], links: [], sources: ['advanced'], sinceSource: true,
  }],
  ['O-advanced, Child-Pugh B, a first drug stopped working', {
    ask: [...always],
    answers: { ...advanced, liverFunction: 'b', drugLine: 'yes' }, outcome: 'advanced', group: 'advanced',
    sections: {
      afterFirstLine: ['laterTargetedDrugs', 'laterImmunotherapy'],
      usuallyFirst: ['atezolizumabBevacizumab', 'sorafenibOrLenvatinib'],
      alsoForEveryone: ['advancedTrials', 'symptomRelief'],
    },
    notes: [], sources: ['advanced'], sinceSource: true,
  }],
  ['O-advanced, Child-Pugh and the line not known', {
    ask: ['advancedChildPugh', 'advancedWhichDrugs', ...always], conditions: ['firstLine', 'ifTheseStop'],
    answers: { ...advanced, liverFunction: 'notSure', drugLine: 'notSure' }, outcome: 'advanced', group: 'advanced',
    sections: {
      firstLine: ['atezolizumabBevacizumab', 'sorafenibOrLenvatinib'],
      ifTheseStop: ['laterTargetedDrugs', 'laterImmunotherapy'],
      alsoForEveryone: ['advancedTrials', 'symptomRelief'],
    },
    notes: ['childPughUnknown', 'drugLineUnknown'], links: ['findOutChildPugh'],
    sources: ['advanced'], sinceSource: true,
  }],
  ['O-advanced, Child-Pugh C: no drug list, trials stay', {
    ask: ['advancedChildPughC', ...always],
    answers: { ...advanced, liverFunction: 'c' }, outcome: 'advanced', group: 'advanced',
    sections: { options: ['advancedTrials', 'symptomRelief'] },
    notes: ['childPughC'], sources: ['advanced'], sinceSource: false,
  }],
  ['O-spread-unknown', {
    ask: ['decideSpread', 'whichGroup', ...always],
    answers: { ...first, stage: 'notSure', spread: 'notSure' }, outcome: 'spreadUnknown',
    sections: {}, possible: ['resectable', 'transplantable', 'unresectable', 'advanced'], deciding: 'decideSpread',
    notes: [], sources: ['resectable', 'transplantable', 'unresectable', 'advanced'], sinceSource: true,
  }],
  ['O-recurrent-local after surgery', {
    ask: ['recurrentWhichOptions', ...always],
    answers: { ...recurrent, recurrenceSite: 'local', firstTreatment: 'surgery', liverFunction: 'a' }, outcome: 'recurrentLocal', group: 'recurrent',
    sections: { options: ['furtherSurgery', 'localTreatment'], relief: ['recurrentSymptomRelief'] },
    notes: ['recurrentFactors', 'liverFunctionA'], sources: ['recurrent'], sinceSource: false,
  }],
  ['O-recurrent-local after another first treatment', {
    ask: ['recurrentWhichOptions', 'recurrentLiverFunction', ...always],
    answers: { ...recurrent, recurrenceSite: 'local', firstTreatment: 'radiation', liverFunction: 'c' }, outcome: 'recurrentLocal', group: 'recurrent',
    sections: { options: ['localTreatmentMaybe'], relief: ['recurrentSymptomRelief'] },
    notes: ['recurrentFactors', 'noSpecificOptionAfterFirstTreatment', 'liverFunctionC'], sources: ['recurrent'], sinceSource: false,
  }],
  ['O-recurrent-distant', {
    ask: ['recurrentWhichOptions', 'recurrentLiverFunction', ...always],
    answers: { ...recurrent, recurrenceSite: 'distant', liverFunction: 'notSure' }, outcome: 'recurrentDistant', group: 'recurrent',
    sections: { options: ['drugTreatment', 'recurrentTrials'], relief: ['recurrentSymptomRelief'] },
    notes: ['recurrentFactors', 'liverFunctionNotSure'], sources: ['recurrent'], sinceSource: true,
  }],
  ['O-recurrent-unknown', {
    ask: ['decideRecurrenceSite', 'recurrentWhichOptions', ...always],
    answers: { ...recurrent, recurrenceSite: 'notSure' }, outcome: 'recurrentUnknown',
    sections: {}, possible: ['recurrentLocal', 'recurrentDistant'], deciding: 'decideRecurrenceSite',
    notes: ['recurrentFactors'], sources: ['recurrent'], sinceSource: true,
  }],
  ['Q-origin not sure: the note and the question come first', {
    ask: ['decideOrigin', 'resectableLiverHealth', 'resectableRecurrenceRisk', ...always],
    answers: { ...local, origin: 'notSure', liverHealth: 'healthy', barriers: ['none'] }, outcome: 'resectable', group: 'resectableOrTransplantable',
    sections: { options: ['partialHepatectomy', 'transplantAlternative', 'trialsWithSurgery'] },
    notes: ['originNotSure', 'resectableFactors'], sources: ['resectable'], sinceSource: false,
  }],
  ['Q-history not sure: the link to the options if it has come back', {
    ask: ['resectableLiverHealth', 'resectableRecurrenceRisk', ...always],
    answers: { ...local, history: 'notSure', liverHealth: 'healthy', barriers: ['none'] }, outcome: 'resectable', group: 'resectableOrTransplantable',
    sections: { options: ['partialHepatectomy', 'transplantAlternative', 'trialsWithSurgery'] },
    notes: ['resectableFactors'], links: ['ifRecurrent'], sources: ['resectable'], sinceSource: false,
  }],
];

const sectionsOf = (view: OutcomeView) => Object.fromEntries(view.sections.map((section) => [section.id, [...section.options]]));

describe('clinical-map: Outcomes and their options, one row per variant', () => {
  it.each(rows)('%s', (_name, row) => {
    expect(outcomeFor(row.answers)).toBe(row.outcome);
    const view = outcomeView(row.outcome as never, row.answers);
    expect({
      group: view.group,
      sections: sectionsOf(view),
      possible: view.possible,
      deciding: view.deciding,
      notes: view.notes,
      links: view.links,
      sources: view.sources,
      sinceSource: view.sinceSource,
      reasons: view.reasons && view.reasons.length > 0 ? view.reasons : undefined,
      ask: view.ask,
      conditions: view.sections.filter((section) => section.condition === 'ifChildPughAOrB').map((section) => section.id),
    }).toEqual({
      group: row.group,
      sections: row.sections,
      possible: row.possible,
      deciding: row.deciding,
      notes: row.notes,
      links: row.links ?? [],
      sources: row.sources,
      sinceSource: row.sinceSource,
      reasons: row.reasons,
      ask: row.ask,
      conditions: row.conditions ?? [],
    });
  });

  it('the reasons are the barriers the person gave', () => {
    expect(outcomeView('unresectable', { ...local, liverHealth: 'healthy', barriers: ['several'] }).reasons).toEqual(['several']);
  });

  it('names the terms its options use, once each', () => {
    expect(outcomeView('resectable', rows[0]![1].answers).terms).toEqual(['partialHepatectomy', 'liverTransplant', 'clinicalTrial', 'chemoembolization']);
    expect(outcomeView('transplantable', rows[2]![1].answers).terms).toEqual(['liverTransplant', 'ablation', 'embolization']);
  });

  it.each<[string, string[]]>([
    ['resectable', ['partialHepatectomy', 'transplantAlternative', 'trialsWithSurgery']],
    ['transplantable', ['liverTransplant', 'bridgingTreatment']],
    ['unresectable', unresectableOptions],
    ['localUnknown', []],
    ['advanced', ['atezolizumabBevacizumab', 'sorafenibOrLenvatinib', 'laterTargetedDrugs', 'laterImmunotherapy', 'advancedTrials', 'symptomRelief']],
    ['spreadUnknown', []],
    ['recurrentLocal', ['furtherSurgery', 'localTreatment', 'recurrentSymptomRelief']],
    ['recurrentDistant', ['drugTreatment', 'recurrentTrials', 'recurrentSymptomRelief']],
    ['recurrentUnknown', []],
  ])('the main options of %s, as its card beside other groups lists them', (outcome, options) => {
    expect(mainOptions[outcome as keyof typeof mainOptions]).toEqual(options);
  });

  it('the transplant outcome has its own meaning: it must not say the cancer may be removed with surgery', () => {
    expect(outcomeView('transplantable', rows[2]![1].answers).meaning).toBe('transplantable');
    expect(outcomeView('resectable', rows[0]![1].answers).meaning).toBe('resectableOrTransplantable');
  });
});

describe('the reference pages linked from outcomes', () => {
  it('downstaging shows the resectable and transplantable groups, citing them and the unresectable section', () => {
    expect(referenceView('downstaging')).toMatchObject({
      possible: ['resectable', 'transplantable'],
      sources: ['unresectable', 'resectable', 'transplantable'],
      sinceSource: false,
    });
  });

  it('"if it has come back" shows both recurrent groups, and the approvals since (they list drugs)', () => {
    expect(referenceView('ifRecurrent')).toMatchObject({
      possible: ['recurrentLocal', 'recurrentDistant'],
      sources: ['recurrent'],
      sinceSource: true,
    });
  });
});
