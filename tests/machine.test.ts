// The statechart as a graph: every state reachable, no dead ends, every transition coverable.
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { wizardMachine } from '../src/flow/machine';
import { stepIds } from '../src/flow/steps';
import { coveringPaths, definedTransitions, serializeState, testModel, transitionsOf, type WizardSnapshot } from './model';

const adjacency = testModel.getAdjacencyMap();
const snapshots = Object.values(adjacency).map((entry) => entry.state);

describe('the wizard statechart', () => {
  it('has exactly one state per step', () => {
    expect(Object.keys(wizardMachine.root.states).sort()).toEqual([...stepIds].sort());
  });

  it('reaches every state through what a person can do', () => {
    const reached = new Set(snapshots.map((snapshot) => snapshot.value));
    expect([...stepIds].filter((step) => !reached.has(step))).toEqual([]);
  });

  it('has a way on from every state it reaches', () => {
    const deadEnds = Object.values(adjacency)
      .filter(({ state, transitions }) =>
        (Object.values(transitions) as { state: WizardSnapshot }[]).every(
          ({ state: next }) => serializeState(next) === serializeState(state),
        ),
      )
      .map(({ state }) => state.value);
    expect(deadEnds).toEqual([]);
  });

  it('has no final state: a person can always go back or start again', () => {
    expect(Object.values(wizardMachine.root.states).filter((node) => node.type === 'final')).toEqual([]);
  });

  it('takes every transition it defines on the covering paths', () => {
    const taken = new Set(coveringPaths().flatMap(transitionsOf));
    expect([...definedTransitions()].filter((transition) => !taken.has(transition))).toEqual([]);
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
