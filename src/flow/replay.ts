// Rebuilds the wizard from stored answers (and what matters to the person) by sending them to the
// machine as a person would, so every guard runs again; then goes to the step the address asks
// for, if it may be shown.
import { createActor, type SnapshotFrom } from 'xstate';
import type { Answers } from './answers';
import { wizardMachine } from './machine';
import { firstOpenStep, routeOf } from './rules';
import type { StepId } from './steps';
import { noValues, type Values } from './values';

export type Replayed = {
  snapshot: SnapshotFrom<typeof wizardMachine>;
  /** Some stored answers did not fit the route and were dropped. */
  dropped: boolean;
  /** The address asked for a step that cannot be shown yet. */
  redirected: boolean;
};

export function replay(answers: Answers, requested: StepId | 'unknown' | undefined, values: Values = noValues): Replayed {
  const actor = createActor(wizardMachine).start();
  actor.send({ type: 'SET_VALUES', values });
  if (Object.keys(answers).length > 0) actor.send({ type: 'CONTINUE' });
  for (const question of routeOf(answers).questions) {
    const value = answers[question];
    if (value === undefined) break;
    actor.send({ type: 'ANSWER', value });
  }
  const kept = actor.getSnapshot().context.answers;
  const dropped = Object.keys(kept).length !== Object.keys(answers).length;
  if (requested !== undefined && requested !== 'unknown') actor.send({ type: 'GO_TO', step: requested });
  const redirected = requested !== undefined && actor.getSnapshot().value !== requested;
  // A step that cannot be shown yet, or an address that names none: the first question still to answer.
  if (redirected) actor.send({ type: 'GO_TO', step: firstOpenStep(kept) });
  const snapshot = actor.getSnapshot();
  actor.stop();
  return { snapshot, dropped, redirected };
}
