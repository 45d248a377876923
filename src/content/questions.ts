// How each question of the clinical map is asked: radios or checkboxes, which choices stand alone,
// and the glossary terms its page explains. Words: locales/*/questions.json under the question's id.
import type { QuestionId } from '../flow/answers';
import type { TermId } from './glossary';
import type { EstablishedReferenceId, SourceSectionId } from './sources';

type QuestionPresentation = {
  kind: 'radio' | 'checkbox';
  terms: readonly TermId[];
  /** Where the question's distinction comes from. */
  basis: SourceSectionId | EstablishedReferenceId;
};

export const questionPresentation = {
  origin: { kind: 'radio', terms: ['primaryLiverCancer', 'metastasis'], basis: 'intro' },
  history: { kind: 'radio', terms: ['recurrence'], basis: 'recurrent' },
  stage: { kind: 'radio', terms: ['stage', 'tnm', 'lymphNodes', 'metastasis'], basis: 'ajccStaging' },
  spread: { kind: 'radio', terms: ['lymphNodes', 'metastasis', 'tnm'], basis: 'advanced' },
  liverHealth: { kind: 'radio', terms: ['cirrhosis'], basis: 'resectable' },
  barriers: { kind: 'checkbox', terms: ['resectable', 'partialHepatectomy'], basis: 'unresectable' },
  liverFunction: { kind: 'radio', terms: ['childPugh', 'cirrhosis'], basis: 'childPugh' },
  drugLine: { kind: 'radio', terms: ['targetedTherapy', 'immunotherapy'], basis: 'advanced' },
  recurrenceSite: { kind: 'radio', terms: ['recurrence', 'metastasis'], basis: 'recurrent' },
  firstTreatment: {
    kind: 'radio',
    terms: ['partialHepatectomy', 'liverTransplant', 'ablation', 'embolization'],
    basis: 'recurrent',
  },
} as const satisfies Record<QuestionId, QuestionPresentation>;
