import type { ReactNode } from 'react';
import { stepHref } from '../hooks/location';
import { Wizard } from '../hooks/wizard';
import type { WizardEvent } from '../flow/machine';
import type { StepId } from '../flow/steps';

type Props = { to: StepId; event?: WizardEvent; className?: string; children: ReactNode };

/** A real link to a step's address; a click sends the event straight to the machine. */
export function StepLink({ to, event = { type: 'GO_TO', step: to }, className, children }: Props) {
  const actor = Wizard.useActorRef();
  return (
    <a
      href={stepHref(to)}
      className={className}
      onClick={(e) => {
        if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
        e.preventDefault();
        actor.send(event);
      }}
    >
      {children}
    </a>
  );
}
