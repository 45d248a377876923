// What each outcome page shows, as a pure function of the answers: the group, the options in
// sections, the notes that must be said, the groups still possible, and the questions to ask.
// clinical-map: Outcomes and their options. Prose: locales/*/outcomes.json.
import type { Answers, Barrier } from '../flow/answers';
import type { OutcomeId } from '../flow/steps';
import type { OptionId } from './options';
import type { SourceSectionId } from './sources';

export const groupIds = ['resectableOrTransplantable', 'unresectable', 'advanced', 'recurrent'] as const;
export type GroupId = (typeof groupIds)[number];

export type SectionId =
  | 'options'
  | 'firstLine'
  | 'ifTheseStop'
  | 'afterFirstLine'
  | 'usuallyFirst'
  | 'alsoForEveryone'
  | 'relief';

/** A heading and the options under it; `condition` names a condition shown before them. */
export type OptionSection = { id: SectionId; options: readonly OptionId[]; condition?: 'ifChildPughAOrB' };

export type NoteId =
  | 'resectableFactors'
  | 'transplantWait'
  | 'becauseHardToReach'
  | 'becauseLiverNotHealthy'
  | 'unresectableOutlook'
  | 'cannotBeRemoved'
  | 'childPughC'
  | 'childPughUnknown'
  | 'drugLineUnknown'
  | 'recurrentFactors'
  | 'noSpecificOptionAfterFirstTreatment'
  | 'liverFunctionA'
  | 'liverFunctionB'
  | 'liverFunctionC'
  | 'liverFunctionNotSure';

export type AskId =
  | 'whichGroup'
  | 'goalOfTreatment'
  | 'sideEffects'
  | 'clinicalTrial'
  | 'newerTreatments'
  | 'resectableLiverHealth'
  | 'resectableRecurrenceRisk'
  | 'transplantWaitingList'
  | 'transplantBridging'
  | 'unresectableShrink'
  | 'unresectableWhichLocal'
  | 'advancedChildPugh'
  | 'advancedWhichDrugs'
  | 'advancedChildPughC'
  | 'recurrentWhichOptions'
  | 'recurrentLiverFunction'
  | 'decideSpread'
  | 'decideLiverHealth'
  | 'decideBarriers'
  | 'decideRecurrenceSite';

export type OutcomeView = {
  group?: GroupId;
  sources: readonly SourceSectionId[];
  notes: readonly NoteId[];
  sections: readonly OptionSection[];
  /** For the "not sure" outcomes: the outcomes still possible, shown side by side. */
  possible?: readonly OutcomeId[];
  /** For the unresectable outcome: the reasons the person gave. */
  reasons?: readonly Barrier[];
  ask: readonly AskId[];
};

const firstLine = ['atezolizumabBevacizumab', 'sorafenibOrLenvatinib'] as const satisfies readonly OptionId[];
const laterLine = ['laterTargetedDrugs', 'laterImmunotherapy'] as const satisfies readonly OptionId[];
const alwaysAsk = ['goalOfTreatment', 'sideEffects', 'clinicalTrial', 'newerTreatments'] as const satisfies readonly AskId[];

/** The options each outcome names, in the order the source gives them (used side by side too). */
export const outcomeOptions: Record<OutcomeId, readonly OptionId[]> = {
  resectable: ['partialHepatectomy', 'transplantAlternative', 'trialsWithSurgery'],
  transplantable: ['liverTransplant', 'bridgingTreatment'],
  unresectable: ['ablationEmbolization', 'targetedTherapy', 'immunotherapy', 'chemotherapy', 'radiationTherapy', 'clinicalTrials'],
  localUnknown: [],
  advanced: [...firstLine, ...laterLine, 'advancedTrials', 'symptomRelief'],
  spreadUnknown: [],
  recurrentLocal: ['furtherSurgery', 'localTreatment', 'recurrentSymptomRelief'],
  recurrentDistant: ['drugTreatment', 'recurrentTrials', 'recurrentSymptomRelief'],
  recurrentUnknown: [],
};

export const outcomeGroup: Partial<Record<OutcomeId, GroupId>> = {
  resectable: 'resectableOrTransplantable',
  transplantable: 'resectableOrTransplantable',
  unresectable: 'unresectable',
  advanced: 'advanced',
  recurrentLocal: 'recurrent',
  recurrentDistant: 'recurrent',
};

export function outcomeView(outcome: OutcomeId, a: Answers): OutcomeView {
  return { group: outcomeGroup[outcome], ...contentOf(outcome, a) };
}

type OutcomeContent = Omit<OutcomeView, 'group'>;

