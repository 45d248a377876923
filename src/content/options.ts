// Treatment options as data: each has a stable id, the source section it comes from, the
// glossary terms it uses and, for drugs, the drugs it names. Its name and its one-paragraph
// plain explanation are in locales/*/options.json (options.<id>.name, options.<id>.body).
import type { DrugId } from './drugs';
import type { TermId } from './glossary';
import type { SourceSectionId } from './sources';

/** Drugs as alternatives, each a drug or a combination given together. */
export type DrugChoices = readonly (readonly DrugId[])[];
type TreatmentOption = {
  source: SourceSectionId;
  terms: readonly TermId[];
  drugs?: DrugChoices;
  /** A drug treatment: a page that shows one also says which drugs were approved since the source. */
  drugTreatment?: true;
};

export const treatmentOptions = {
  // source: Potentially resectable
  partialHepatectomy: { source: 'resectable', terms: ['partialHepatectomy'] },
  transplantAlternative: { source: 'resectable', terms: ['liverTransplant'] },
  trialsWithSurgery: { source: 'resectable', terms: ['clinicalTrial', 'chemoembolization'] },
  // source: Potentially transplantable
  liverTransplant: { source: 'transplantable', terms: ['liverTransplant'] },
  bridgingTreatment: { source: 'transplantable', terms: ['ablation', 'embolization'] },
  // source: Unresectable
  ablationEmbolization: { source: 'unresectable', terms: ['ablation', 'embolization'] },
  targetedTherapy: { source: 'unresectable', terms: ['targetedTherapy'], drugTreatment: true },
  immunotherapy: { source: 'unresectable', terms: ['immunotherapy'], drugTreatment: true },
  chemotherapy: { source: 'unresectable', terms: ['chemotherapy', 'hepaticArteryInfusion'], drugTreatment: true },
  radiationTherapy: { source: 'unresectable', terms: ['radiationTherapy'] },
  clinicalTrials: { source: 'unresectable', terms: ['clinicalTrial'] },
  // source: Advanced
  atezolizumabBevacizumab: {
    source: 'advanced',
    terms: ['immunotherapy', 'targetedTherapy'],
    drugs: [['atezolizumab', 'bevacizumab']],
    drugTreatment: true,
  },
  sorafenibOrLenvatinib: {
    source: 'advanced',
    terms: ['targetedTherapy'],
    drugs: [['sorafenib'], ['lenvatinib']],
    drugTreatment: true,
  },
  laterTargetedDrugs: {
    source: 'advanced',
    terms: ['targetedTherapy'],
    drugs: [['regorafenib'], ['cabozantinib'], ['ramucirumab']],
    drugTreatment: true,
  },
  laterImmunotherapy: {
    source: 'advanced',
    terms: ['immunotherapy'],
    drugs: [['pembrolizumab'], ['nivolumab', 'ipilimumab']],
    drugTreatment: true,
  },
  advancedTrials: { source: 'advanced', terms: ['clinicalTrial'] },
  symptomRelief: { source: 'advanced', terms: ['palliativeTreatment', 'radiationTherapy'] },
  // source: Recurrent
  furtherSurgery: { source: 'recurrent', terms: ['partialHepatectomy'] },
  localTreatment: { source: 'recurrent', terms: ['ablation', 'embolization'] },
  localTreatmentMaybe: { source: 'recurrent', terms: ['ablation', 'embolization'] },
  drugTreatment: {
    source: 'recurrent',
    terms: ['targetedTherapy', 'immunotherapy', 'chemotherapy'],
    drugTreatment: true,
  },
  recurrentTrials: { source: 'recurrent', terms: ['clinicalTrial'] },
  recurrentSymptomRelief: { source: 'recurrent', terms: ['palliativeTreatment'] },
} as const satisfies Record<string, TreatmentOption>;

export type OptionId = keyof typeof treatmentOptions;
