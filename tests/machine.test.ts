// The statechart as a graph: every state reachable, no dead ends, every transition coverable.
import { describe, expect, it } from 'vitest';
import { createActor, getNextSnapshot } from 'xstate';
import { isQuestion, nextStep, previousStep, stepAfterAnswer, withAnswer } from '../src/flow/rules';
import { wizardMachine } from '../src/flow/machine';
import { stepIds, type StepId } from '../src/flow/steps';
import { coveringPaths, coveringPathsFile, definedTransitions, eventsFor, nextSnapshot, partsShown, reachableStates, serializeState, transitionsOf } from './model';

// The graph is built inside the first test that needs it, under the test timeout.
const snapshotsReached = () => reachableStates().map((entry) => entry.state);

describe('the wizard statechart', () => {
  it('has exactly one state per step', () => {
    expect(Object.keys(wizardMachine.root.states).sort()).toEqual([...stepIds].sort());
  });

  it('reaches every state through what a person can do', () => {
    const reached = new Set(snapshotsReached().map((snapshot) => snapshot.value));
    expect([...stepIds].filter((step) => !reached.has(step))).toEqual([]);
  });

  it('has a way on from every state it reaches', () => {
    const deadEnds = reachableStates()
      .filter(({ state, moves }) => moves.every(({ after }) => serializeState(after) === serializeState(state)))
      .map(({ state }) => state.value);
    expect(deadEnds).toEqual([]);
  });

  it('has no final state: a person can always go back or start again', () => {
    expect(Object.values(wizardMachine.root.states).filter((node) => node.type === 'final')).toEqual([]);
  });

  it('keeps the covering paths it finds in tests/covering-paths.json (npm test -- -u writes them again)', async () => {
    await expect(coveringPathsFile()).toMatchFileSnapshot('./covering-paths.json');
  });

  it('takes every transition it defines on the covering paths', () => {
    const taken = new Set(coveringPaths().flatMap(transitionsOf));
    expect([...definedTransitions()].filter((transition) => !taken.has(transition))).toEqual([]);
  });

  it('shows, on the covering paths, every part of every outcome page a person can reach', () => {
    const reached = new Set(snapshotsReached().flatMap(partsShown));
    const onPaths = new Set(coveringPaths().flatMap((path) => path.steps.flatMap(({ state }) => partsShown(state))));
    expect(reached.size).toBeGreaterThan(100);
    expect([...reached].filter((part) => !onPaths.has(part))).toEqual([]);
  });

  it('goes wherever the rules say, from every state a person can reach (no target missing from the chart)', () => {
    const wrong: string[] = [];
    for (const snapshot of snapshotsReached()) {
      const { answers, changing } = snapshot.context;
      for (const event of eventsFor(snapshot)) {
        let expected: StepId | undefined;
        if (event.type === 'BACK') expected = previousStep(answers, snapshot.value, changing);
        else if (event.type === 'CONTINUE') expected = nextStep(answers, snapshot.value);
        else if (event.type === 'ANSWER' && isQuestion(snapshot.value)) {
          const question = snapshot.value;
          expected = stepAfterAnswer(withAnswer(answers, question, event.value as never), question, changing);
        } else continue;
        if (expected === undefined) continue;
        const next = nextSnapshot(wizardMachine, snapshot, event);
        // After Change on a result, the summary is passed straight through to the result.
        if (snapshot.context.toResult && expected === 'checkAnswers') expected = nextStep(next.context.answers, 'checkAnswers');
        if (next.value !== expected) wrong.push(`${event.type} ${JSON.stringify(event)} on ${serializeState(snapshot)}: ${next.value}, rules say ${expected}`);
      }
    }
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('moves as getNextSnapshot does, on every step of the covering paths (the tests use the faster nextSnapshot)', () => {
    const differ: string[] = [];
    for (const path of coveringPaths()) {
      for (const [i, { state, event }] of path.steps.entries()) {
        if (i === 0) continue;
        const before = path.steps[i - 1]!.state;
        const expected = getNextSnapshot(wizardMachine, before, event);
        if (serializeState(expected) !== serializeState(state) || JSON.stringify(expected.context) !== JSON.stringify(state.context)) {
          differ.push(`${JSON.stringify(event)} on ${serializeState(before)}`);
        }
      }
    }
    expect(differ).toEqual([]);
  });

  it('ignores a step that may not be shown yet', () => {
    const actor = createActor(wizardMachine).start();
    actor.send({ type: 'GO_TO', step: 'advanced' });
    expect(actor.getSnapshot().value).toBe('start');
  });

  it('ignores an answer that is not one of the choices', () => {
    const actor = createActor(wizardMachine).start();
    actor.send({ type: 'CONTINUE' });
    actor.send({ type: 'ANSWER', value: 'maybe' as never });
    expect(actor.getSnapshot().value).toBe('origin');
    expect(actor.getSnapshot().context.answers).toEqual({});
  });
});
