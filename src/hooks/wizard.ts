// The one coupling between React and the statechart: components read the snapshot and send events.
import { createActorContext } from '@xstate/react';
import { getNextSnapshot } from 'xstate';
import { wizardMachine, type WizardEvent } from '../flow/machine';
import type { StepId } from '../flow/steps';

export const Wizard = createActorContext(wizardMachine);

export function useStep(): StepId {
  return Wizard.useSelector((snapshot) => snapshot.value);
}

export function useAnswers() {
  return Wizard.useSelector((snapshot) => snapshot.context.answers);
}

/**
 * Where an event would take the person, asked of the chart itself (never re-derived from the
 * rules in a view): undefined when the chart would not move. Links use it for their address.
 */
export function useTarget(event: WizardEvent): StepId | undefined {
  return Wizard.useSelector((snapshot) => {
    const next = getNextSnapshot(wizardMachine, snapshot, event).value;
    return next === snapshot.value ? undefined : next;
  });
}
