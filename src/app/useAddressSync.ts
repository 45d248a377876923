import { useEffect, useRef } from 'react';
import { firstOpenStep } from '../flow/rules';
import { stepFromHash, stepHref } from './location';
import { Wizard, useStep } from './wizard';

/**
 * Keeps the address and the step in step: each step gets its own history entry, and the
 * browser's Back and Forward (or a typed address) ask the machine to go there. A step that
 * cannot be shown yet leads to the first question still to answer.
 */
export function useAddressSync(onStepNotAvailable: () => void) {
  const actor = Wizard.useActorRef();
  const step = useStep();
  const firstRender = useRef(true);

  useEffect(() => {
    const href = stepHref(step);
    if (window.location.hash !== href) {
      if (firstRender.current) window.history.replaceState(null, '', href);
      else window.history.pushState(null, '', href);
    }
    firstRender.current = false;
  }, [step]);

  useEffect(() => {
    function followAddress() {
      const requested = stepFromHash(window.location.hash);
      if (requested === undefined) return;
      if (requested !== 'unknown') actor.send({ type: 'GO_TO', step: requested });
      const snapshot = actor.getSnapshot();
      if (snapshot.value === requested) return;
      actor.send({ type: 'GO_TO', step: firstOpenStep(snapshot.context.answers) });
      window.history.replaceState(null, '', stepHref(actor.getSnapshot().value));
      onStepNotAvailable();
    }
    window.addEventListener('hashchange', followAddress);
    return () => window.removeEventListener('hashchange', followAddress);
  }, [actor, onStepNotAvailable]);
}
