// Treatment options as data: each has a stable id, the source section it comes from, the
// glossary terms it uses and, for drugs, the drugs it names. Its name and its one-paragraph
// plain explanation are in locales/*/options.json (options.<id>.name, options.<id>.body).
import type { DrugId } from './drugs';
import type { TermId } from './glossary';
import type { SourceSectionId } from './sources';

/** Drugs as alternatives, each a drug or a combination given together. */
export type DrugChoices = readonly (readonly DrugId[])[];
type TreatmentOption = { source: SourceSectionId; terms: readonly TermId[]; drugs?: DrugChoices };

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
  targetedTherapy: { source: 'unresectable', terms: ['targetedTherapy'] },
  immunotherapy: { source: 'unresectable', terms: ['immunotherapy'] },
  chemotherapy: { source: 'unresectable', terms: ['chemotherapy', 'hepaticArteryInfusion'] },
  radiationTherapy: { source: 'unresectable', terms: ['radiationTherapy'] },
  clinicalTrials: { source: 'unresectable', terms: ['clinicalTrial'] },
  // source: Advanced
  atezolizumabBevacizumab: {
    source: 'advanced',
    terms: ['immunotherapy', 'targetedTherapy'],
    drugs: [['atezolizumab', 'bevacizumab']],
  },
  sorafenibOrLenvatinib: { source: 'advanced', terms: ['targetedTherapy'], drugs: [['sorafenib'], ['lenvatinib']] },
  laterTargetedDrugs: {
    source: 'advanced',
    terms: ['targetedTherapy'],
    drugs: [['regorafenib'], ['cabozantinib'], ['ramucirumab']],
  },
  laterImmunotherapy: {
    source: 'advanced',
    terms: ['immunotherapy'],
    drugs: [['pembrolizumab'], ['nivolumab', 'ipilimumab']],
  },
  advancedTrials: { source: 'advanced', terms: ['clinicalTrial'] },
  symptomRelief: { source: 'advanced', terms: ['palliativeTreatment', 'radiationTherapy'] },
  // source: Recurrent
  furtherSurgery: { source: 'recurrent', terms: ['partialHepatectomy'] },
  localTreatment: { source: 'recurrent', terms: ['ablation', 'embolization'] },
  localTreatmentMaybe: { source: 'recurrent', terms: ['ablation', 'embolization'] },
  drugTreatment: { source: 'recurrent', terms: ['targetedTherapy', 'immunotherapy', 'chemotherapy'] },
  recurrentTrials: { source: 'recurrent', terms: ['clinicalTrial'] },
  recurrentSymptomRelief: { source: 'recurrent', terms: ['palliativeTreatment'] },
} as const satisfies Record<string, TreatmentOption>;

export type OptionId = keyof typeof treatmentOptions;
