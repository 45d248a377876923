// Starting a visit: read the stored answers, replay them through the machine, go where the address asks.
// Runs once per page load, before React renders (main.tsx), so that reading and clearing storage
// happens exactly once and its notice is never lost to a re-render.
import { parseStoredAnswers, storageKey } from '../flow/persistence';
import { replay, type Replayed } from '../flow/replay';
import { stepFromHash } from '../hooks/location';

export type NoticeId = 'storedAnswersReset' | 'stepNotAvailable';
export type Boot = { snapshot: Replayed['snapshot']; notice?: NoticeId; storage: Storage | undefined };

export function boot(storage: Storage | undefined, hash: string): Boot {
  const stored = parseStoredAnswers(readSafely(storage));
  const replayed = replay(stored.answers, stepFromHash(hash), stored.values);
  if (stored.rejected || replayed.dropped) {
    removeSafely(storage);
    const fresh = replay({}, undefined);
    return { snapshot: fresh.snapshot, notice: 'storedAnswersReset', storage };
  }
  return { snapshot: replayed.snapshot, notice: replayed.redirected ? 'stepNotAvailable' : undefined, storage };
}

function readSafely(storage: Storage | undefined): string | null {
  try {
    return storage?.getItem(storageKey) ?? null;
  } catch {
    return null;
  }
}

function removeSafely(storage: Storage | undefined) {
  try {
    storage?.removeItem(storageKey);
  } catch {
    // Storage refused: nothing to clear.
  }
}

/** sessionStorage can be missing or refuse access (privacy settings); the wizard then works without it. */
export function sessionStorageOrUndefined(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}
