// The chart follows the rules: for every set of answers a person can give (every route prefix,
// found through the rules themselves), every step and every event, the chart goes exactly where
// the rules say, whether or not an answer is being changed from the summary. Cheap enough to run
// against every mutant (npm run mutate), unlike the whole-graph tests of tests/machine.test.ts.
import { describe, expect, it } from 'vitest';
import { getNextSnapshot } from 'xstate';
import { answerChoices, type Answers, type QuestionId } from '../src/flow/answers';
import { wizardMachine, type WizardEvent } from '../src/flow/machine';
import { canVisit, isQuestion, nextStep, previousStep, routeOf, stepAfterAnswer, withAnswer } from '../src/flow/rules';
import { stepIds, type StepId } from '../src/flow/steps';
import { barrierExamples } from './model';

const choicesOf = (question: QuestionId): readonly unknown[] =>
  question === 'barriers' ? barrierExamples : answerChoices[question];

/** Every route prefix: the answers a person has given after answering the questions in order. */
function answerSets(): Answers[] {
  const sets: Answers[] = [{}];
  for (let i = 0; i < sets.length; i += 1) {
    const answers = sets[i]!;
    const open = routeOf(answers).questions.find((question) => answers[question] === undefined);
    if (!open) continue;
    for (const value of choicesOf(open)) sets.push(withAnswer(answers, open, value as never));
  }
  return sets;
}

const snapshotAt = (step: StepId, answers: Answers, changing: boolean) =>
  wizardMachine.resolveState({ value: step, context: { answers, changing } });

describe('the chart follows the rules', () => {
  const sets = answerSets();

  it('finds every route prefix, from the first question to every outcome and the exit page', () => {
    expect(sets.length).toBeGreaterThan(300);
  });

  it('answering any question goes where the rules say', () => {
    const wrong: string[] = [];
    for (const answers of sets) {
      for (const question of routeOf(answers).questions) {
        for (const changing of [false, true]) {
          for (const value of choicesOf(question)) {
            const expected = stepAfterAnswer(withAnswer(answers, question, value as never), question, changing);
            const next = getNextSnapshot(wizardMachine, snapshotAt(question, answers, changing), { type: 'ANSWER', value } as WizardEvent);
            if (next.value !== (expected ?? question)) wrong.push(`${question}=${JSON.stringify(value)} on ${JSON.stringify(answers)} (changing ${changing}): ${next.value}, rules say ${expected}`);
          }
        }
      }
    }
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('Back and Continue go where the rules say, from every step a person may be shown', () => {
    const wrong: string[] = [];
    for (const answers of sets) {
      for (const step of stepIds.filter((candidate) => canVisit(answers, candidate))) {
        for (const changing of [false, true]) {
          const snapshot = snapshotAt(step, answers, changing);
          const checks: [WizardEvent, StepId | undefined][] = [
            [{ type: 'BACK' }, previousStep(answers, step, changing)],
            [{ type: 'CONTINUE' }, isQuestion(step) ? undefined : nextStep(answers, step)],
          ];
          for (const [event, expected] of checks) {
            const next = getNextSnapshot(wizardMachine, snapshot, event).value;
            if (next !== (expected ?? step)) wrong.push(`${event.type} on ${step} with ${JSON.stringify(answers)} (changing ${changing}): ${next}, rules say ${expected}`);
          }
        }
      }
    }
    expect(wrong.slice(0, 5)).toEqual([]);
  });
});
