// Starting a visit: read the stored answers, replay them through the machine, go where the address asks.
// Runs once per page load, before React renders (main.tsx), so that reading and clearing storage
// happens exactly once and its notice is never lost to a re-render.
import { answersFromLink } from '../flow/link';
import { parseStoredAnswers, storageKey } from '../flow/persistence';
import { replay, type Replayed } from '../flow/replay';
import { outcomeFor } from '../flow/rules';
import type { Answers } from '../flow/answers';
import { infoPageFromHash, stepFromHash } from '../hooks/location';

export type NoticeId = 'storedAnswersReset' | 'stepNotAvailable' | 'answersFromLink' | 'linkAnswersRejected';
export type Boot = { snapshot: Replayed['snapshot']; notice?: NoticeId; storage: Storage | undefined };

export function boot(storage: Storage | undefined, hash: string): Boot {
  // A link with answers (the handout's QR code) opens those answers, validated and replayed like
  // stored ones; a link whose answers cannot be read says so and opens what was stored instead.
  const linked = answersFromLink(hash);
  if (linked && !linked.rejected) {
    const replayed = replay(linked.answers, stepAsked(hash, linked.answers), linked.values);
    if (!replayed.dropped) return { snapshot: replayed.snapshot, notice: 'answersFromLink', storage };
  }
  const fromStorage = bootFromStorage(storage, hash);
  return linked ? { ...fromStorage, notice: 'linkAnswersRejected' } : fromStorage;
}

function bootFromStorage(storage: Storage | undefined, hash: string): Boot {
  const stored = parseStoredAnswers(readSafely(storage));
  const replayed = replay(stored.answers, stepAsked(hash, stored.answers), stored.values);
  if (stored.rejected || replayed.dropped) {
    removeSafely(storage);
    const fresh = replay({}, undefined);
    return { snapshot: fresh.snapshot, notice: 'storedAnswersReset', storage };
  }
  return { snapshot: replayed.snapshot, notice: replayed.redirected ? 'stepNotAvailable' : undefined, storage };
}

/**
 * The step an address asks for. An info page (the handout, the overview…) is shown over a step:
 * opened or reloaded by its address, that is the result the answers lead to, if any.
 */
function stepAsked(hash: string, answers: Answers) {
  return stepFromHash(hash) ?? (infoPageFromHash(hash) ? outcomeFor(answers) : undefined);
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
