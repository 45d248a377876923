// Terms explained in plain words (locales/*/glossary.json: glossary.<id>.term and .definition).
export const termIds = [
  'primaryLiverCancer',
  'cirrhosis',
  'lymphNodes',
  'metastasis',
  'stage',
  'tnm',
  'childPugh',
  'resectable',
  'partialHepatectomy',
  'liverTransplant',
  'ablation',
  'embolization',
  'chemoembolization',
  'targetedTherapy',
  'immunotherapy',
  'chemotherapy',
  'hepaticArteryInfusion',
  'radiationTherapy',
  'clinicalTrial',
  'palliativeTreatment',
  'recurrence',
  'bilirubin',
  'albumin',
  'inr',
  'ascites',
  'encephalopathy',
] as const;
export type TermId = (typeof termIds)[number];

export function isTermId(value: string): value is TermId {
  return (termIds as readonly string[]).includes(value);
}

/** The terms the Child-Pugh calculator explains. */
export const calculatorTerms = ['childPugh', 'bilirubin', 'albumin', 'inr', 'ascites', 'encephalopathy'] as const satisfies readonly TermId[];
