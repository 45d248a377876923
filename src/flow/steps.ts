import { questionIds } from './answers';

// Every place the wizard can be: the start page, the questions, the Child-Pugh calculator, the
// stage III check, the summary, the outcomes of the clinical map, the exit page for cancer that
// did not start in the liver, two reference pages linked from outcomes, and the optional page of
// what matters to the person, offered from every outcome.
export const outcomeIds = [
  'resectable',
  'transplantable',
  'unresectable',
  'localUnknown',
  'advanced',
  'spreadUnknown',
  'recurrentLocal',
  'recurrentDistant',
  'recurrentUnknown',
] as const;
export type OutcomeId = (typeof outcomeIds)[number];

/** Pages reached from an outcome's links rather than from answers. */
export const referenceIds = ['downstaging', 'ifRecurrent'] as const;
export type ReferenceId = (typeof referenceIds)[number];

export const stepIds = [
  'start',
  ...questionIds,
  'childPughCalculator',
  'stageCheck',
  'checkAnswers',
  ...outcomeIds,
  'notCovered',
  ...referenceIds,
  'values',
] as const;
export type StepId = (typeof stepIds)[number];

export function isStepId(value: string): value is StepId {
  return (stepIds as readonly string[]).includes(value);
}

export function isOutcome(step: StepId): step is OutcomeId {
  return (outcomeIds as readonly string[]).includes(step);
}
