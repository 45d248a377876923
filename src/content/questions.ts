// How each question of the clinical map is asked: radios or checkboxes, which choices stand alone,
// and the glossary terms its page explains. Words: locales/*/questions.json under the question's id.
import { exclusiveBarriers, type QuestionId } from '../flow/answers';
import type { TermId } from './glossary';
import type { EstablishedReferenceId, SourceSectionId } from './sources';

export type QuestionPresentation = {
  kind: 'radio' | 'checkbox';
  terms: readonly TermId[];
  /** Where the question's distinction comes from. */
  basis: SourceSectionId | EstablishedReferenceId;
  /** Checkboxes that stand alone (GOV.UK exclusive checkboxes), set apart by an "or" before the first. */
  exclusive?: readonly string[];
  /** A tool that works the answer out, linked under the choices. */
  tool?: 'childPughCalculator';
};

export const questionPresentation = {
  origin: { kind: 'radio', terms: ['primaryLiverCancer', 'metastasis'], basis: 'intro' },
  history: { kind: 'radio', terms: ['recurrence'], basis: 'recurrent' },
  stage: { kind: 'radio', terms: ['stage', 'tnm', 'lymphNodes', 'metastasis'], basis: 'ajccStaging' },
  spread: { kind: 'radio', terms: ['lymphNodes', 'metastasis', 'tnm'], basis: 'advanced' },
  liverHealth: { kind: 'radio', terms: ['cirrhosis'], basis: 'resectable' },
  barriers: { kind: 'checkbox', terms: ['resectable', 'partialHepatectomy'], basis: 'unresectable', exclusive: exclusiveBarriers },
  liverFunction: { kind: 'radio', terms: ['childPugh', 'cirrhosis'], basis: 'childPugh', tool: 'childPughCalculator' },
  drugLine: { kind: 'radio', terms: ['targetedTherapy', 'immunotherapy'], basis: 'advanced' },
  recurrenceSite: { kind: 'radio', terms: ['recurrence', 'metastasis'], basis: 'recurrent' },
  firstTreatment: {
    kind: 'radio',
    terms: ['partialHepatectomy', 'liverTransplant', 'ablation', 'embolization'],
    basis: 'recurrent',
  },
} as const satisfies Record<QuestionId, QuestionPresentation>;

/**
 * The choices selected after a person ticks or unticks one: a radio replaces the choice; an
 * exclusive checkbox ("None of these", "I'm not sure") stands alone and clears the others, and
 * any other checkbox clears the exclusive ones.
 */
export function selectChoice(question: QuestionId, selected: readonly string[], choice: string, checked: boolean): string[] {
  const { kind, exclusive = [] } = questionPresentation[question] as QuestionPresentation;
  if (kind === 'radio') return [choice];
  if (!checked) return selected.filter((c) => c !== choice);
  if (exclusive.includes(choice)) return [choice];
  return [...selected.filter((c) => !exclusive.includes(c)), choice];
}
