// What each outcome page shows, as a pure function of the answers: the group, the options in
// sections, the notes that must be said, the groups still possible, and the questions to ask.
// clinical-map: Outcomes and their options. Prose: locales/*/outcomes.json.
import type { Answers, Barrier } from '../flow/answers';
import { outcomeIds, type OutcomeId, type ReferenceId } from '../flow/steps';
import type { TermId } from './glossary';
import { treatmentOptions, type OptionId } from './options';
import { patientInformationIds, type PatientInformationId } from './information';
import { sourceSectionIds, type SourceSectionId } from './sources';
import { treatmentKinds } from './treatments';

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
  | 'decideRecurrenceSite'
  | 'decideHistory'
  | 'decideStage'
  | 'decideFirstTreatment';

/** The sentence that says what a group means; the transplant outcome has its own (it must not promise surgery). */
export type MeaningId = GroupId | 'transplantable';

/** Links an outcome page offers beyond its options: to a place on the page, a question, or a reference page. */
export type OutcomeLink = 'findOutChildPugh' | 'downstaging' | 'ifRecurrent';

/** An entry of "Options for this group" at the top of a page: an option's card, or a possible group's. */
export type GlanceItem = { anchor: string } & ({ option: OptionId; outcome?: never } | { outcome: OutcomeId; option?: never });
/** The entries under one heading of the page (a section of options), or all of them when there is one. */
export type GlanceGroup = { section?: SectionId; items: readonly GlanceItem[] };

/** Where an option's card is on a page: an option can be shown under two groups (recurrentUnknown). */
export const optionAnchor = (scope: SectionId | OutcomeId, option: OptionId) => `option-${scope}-${option}`;
/** Where a possible group's card is, on a "not sure" page. */
export const groupAnchor = (outcome: OutcomeId) => `group-${outcome}`;
/** Where a possible group's options are explained in full, on a "not sure" page. */
export const groupOptionsAnchor = (outcome: OutcomeId) => `group-options-${outcome}`;

