// The one coupling between React and the statechart: components read the snapshot and send events.
import { createActorContext } from '@xstate/react';
import { wizardMachine } from '../flow/machine';
import type { StepId } from '../flow/steps';

export const Wizard = createActorContext(wizardMachine);

export function useStep(): StepId {
  return Wizard.useSelector((snapshot) => snapshot.value);
}

export function useAnswers() {
  return Wizard.useSelector((snapshot) => snapshot.context.answers);
}
