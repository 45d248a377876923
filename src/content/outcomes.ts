// What each outcome page shows, as a pure function of the answers: the group, the options in
// sections, the notes that must be said, the groups still possible, and the questions to ask.
// clinical-map: Outcomes and their options. Prose: locales/*/outcomes.json.
import type { Answers, Barrier } from '../flow/answers';
import type { OutcomeId } from '../flow/steps';
import { treatmentOptions, type OptionId } from './options';
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
  | 'originNotSure'
  | 'stageThreeGiven'
  | 'resectableFactors'
  | 'transplantWait'
  | 'becauseHardToReach'
  | 'becauseLiverNotHealthy'
  | 'unresectableOutlook'
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
  | 'decideOrigin'
  | 'stageThreeSurgery'
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

/** The sentence that says what a group means; the transplant outcome has its own (it must not promise surgery). */
export type MeaningId = GroupId | 'transplantable';

export type OutcomeView = {
  group?: GroupId;
  meaning?: MeaningId;
  sources: readonly SourceSectionId[];
  notes: readonly NoteId[];
  sections: readonly OptionSection[];
  /** For the "not sure" outcomes: the outcomes still possible, shown side by side. */
  possible?: readonly OutcomeId[];
  /** For the "not sure" outcomes: the one question whose answer decides between them. */
  deciding?: AskId;
  /** For the unresectable outcome: the reasons the person gave. */
  reasons?: readonly Barrier[];
  ask: readonly AskId[];
  /** The page shows a drug treatment, so it also says which drugs were approved since the source. */
  sinceSource: boolean;
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

export function meaningOf(outcome: OutcomeId): MeaningId | undefined {
  return outcome === 'transplantable' ? 'transplantable' : outcomeGroup[outcome];
}

export function outcomeView(outcome: OutcomeId, a: Answers): OutcomeView {
  const content = contentOf(outcome, a);
  // clinical-map: Q-origin "not sure": a note and the question to ask, on every outcome.
  const originUnknown = a.origin === 'notSure';
  const shown = [...content.sections.flatMap((s) => s.options), ...(content.possible ?? []).flatMap((o) => outcomeOptions[o])];
  return {
    group: outcomeGroup[outcome],
    meaning: meaningOf(outcome),
    ...content,
    notes: [...(originUnknown ? (['originNotSure'] as const) : []), ...content.notes],
    ask: [...(originUnknown ? (['decideOrigin'] as const) : []), ...content.ask],
    sinceSource: showsDrugTreatment(shown),
  };
}

/** clinical-map: "Since the source was written": on every page that shows a drug treatment. */
export function showsDrugTreatment(options: readonly OptionId[]): boolean {
  return options.some((option) => 'drugTreatment' in treatmentOptions[option]);
}

type OutcomeContent = Omit<OutcomeView, 'group' | 'meaning' | 'sinceSource'>;

// clinical-map: Routing, stage III with barriers "none": the outcome names the stage given.
const stageThree = (a: Answers) => ({
  notes: a.stage === 'three' ? (['stageThreeGiven'] as const) : [],
  ask: a.stage === 'three' ? (['stageThreeSurgery'] as const) : [],
});

function contentOf(outcome: OutcomeId, a: Answers): OutcomeContent {
  switch (outcome) {
    case 'resectable':
      return {
        sources: ['resectable'],
        notes: [...stageThree(a).notes, 'resectableFactors'],
        sections: [{ id: 'options', options: outcomeOptions.resectable }],
        ask: [...stageThree(a).ask, 'resectableLiverHealth', 'resectableRecurrenceRisk', ...alwaysAsk],
      };
    case 'transplantable':
      return {
        sources: ['transplantable'],
        notes: [
          ...stageThree(a).notes,
          a.barriers?.includes('hardToReach') ? 'becauseHardToReach' : 'becauseLiverNotHealthy',
          'transplantWait',
        ],
        sections: [{ id: 'options', options: outcomeOptions.transplantable }],
        ask: [...stageThree(a).ask, 'transplantWaitingList', 'transplantBridging', ...alwaysAsk],
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
    case 'localUnknown': {
      const deciding = a.barriers?.includes('notSure') ? 'decideBarriers' : 'decideLiverHealth';
      return {
        sources: ['resectable', 'transplantable', 'unresectable'],
        notes: [],
        sections: [],
        possible: a.barriers?.includes('notSure')
          ? ['resectable', 'transplantable', 'unresectable']
          : ['resectable', 'transplantable'],
        deciding,
        ask: [deciding, 'whichGroup', ...alwaysAsk],
      };
    }
    case 'spreadUnknown':
      return {
        sources: ['intro', 'advanced'],
        notes: [],
        sections: [],
        possible: ['resectable', 'transplantable', 'unresectable', 'advanced'],
        deciding: 'decideSpread',
        ask: ['decideSpread', 'whichGroup', ...alwaysAsk],
      };
    case 'recurrentUnknown':
      return {
        sources: ['recurrent'],
        notes: ['recurrentFactors'],
        sections: [],
        possible: ['recurrentLocal', 'recurrentDistant'],
        deciding: 'decideRecurrenceSite',
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
    // Clinical trials stay: the source does not limit them to class A or B.
    return {
      ...base,
      notes: ['childPughC'],
      sections: [{ id: 'options', options: ['advancedTrials', 'symptomRelief'] }],
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
