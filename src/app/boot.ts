// Starting a visit: read the stored answers, replay them through the machine, go where the address asks.
import { parseStoredAnswers, storageKey } from '../flow/persistence';
import { replay, type Replayed } from '../flow/replay';
import { stepFromHash } from './location';

export type NoticeId = 'storedAnswersReset' | 'stepNotAvailable';
export type Boot = { snapshot: Replayed['snapshot']; notice?: NoticeId };

export function boot(storage: Storage | undefined, hash: string): Boot {
  const stored = parseStoredAnswers(readSafely(storage));
  const replayed = replay(stored.answers, stepFromHash(hash));
  if (stored.rejected || replayed.dropped) {
    storage?.removeItem(storageKey);
    const fresh = replay({}, undefined);
    return { snapshot: fresh.snapshot, notice: 'storedAnswersReset' };
  }
  return { snapshot: replayed.snapshot, notice: replayed.redirected ? 'stepNotAvailable' : undefined };
}

function readSafely(storage: Storage | undefined): string | null {
  try {
    return storage?.getItem(storageKey) ?? null;
  } catch {
    return null;
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
