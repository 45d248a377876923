// The answers a person gives, one record per question of the clinical map.
// clinical-map: Questions. Every question offers "notSure".

export const questionIds = [
  'origin',
  'history',
  'stage',
  'spread',
  'liverHealth',
  'barriers',
  'liverFunction',
  'drugLine',
  'recurrenceSite',
  'firstTreatment',
] as const;
export type QuestionId = (typeof questionIds)[number];

export const answerChoices = {
  // clinical-map: Q-origin. The source covers cancer that started in the liver only.
  origin: ['yes', 'no', 'notSure'],
  // clinical-map: Q-history
  history: ['first', 'recurrent', 'notSure'],
  // clinical-map: Q-stage (optional). AJCC 8th: I-III are N0 M0; IV is N1 or M1.
  stage: ['early', 'three', 'four', 'notSure'],
  // clinical-map: Q-spread
  spread: ['no', 'yes', 'notSure'],
  // clinical-map: Q-liver
  liverHealth: ['healthy', 'notHealthy', 'notSure'],
  // clinical-map: Q-barriers ("none" and "notSure" exclude the others)
  barriers: ['tooLarge', 'hardToReach', 'several', 'unfit', 'none', 'notSure'],
  // clinical-map: Q-function (Child-Pugh class)
  liverFunction: ['a', 'b', 'c', 'notSure'],
  // clinical-map: Q-line
  drugLine: ['no', 'yes', 'notSure'],
  // clinical-map: Q-where
  recurrenceSite: ['local', 'distant', 'notSure'],
  // clinical-map: Q-first
  firstTreatment: ['surgery', 'transplant', 'localTherapy', 'drugs', 'radiation', 'otherOrNotSure'],
} as const satisfies Record<QuestionId, readonly string[]>;

export type Choice<Q extends QuestionId> = (typeof answerChoices)[Q][number];
export type Barrier = Choice<'barriers'>;
export const exclusiveBarriers = ['none', 'notSure'] as const satisfies readonly Barrier[];

export type Answers = {
  [Q in Exclude<QuestionId, 'barriers'>]?: Choice<Q>;
} & { barriers?: readonly Barrier[] };

export type AnswerValue<Q extends QuestionId> = Q extends 'barriers' ? readonly Barrier[] : Choice<Q>;

/** An answer is valid when it uses the question's own choices; checkboxes need at least one
 * choice, and "none" or "not sure" stand alone. */
export function isValidAnswer(question: QuestionId, value: unknown): boolean {
  const choices: readonly string[] = answerChoices[question];
  if (question !== 'barriers') return typeof value === 'string' && choices.includes(value);
  if (!Array.isArray(value) || value.length === 0) return false;
  if (!value.every((v) => typeof v === 'string' && choices.includes(v))) return false;
  if (new Set(value).size !== value.length) return false;
  const exclusive = value.some((v) => (exclusiveBarriers as readonly string[]).includes(v));
  return !exclusive || value.length === 1;
}
