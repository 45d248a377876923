import { useEffect } from 'react';
import { serializeAnswers, storageKey } from '../flow/persistence';
import { hasValues } from '../flow/values';
import { Wizard } from '../hooks/wizard';

/** Keeps the answers and what matters to the person in sessionStorage, so a reload keeps the place; Start again clears them. */
export function usePersistAnswers(storage: Storage | undefined) {
  const actor = Wizard.useActorRef();
  useEffect(() => {
    const subscription = actor.subscribe((snapshot) => {
      const { answers, values } = snapshot.context;
      try {
        if (Object.keys(answers).length === 0 && !hasValues(values)) storage?.removeItem(storageKey);
        else storage?.setItem(storageKey, serializeAnswers(answers, values));
      } catch {
        // Storage full or refused: the wizard goes on; only a reload would lose the place.
      }
    });
    return () => subscription.unsubscribe();
  }, [actor, storage]);
}
