// Where the answers are kept: sessionStorage by default (gone when the tab closes), or
// localStorage once the person ticks "Remember my answers on this device"
// (docs/adr/005-remember-on-this-device.md). The format, and its validation when read, are the
// same in both (src/flow/persistence.ts). Storage that is missing or refused is never an error.
import { createContext, useContext, useMemo, useState } from 'react';
import { storage } from '../facts.mjs';

const storageKey = storage.answersKey;

export type Keeping = { remembering: boolean; setRemembering: (on: boolean) => void };

/** Whether the person chose to remember their answers on this device, and the way to change it. */
export const KeepingContext = createContext<Keeping>({
  remembering: false,
  setRemembering: () => undefined,
});

export const useKeeping = () => useContext(KeepingContext);

/** The KeepingContext value of a page: remembering as stored, until the person changes it. */
export function useRemembering(): Keeping {
  const [remembering, setRemembering] = useState(isRemembering);
  return useMemo(() => ({ remembering, setRemembering }), [remembering]);
}

/** Whether this visit has nothing kept to start from: no answers stored where they are kept now. */
export function nothingKept(): boolean {
  try {
    return (keptStorage()?.getItem(storageKey) ?? null) === null;
  } catch {
    return true;
  }
}

function local(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

function session(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

export function isRemembering(): boolean {
  try {
    return local()?.getItem(storage.rememberKey) === 'yes';
  } catch {
    return false;
  }
}

/** The storage the answers are kept in now. */
export function keptStorage(remembering = isRemembering()): Storage | undefined {
  return remembering ? local() : session();
}

/** Starts keeping the answers on this device: the copy of this visit moves to localStorage. Returns false if refused. */
export function startRemembering(): boolean {
  try {
    const store = local();
    if (!store) return false;
    store.setItem(storage.rememberKey, 'yes');
    const current = session()?.getItem(storageKey);
    if (current) store.setItem(storageKey, current);
    session()?.removeItem(storageKey);
    return true;
  } catch {
    return false;
  }
}

/** Forgets the answers at once, wherever they were kept, and stops remembering. */
export function forgetAnswers(): void {
  for (const store of [local(), session()]) {
    try {
      store?.removeItem(storageKey);
      store?.removeItem(storage.rememberKey);
    } catch {
      // Storage refused: nothing was kept there.
    }
  }
}
