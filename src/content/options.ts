// Treatment options as data: each has a stable id, the source section it comes from, the kinds of
// treatment it is (./treatments), the glossary terms it uses and, for drugs, the drugs it names.
// Its words are in locales/*/options.json: options.<id>.name, .what (what it is) and .aim (what it
// aims to do, as the source says it); what each kind involves and its side effects: kinds.<kind>.
import type { DrugId } from './drugs';
import type { TermId } from './glossary';
import type { SourceSectionId } from './sources';
import type { TreatmentKindId } from './treatments';

/** Drugs as alternatives, each a drug or a combination given together. */
export type DrugChoices = readonly (readonly DrugId[])[];
type TreatmentOption = {
  /** The section of the American Cancer Society page its name, what it is and its aim come from. */
  source: SourceSectionId;
  /** The kinds of treatment it is: what each involves and its side effects, with their own sources. */
  kinds: readonly TreatmentKindId[];
  terms: readonly TermId[];
  drugs?: DrugChoices;
  /** A drug treatment: a page that shows one also says which drugs were approved since the source. */
  drugTreatment?: true;
};

export const treatmentOptions = {
  // source: Potentially resectable
  partialHepatectomy: { source: 'resectable', kinds: ['surgery'], terms: ['partialHepatectomy'] },
  transplantAlternative: { source: 'resectable', kinds: ['transplant'], terms: ['liverTransplant'] },
  trialsWithSurgery: { source: 'resectable', kinds: ['surgery', 'clinicalTrial'], terms: ['clinicalTrial', 'chemoembolization'] },
  // source: Potentially transplantable
  liverTransplant: { source: 'transplantable', kinds: ['transplant'], terms: ['liverTransplant'] },
  bridgingTreatment: { source: 'transplantable', kinds: ['ablation', 'embolization'], terms: ['ablation', 'embolization'] },
  // source: Unresectable
  ablationEmbolization: { source: 'unresectable', kinds: ['ablation', 'embolization'], terms: ['ablation', 'embolization'] },
  targetedTherapy: { source: 'unresectable', kinds: ['targeted'], terms: ['targetedTherapy'], drugTreatment: true },
  immunotherapy: { source: 'unresectable', kinds: ['immunotherapy'], terms: ['immunotherapy'], drugTreatment: true },
  chemotherapy: { source: 'unresectable', kinds: ['chemotherapy'], terms: ['chemotherapy', 'hepaticArteryInfusion'], drugTreatment: true },
  radiationTherapy: { source: 'unresectable', kinds: ['radiation'], terms: ['radiationTherapy'] },
  clinicalTrials: { source: 'unresectable', kinds: ['clinicalTrial'], terms: ['clinicalTrial'] },
  // source: Advanced
  atezolizumabBevacizumab: {
    source: 'advanced',
    kinds: ['immunotherapy', 'targeted'],
    terms: ['immunotherapy', 'targetedTherapy'],
    drugs: [['atezolizumab', 'bevacizumab']],
    drugTreatment: true,
  },
  sorafenibOrLenvatinib: {
    source: 'advanced',
    kinds: ['targeted'],
    terms: ['targetedTherapy'],
    drugs: [['sorafenib'], ['lenvatinib']],
    drugTreatment: true,
  },
  laterTargetedDrugs: {
    source: 'advanced',
    kinds: ['targeted'],
    terms: ['targetedTherapy'],
    drugs: [['regorafenib'], ['cabozantinib'], ['ramucirumab']],
    drugTreatment: true,
  },
  laterImmunotherapy: {
    source: 'advanced',
    kinds: ['immunotherapy'],
    terms: ['immunotherapy'],
    drugs: [['pembrolizumab'], ['nivolumab', 'ipilimumab']],
    drugTreatment: true,
  },
  advancedTrials: { source: 'advanced', kinds: ['clinicalTrial'], terms: ['clinicalTrial'] },
  symptomRelief: { source: 'advanced', kinds: ['palliative', 'radiation'], terms: ['palliativeTreatment', 'radiationTherapy'] },
  // source: Recurrent
  furtherSurgery: { source: 'recurrent', kinds: ['surgery'], terms: ['partialHepatectomy'] },
  localTreatment: { source: 'recurrent', kinds: ['ablation', 'embolization'], terms: ['ablation', 'embolization'] },
  localTreatmentMaybe: { source: 'recurrent', kinds: ['ablation', 'embolization'], terms: ['ablation', 'embolization'] },
  drugTreatment: {
    source: 'recurrent',
    kinds: ['targeted', 'immunotherapy', 'chemotherapy'],
    terms: ['targetedTherapy', 'immunotherapy', 'chemotherapy'],
    drugTreatment: true,
  },
  recurrentTrials: { source: 'recurrent', kinds: ['clinicalTrial'], terms: ['clinicalTrial'] },
  recurrentSymptomRelief: { source: 'recurrent', kinds: ['palliative'], terms: ['palliativeTreatment'] },
} as const satisfies Record<string, TreatmentOption>;

export type OptionId = keyof typeof treatmentOptions;
