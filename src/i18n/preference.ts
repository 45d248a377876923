// The language a person chose with the switcher, remembered on this device (never sent anywhere).
// A language that came from the browser or a link is not remembered.
import { storage } from '../facts.mjs';

const storageKey = storage.languageKey;

export function rememberedLanguage(): string | null {
  try {
    return window.localStorage.getItem(storageKey);
  } catch {
    return null;
  }
}

export function rememberLanguage(tag: string): void {
  try {
    window.localStorage.setItem(storageKey, tag);
  } catch {
    // Storage refused: the choice holds for this visit only.
  }
}
