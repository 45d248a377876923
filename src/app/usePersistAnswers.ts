import { useEffect } from 'react';
import { serializeAnswers, storageKey } from '../flow/persistence';
import { Wizard } from '../hooks/wizard';

/** Keeps the answers in sessionStorage, so a reload keeps the place; Start again clears them. */
export function usePersistAnswers(storage: Storage | undefined) {
  const actor = Wizard.useActorRef();
  useEffect(() => {
    const subscription = actor.subscribe((snapshot) => {
      const { answers } = snapshot.context;
      try {
        if (Object.keys(answers).length === 0) storage?.removeItem(storageKey);
        else storage?.setItem(storageKey, serializeAnswers(answers));
      } catch {
        // Storage full or refused: the wizard goes on; only a reload would lose the place.
      }
    });
    return () => subscription.unsubscribe();
  }, [actor, storage]);
}