export type OutcomeView = {
  group?: GroupId;
  meaning?: MeaningId;
  /** At the top of the page: each option, by section in the order of the page; or, when not sure, each possible group. */
  glance: readonly GlanceGroup[];
  /** The source sections it cites: those of the options it shows, in the source's order. */
  sources: readonly SourceSectionId[];
  /** The patient-information pages behind what the options shown involve and their side effects. */
  information: readonly PatientInformationId[];
  /** The glossary terms of the options it shows. */
  terms: readonly TermId[];
  links: readonly OutcomeLink[];
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

export type ReferenceView = Pick<OutcomeView, 'sources' | 'information' | 'terms' | 'sinceSource'> & {
  possible: readonly OutcomeId[];
};

const firstLine = ['atezolizumabBevacizumab', 'sorafenibOrLenvatinib'] as const satisfies readonly OptionId[];
const laterLine = ['laterTargetedDrugs', 'laterImmunotherapy'] as const satisfies readonly OptionId[];
const advancedForEveryone = ['advancedTrials', 'symptomRelief'] as const satisfies readonly OptionId[];
const recurrentAfterSurgery = ['furtherSurgery', 'localTreatment'] as const satisfies readonly OptionId[];
const recurrentWidespread = ['drugTreatment', 'recurrentTrials'] as const satisfies readonly OptionId[];
const recurrentRelief = ['recurrentSymptomRelief'] as const satisfies readonly OptionId[];
const alwaysAsk = ['goalOfTreatment', 'sideEffects', 'clinicalTrial', 'newerTreatments'] as const satisfies readonly AskId[];

/** The main options of each outcome, in the order the source gives them: its page, and its card beside others. */
export const mainOptions: Record<OutcomeId, readonly OptionId[]> = {
  resectable: ['partialHepatectomy', 'transplantAlternative', 'trialsWithSurgery'],
  transplantable: ['liverTransplant', 'bridgingTreatment'],
  unresectable: ['ablationEmbolization', 'targetedTherapy', 'immunotherapy', 'chemotherapy', 'radiationTherapy', 'clinicalTrials'],
  localUnknown: [],
  advanced: [...firstLine, ...laterLine, ...advancedForEveryone],
  spreadUnknown: [],
  recurrentLocal: [...recurrentAfterSurgery, ...recurrentRelief],
  recurrentDistant: [...recurrentWidespread, ...recurrentRelief],
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

/** The outcomes of one group each (not the "not sure" ones), for the overview. */
export const singleGroupOutcomes = outcomeIds.filter((outcome) => outcomeGroup[outcome] !== undefined);

export function meaningOf(outcome: OutcomeId): MeaningId | undefined {
  return outcome === 'transplantable' ? 'transplantable' : outcomeGroup[outcome];
}

/** The one description of an outcome page: screens only render it. */
export function outcomeView(outcome: OutcomeId, a: Answers): OutcomeView {
  const content = contentOf(outcome, a);
  // clinical-map: Q-origin "not sure": a note and the question to ask, on every outcome.
  const originUnknown = a.origin === 'notSure';
  const shown = shownOptions(content.sections, content.possible);
  return {
    group: outcomeGroup[outcome],
    meaning: meaningOf(outcome),
    glance: content.possible
      ? [{ items: content.possible.map((possible) => ({ anchor: groupAnchor(possible), outcome: possible })) }]
      : content.sections.map((section) => ({
          ...(content.sections.length > 1 ? { section: section.id } : {}),
          items: section.options.map((option) => ({ anchor: optionAnchor(section.id, option), option })),
        })),
    ...content,
    notes: [...(originUnknown ? (['originNotSure'] as const) : []), ...content.notes],
    ask: [...(originUnknown ? (['decideOrigin'] as const) : []), ...content.ask],
    links: [
      ...(content.notes.includes('childPughUnknown') ? (['findOutChildPugh'] as const) : []),
      ...(outcome === 'unresectable' ? (['downstaging'] as const) : []),
      // clinical-map: Q-history "not sure": "if this is a recurrence, the options differ".
      ...(a.history === 'notSure' ? (['ifRecurrent'] as const) : []),
    ],
    ...citing(shown),
  };
}

/** The pages linked from an outcome: the options they show, side by side, and what they cite. */
export function referenceView(reference: ReferenceId): ReferenceView {
  // clinical-map: from O-unresectable, "If treatment shrinks the tumor"; Q-history "not sure".
  const possible = reference === 'downstaging' ? (['resectable', 'transplantable'] as const) : (['recurrentLocal', 'recurrentDistant'] as const);
  const shown = shownOptions([], possible);
  const cited = citing(shown);
  return { possible, ...cited, sources: reference === 'downstaging' ? ['unresectable', ...cited.sources] : cited.sources };
}

function shownOptions(sections: readonly OptionSection[], possible: readonly OutcomeId[] = []): OptionId[] {
  return [...sections.flatMap((section) => section.options), ...possible.flatMap((outcome) => mainOptions[outcome])];
}

/** What a page cites and explains follows from the options it shows: each option's own source and terms. */
function citing(shown: readonly OptionId[]) {
  return {
    sources: sourceSectionIds.filter((section) => shown.some((option) => treatmentOptions[option].source === section)),
    information: informationOf(shown),
    terms: [...new Set(shown.flatMap((option) => treatmentOptions[option].terms))],
    sinceSource: showsDrugTreatment(shown),
  };
}

/** The patient-information pages behind the options' kinds of treatment, in the order of the records. */
export function informationOf(options: readonly OptionId[]): PatientInformationId[] {
  const used = new Set(options.flatMap((option) => treatmentOptions[option].kinds.flatMap((kind) => treatmentKinds[kind].sources)));
  return patientInformationIds.filter((id) => used.has(id));
}

/** clinical-map: "Since the source was written": on every page that shows a drug treatment. */
export function showsDrugTreatment(options: readonly OptionId[]): boolean {
  return options.some((option) => 'drugTreatment' in treatmentOptions[option]);
}

type OutcomeContent = Omit<OutcomeView, 'group' | 'meaning' | 'glance' | 'sinceSource' | 'sources' | 'information' | 'terms' | 'links'>;

// clinical-map: Routing, stage III with barriers "none": the outcome names the stage given.
const stageThree = (a: Answers) => ({
  notes: a.stage === 'three' ? (['stageThreeGiven'] as const) : [],
  ask: a.stage === 'three' ? (['stageThreeSurgery'] as const) : [],
});

function contentOf(outcome: OutcomeId, a: Answers): OutcomeContent {
  switch (outcome) {
    case 'resectable':
      return {
        notes: [...stageThree(a).notes, 'resectableFactors'],
        sections: [{ id: 'options', options: mainOptions.resectable }],
        ask: [...stageThree(a).ask, 'resectableLiverHealth', 'resectableRecurrenceRisk', ...alwaysAsk],
      };
    case 'transplantable':
      return {
        notes: [
          ...stageThree(a).notes,
          a.barriers?.includes('hardToReach') ? 'becauseHardToReach' : 'becauseLiverNotHealthy',
          'transplantWait',
        ],
        sections: [{ id: 'options', options: mainOptions.transplantable }],
        ask: [...stageThree(a).ask, 'transplantWaitingList', 'transplantBridging', ...alwaysAsk],
      };
    case 'unresectable':
      return {
        notes: ['unresectableOutlook'],
        // Only barriers lead here: "none" and "not sure" stand alone (clinical-map: Q-barriers).
        reasons: a.barriers ?? [],
        sections: [{ id: 'options', options: mainOptions.unresectable }],
        ask: ['unresectableWhichLocal', 'unresectableShrink', ...alwaysAsk],
      };
    case 'advanced':
      return advancedView(a);
    case 'recurrentLocal':
    case 'recurrentDistant':
      return recurrentView(outcome, a);
    case 'localUnknown': {
      const barriersUnknown = a.barriers?.includes('notSure') ?? false;
      const deciding = barriersUnknown ? 'decideBarriers' : 'decideLiverHealth';
      return {
        notes: [],
        sections: [],
        possible: barriersUnknown ? ['resectable', 'transplantable', 'unresectable'] : ['resectable', 'transplantable'],
        deciding,
        ask: [deciding, 'whichGroup', ...alwaysAsk],
      };
    }
    case 'spreadUnknown':
      return {
        notes: [],
        sections: [],
        possible: ['resectable', 'transplantable', 'unresectable', 'advanced'],
        deciding: 'decideSpread',
        ask: ['decideSpread', 'whichGroup', ...alwaysAsk],
      };
    case 'recurrentUnknown':
      return {
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
  if (a.liverFunction === 'c') {
    // The source lists drug options only for Child-Pugh A or B: show none as if it applied.
    // Clinical trials stay: the source does not limit them to class A or B.
    return {
      notes: ['childPughC'],
      sections: [{ id: 'options', options: advancedForEveryone }],
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
    notes: [
      ...(a.liverFunction === 'notSure' ? (['childPughUnknown'] as const) : []),
      ...(a.drugLine === 'notSure' ? (['drugLineUnknown'] as const) : []),
    ],
    sections: [...drugSections, { id: 'alsoForEveryone', options: advancedForEveryone }],
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
  const relief: OptionSection = { id: 'relief', options: recurrentRelief };
  if (outcome === 'recurrentDistant') {
    return {
      notes: ['recurrentFactors', liverFunctionNote],
      sections: [{ id: 'options', options: recurrentWidespread }, relief],
      ask,
    };
  }
  // "People with resectable cancer that recurs in the liver might be eligible for further surgery
  // or local treatments": after another first treatment the source names no specific option.
  const afterSurgery = a.firstTreatment === 'surgery';
  return {
    notes: [
      'recurrentFactors',
      ...(afterSurgery ? [] : (['noSpecificOptionAfterFirstTreatment'] as const)),
      liverFunctionNote,
    ],
    sections: [{ id: 'options', options: afterSurgery ? recurrentAfterSurgery : ['localTreatmentMaybe'] }, relief],
    ask,
  };
}
