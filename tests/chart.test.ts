// The chart follows the rules: for every set of answers a person can give (every route prefix,
// found through the rules themselves), every step and every event, the chart goes exactly where
// the rules say, whether or not an answer is being changed from the summary. Cheap enough to run
// against every mutant (npm run mutate), unlike the whole-graph tests of tests/machine.test.ts.
import { describe, expect, it } from 'vitest';
import { answerChoices, type Answers, type QuestionId } from '../src/flow/answers';
import { readFileSync } from 'node:fs';
import { createWizardMachine, type WizardEvent } from '../src/flow/machine';
import { canVisit, isQuestion, nextStep, previousStep, routeOf, stepAfterAnswer, withAnswer } from '../src/flow/rules';
import { outcomeIds, referenceIds, stepIds, type StepId } from '../src/flow/steps';
import { noValues } from '../src/flow/values';
import { barrierExamples, nextSnapshot } from './model';

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

// Each test builds its own chart, so that a deliberate bug in a target (npm run mutate) is in it.
type Chart = ReturnType<typeof createWizardMachine>;
const snapshotAt = (chart: Chart, step: StepId, answers: Answers, changing: boolean, toResult = false) =>
  chart.resolveState({ value: step, context: { answers, changing, toResult, values: noValues } });

describe('the chart follows the rules', () => {
  const sets = answerSets();

  it('finds every route prefix, from the first question to every outcome and the exit page', () => {
    expect(sets.length).toBeGreaterThan(300);
  });

  it('answering any question goes where the rules say', () => {
    const chart = createWizardMachine();
    const wrong: string[] = [];
    for (const answers of sets) {
      for (const question of routeOf(answers).questions) {
        for (const changing of [false, true]) {
          for (const value of choicesOf(question)) {
            const expected = stepAfterAnswer(withAnswer(answers, question, value as never), question, changing);
            const next = nextSnapshot(chart, snapshotAt(chart, question, answers, changing), { type: 'ANSWER', value } as WizardEvent);
            if (next.value !== (expected ?? question)) wrong.push(`${question}=${JSON.stringify(value)} on ${JSON.stringify(answers)} (changing ${changing}): ${next.value}, rules say ${expected}`);
          }
        }
      }
    }
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('Back and Continue go where the rules say, from every step a person may be shown', () => {
    const chart = createWizardMachine();
    const wrong: string[] = [];
    for (const answers of sets) {
      for (const step of stepIds.filter((candidate) => canVisit(answers, candidate))) {
        for (const changing of [false, true]) {
          const snapshot = snapshotAt(chart, step, answers, changing);
          const checks: [WizardEvent, StepId | undefined][] = [
            [{ type: 'BACK' }, previousStep(answers, step, changing)],
            [{ type: 'CONTINUE' }, isQuestion(step) ? undefined : nextStep(answers, step)],
          ];
          for (const [event, expected] of checks) {
            const next = nextSnapshot(chart, snapshot, event).value;
            if (next !== (expected ?? step)) wrong.push(`${event.type} on ${step} with ${JSON.stringify(answers)} (changing ${changing}): ${next}, rules say ${expected}`);
          }
        }
      }
    }
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('opens a step by its address, or changes an answer from the summary, only where the rules allow it', () => {
    const chart = createWizardMachine();
    const wrong: string[] = [];
    for (const answers of sets) {
      for (const from of ['start', 'checkAnswers'] as const) {
        for (const step of stepIds) {
          const allowed = canVisit(answers, step);
          const goTo = nextSnapshot(chart, snapshotAt(chart, from, answers, false), { type: 'GO_TO', step });
          if (goTo.value !== (allowed ? step : from)) wrong.push(`GO_TO ${step} from ${from} with ${JSON.stringify(answers)}: ${goTo.value}`);
          if (!isQuestion(step)) continue;
          const change = nextSnapshot(chart, snapshotAt(chart, from, answers, false), { type: 'CHANGE', question: step });
          const expected = allowed ? [step, true] : [from, false];
          if (change.value !== expected[0] || change.context.changing !== expected[1])
            wrong.push(`CHANGE ${step} from ${from} with ${JSON.stringify(answers)}: ${change.value}, changing ${change.context.changing}`);
          if (change.context.answers !== answers) wrong.push(`CHANGE ${step} altered the answers`);
        }
      }
    }
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('takes the calculated class back to the question, recorded, and leaves every other answer as it was', () => {
    const chart = createWizardMachine();
    const answers: Answers = { origin: 'yes', history: 'first', stage: 'notSure', spread: 'yes' };
    for (const value of ['a', 'b', 'c'] as const) {
      const next = nextSnapshot(chart, snapshotAt(chart, 'childPughCalculator', answers, true), { type: 'USE_CALCULATED', value });
      expect(next.value).toBe('liverFunction');
      expect(next.context).toEqual({ answers: { ...answers, liverFunction: value }, changing: true, toResult: false, values: noValues });
    }
    const elsewhere = nextSnapshot(chart, snapshotAt(chart, 'liverFunction', answers, false), { type: 'USE_CALCULATED', value: 'a' });
    expect([elsewhere.value, elsewhere.context.answers]).toEqual(['liverFunction', answers]);
  });

  it('starts again from any step, with every answer forgotten', () => {
    const chart = createWizardMachine();
    const answers = sets.at(-1)!;
    for (const step of stepIds) {
      const next = nextSnapshot(chart, snapshotAt(chart, step, answers, true), { type: 'START_AGAIN' });
      expect([step, next.value, next.context]).toEqual([step, 'start', { answers: {}, changing: false, toResult: false, values: noValues }]);
    }
  });

  it('after Change on a result, goes straight back to the result the new answer leads to, and Back returns there too', () => {
    const chart = createWizardMachine();
    const wrong: string[] = [];
    for (const answers of sets.filter((set) => routeOf(set).complete)) {
      const result = nextStep(answers, 'checkAnswers')!;
      for (const question of routeOf(answers).questions) {
        const changing = nextSnapshot(chart, snapshotAt(chart, result, answers, false), { type: 'CHANGE', question, toResult: true });
        if (changing.value !== question || !changing.context.toResult) wrong.push(`CHANGE ${question} on ${result}: ${changing.value}`);
        const back = nextSnapshot(chart, changing, { type: 'BACK' });
        if (back.value !== result || back.context.toResult || back.context.changing) wrong.push(`BACK from ${question}: ${back.value}`);
        for (const value of choicesOf(question)) {
          const given = withAnswer(answers, question, value as never);
          const route = routeOf(given);
          const expected = route.complete && !route.stageCheck ? nextStep(given, 'checkAnswers') : stepAfterAnswer(given, question, true);
          const next = nextSnapshot(chart, changing, { type: 'ANSWER', value } as WizardEvent);
          if (next.value !== expected) wrong.push(`${question}=${JSON.stringify(value)} from ${result}: ${next.value}, expected ${expected}`);
          if ((outcomeIds as readonly string[]).includes(next.value) && (next.context.toResult || next.context.changing)) wrong.push(`still changing on ${next.value}`);
        }
      }
    }
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('stops changing an answer once the summary is reached again', () => {
    const chart = createWizardMachine();
    const answers: Answers = { origin: 'yes', history: 'first', stage: 'notSure', spread: 'notSure' };
    const next = nextSnapshot(chart, snapshotAt(chart, 'spread', answers, true), { type: 'ANSWER', value: 'notSure' });
    expect([next.value, next.context.changing]).toEqual(['checkAnswers', false]);
  });
});

describe('the chart reads as the clinical path', () => {
  const kindOf = (step: StepId) =>
    isQuestion(step)
      ? 'question'
      : (outcomeIds as readonly StepId[]).includes(step)
        ? 'outcome'
        : (referenceIds as readonly StepId[]).includes(step)
          ? 'reference'
          : (
              {
                start: 'start',
                childPughCalculator: 'tool',
                stageCheck: 'interruption',
                checkAnswers: 'summary',
                notCovered: 'exit',
                values: 'values',
              } as Record<string, string>
            )[step];

  it('tags every state with its kind of page', () => {
    const chart = createWizardMachine();
    const tags = stepIds.map((step) => [step, [...chart.resolveState({ value: step, context: { answers: {}, changing: false, toResult: false, values: noValues } }).tags]]);
    expect(tags).toEqual(stepIds.map((step) => [step, [kindOf(step)]]));
  });

  it('describes every question and outcome by its clinical-map id, and every id is in the map', () => {
    const map = readFileSync(new URL('../docs/clinical-map.md', import.meta.url), 'utf8');
    const chart = createWizardMachine();
    for (const step of stepIds) {
      const description = chart.root.states[step]!.description ?? '';
      const id = /\b[QO]-[a-z-]+[a-z]/.exec(description)?.[0];
      if (kindOf(step) === 'question') expect(description, step).toMatch(/^Question Q-/);
      if (kindOf(step) === 'outcome' || step === 'notCovered') expect(description, step).toMatch(/^Outcome O-/);
      if (id) expect(map, `${step}: ${id}`).toContain(id);
      expect(description, step).not.toBe('');
    }
  });

  it('keeps what matters to the person as they rate it, on any step, and ignores a malformed rating', () => {
    const chart = createWizardMachine();
    const answers: Answers = { origin: 'yes', history: 'first', stage: 'four', liverFunction: 'a', drugLine: 'no' };
    const rated = { ratings: { liveLonger: 'very', closeToHome: 'notImportant' }, other: 'Time with my family' } as const;
    const values = nextSnapshot(chart, snapshotAt(chart, 'values', answers, false), { type: 'SET_VALUES', values: rated });
    expect(values.value).toBe('values');
    expect(values.context.values).toEqual(rated);
    expect(values.context.answers).toEqual(answers);
    const malformed = nextSnapshot(chart, values, { type: 'SET_VALUES', values: { ratings: { liveLonger: 'always' }, other: '' } as never });
    expect(malformed.context.values).toEqual(rated);
    expect(nextSnapshot(chart, snapshotAt(chart, 'advanced', answers, false), { type: 'SET_VALUES', values: rated }).context.values).toEqual(rated);
  });
});
