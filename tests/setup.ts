// Every jsdom test: jest-dom matchers, English loaded once, and a missing key fails the test.
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { i18next, initI18n, namespaces } from '../src/i18n/i18n';

export const missingKeys: string[] = [];

// A page fetched only when used (the handout, the overview) can take over a second to appear the
// first time on a busy 2-core machine: queries wait up to 3 s (a passing query returns at once).
configure({ asyncUtilTimeout: 3000 });

beforeAll(async () => {
  if (i18next.isInitialized) return;
  await initI18n('en', {
    saveMissing: true,
    missingKeyHandler: (_languages, namespace, key) => {
      missingKeys.push(`${namespace}:${key}`);
    },
  });
  await i18next.loadNamespaces([...namespaces]);
});

afterEach(() => {
  cleanup();
  window.sessionStorage.clear();
  window.localStorage.clear();
  window.history.replaceState(null, '', '/');
  if (missingKeys.length > 0) {
    const found = missingKeys.splice(0);
    throw new Error(`Missing translation keys: ${found.join(', ')}`);
  }
});

// The screen files share one jsdom and one i18next (vite.config.ts: isolate false): each file
// starts in English whatever the one before it chose.
afterAll(async () => {
  await i18next.changeLanguage('en');
});
