// Changing language only once its words are here. A language whose words cannot be downloaded
// (offline, a missing file) is never shown as current: the page stays in the language it is in,
// says why in that language, and offers to try again, which downloads the words anew.
import { useSyncExternalStore } from 'react';
import { i18next, namespaces } from './i18n';

export type LanguageProblem = {
  /** The language that could not be shown. */
  tag: string;
  /** loadFailed: a switch failed, the page stays as it was; fellBack: the first language failed, English is shown. */
  kind: 'loadFailed' | 'fellBack';
  /** In development only: what went wrong (for instance a JSON syntax error in a locale file). */
  detail?: string;
};

let problem: LanguageProblem | undefined;
const listeners = new Set<() => void>();

function report(next: LanguageProblem | undefined) {
  problem = next;
  listeners.forEach((listener) => listener());
}

export function reportFallback(tag: string, detail?: string) {
  report({ tag, kind: 'fellBack', detail });
}

/** The current language problem, for the notice in the page. */
export function useLanguageProblem(): LanguageProblem | undefined {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => problem,
    // At build time (src/prerender.tsx) no language has failed.
    () => undefined,
  );
}

export type Loaded = { ok: true } | { ok: false; detail?: string };

/** What went wrong with each language's last download, for the development-only detail. */
const failures = new Map<string, string>();
i18next.on('failedLoading', (language: string, namespace: string, message: unknown) =>
  failures.set(language, `${namespace}: ${String(message)}`),
);

/**
 * Downloads the namespaces of a language that are not here yet (all of them unless told),
 * again after an earlier failure.
 */
export async function loadLanguage(tag: string, which: readonly string[] = namespaces): Promise<Loaded> {
  const missing = which.filter((ns) => !i18next.hasResourceBundle(tag, ns));
  if (missing.length === 0) return { ok: true };
  failures.delete(tag);
  // reloadResources asks the backend again; loadLanguages would skip a namespace that failed once.
  await i18next.reloadResources([tag], missing);
  if (which.every((ns) => i18next.hasResourceBundle(tag, ns))) return { ok: true };
  return { ok: false, detail: import.meta.env.DEV ? failures.get(tag) : undefined };
}

/** Shows the page in `tag` once its words are here; otherwise keeps the current language and says why. */
export async function switchLanguage(tag: string): Promise<boolean> {
  const loaded = await loadLanguage(tag);
  if (!loaded.ok) {
    report({ tag, kind: 'loadFailed', detail: loaded.detail });
    return false;
  }
  report(undefined);
  if (i18next.language !== tag) await i18next.changeLanguage(tag);
  return true;
}