function contentOf(outcome: OutcomeId, a: Answers): OutcomeContent {
  switch (outcome) {
    case 'resectable':
      return {
        sources: ['resectable'],
        notes: ['resectableFactors'],
        sections: [{ id: 'options', options: outcomeOptions.resectable }],
        ask: ['resectableLiverHealth', 'resectableRecurrenceRisk', ...alwaysAsk],
      };
    case 'transplantable':
      return {
        sources: ['transplantable'],
        notes: [a.barriers?.includes('hardToReach') ? 'becauseHardToReach' : 'becauseLiverNotHealthy', 'transplantWait'],
        sections: [{ id: 'options', options: outcomeOptions.transplantable }],
        ask: ['transplantWaitingList', 'transplantBridging', ...alwaysAsk],
      };
    case 'unresectable':
      return {
        sources: ['unresectable'],
        notes: ['unresectableOutlook'],
        reasons: (a.barriers ?? []).filter((b) => b !== 'none' && b !== 'notSure'),
        sections: [{ id: 'options', options: outcomeOptions.unresectable }],
        ask: ['unresectableWhichLocal', 'unresectableShrink', ...alwaysAsk],
      };
    case 'advanced':
      return advancedView(a);
    case 'recurrentLocal':
    case 'recurrentDistant':
      return recurrentView(outcome, a);
    case 'localUnknown':
      return {
        sources: ['resectable', 'transplantable', 'unresectable'],
        notes: [],
        sections: [],
        possible: a.barriers?.includes('notSure')
          ? ['resectable', 'transplantable', 'unresectable']
          : ['resectable', 'transplantable'],
        ask: [a.barriers?.includes('notSure') ? 'decideBarriers' : 'decideLiverHealth', 'whichGroup', ...alwaysAsk],
      };
    case 'spreadUnknown':
      return {
        sources: ['intro', 'advanced'],
        notes: [],
        sections: [],
        possible: ['resectable', 'transplantable', 'unresectable', 'advanced'],
        ask: ['decideSpread', 'whichGroup', ...alwaysAsk],
      };
    case 'recurrentUnknown':
      return {
        sources: ['recurrent'],
        notes: ['recurrentFactors'],
        sections: [],
        possible: ['recurrentLocal', 'recurrentDistant'],
        ask: ['decideRecurrenceSite', 'recurrentWhichOptions', ...alwaysAsk],
      };
  }
}

// clinical-map: O-advanced and Q-line.
function advancedView(a: Answers): OutcomeContent {
  const base = { sources: ['advanced'] } as const;
  const relief: OptionSection = { id: 'alsoForEveryone', options: ['advancedTrials', 'symptomRelief'] };
  if (a.liverFunction === 'c') {
    // The source lists drug options only for Child-Pugh A or B: show none as if it applied.
    return {
      ...base,
      notes: ['cannotBeRemoved', 'childPughC'],
      sections: [{ id: 'relief', options: ['symptomRelief'] }],
      ask: ['advancedChildPughC', ...alwaysAsk],
    };
  }
  const condition = a.liverFunction === 'notSure' ? ({ condition: 'ifChildPughAOrB' } as const) : {};
  const drugSections: OptionSection[] =
    a.drugLine === 'yes'
      ? [
          { id: 'afterFirstLine', options: laterLine, ...condition },
          { id: 'usuallyFirst', options: firstLine, ...condition },
        ]
      : [
          { id: 'firstLine', options: firstLine, ...condition },
          { id: 'ifTheseStop', options: laterLine, ...condition },
        ];
  return {
    ...base,
    notes: [
      'cannotBeRemoved',
      ...(a.liverFunction === 'notSure' ? (['childPughUnknown'] as const) : []),
      ...(a.drugLine === 'notSure' ? (['drugLineUnknown'] as const) : []),
    ],
    sections: [...drugSections, relief],
    ask: [
      ...(a.liverFunction === 'notSure' ? (['advancedChildPugh'] as const) : []),
      ...(a.drugLine === 'notSure' ? (['advancedWhichDrugs'] as const) : []),
      ...alwaysAsk,
    ],
  };
}

// clinical-map: O-recurrent-local / O-recurrent-distant.
function recurrentView(outcome: 'recurrentLocal' | 'recurrentDistant', a: Answers): OutcomeContent {
  const liverFunctionNote = (
    { a: 'liverFunctionA', b: 'liverFunctionB', c: 'liverFunctionC', notSure: 'liverFunctionNotSure' } as const
  )[a.liverFunction ?? 'notSure'];
  const uncertainLiver = a.liverFunction === 'c' || a.liverFunction === 'notSure';
  const ask: AskId[] = [
    'recurrentWhichOptions',
    ...(uncertainLiver ? (['recurrentLiverFunction'] as const) : []),
    ...alwaysAsk,
  ];
  if (outcome === 'recurrentDistant') {
    return {
      sources: ['recurrent'],
      notes: ['recurrentFactors', liverFunctionNote],
      sections: [
        { id: 'options', options: ['drugTreatment', 'recurrentTrials'] },
        { id: 'relief', options: ['recurrentSymptomRelief'] },
      ],
      ask,
    };
  }
  const afterSurgery = a.firstTreatment === 'surgery';
  return {
    sources: ['recurrent'],
    notes: [
      'recurrentFactors',
      ...(afterSurgery ? [] : (['noSpecificOptionAfterFirstTreatment'] as const)),
      liverFunctionNote,
    ],
    sections: [
      { id: 'options', options: afterSurgery ? ['furtherSurgery', 'localTreatment'] : ['localTreatmentMaybe'] },
      { id: 'relief', options: ['recurrentSymptomRelief'] },
    ],
    ask,
  };
}
