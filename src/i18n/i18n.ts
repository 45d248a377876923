// The one i18n module. Locales are discovered from the folder locales/<tag>/<namespace>.json:
// adding a language touches no code. Each language and namespace is its own lazy chunk.
import i18next, { type BackendModule, type InitOptions, type ReadCallback } from 'i18next';
import { initReactI18next } from 'react-i18next';

export const namespaces = ['common', 'questions', 'outcomes', 'options', 'glossary', 'sources', 'calculator'] as const;
export type Namespace = (typeof namespaces)[number];
export const sourceLanguage = 'en';

const loaders = import.meta.glob<{ default: Record<string, unknown> }>('../../locales/*/*.json');

const localeBackend: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language: string, namespace: string, callback: ReadCallback) {
    const load = loaders[`../../locales/${language}/${namespace}.json`];
    if (!load) {
      callback(new Error(`No ${namespace} words for ${language}`), false);
      return;
    }
    load().then(
      (module) => callback(null, module.default),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

export function initI18n(language: string = sourceLanguage, overrides: InitOptions = {}) {
  return i18next
    .use(localeBackend)
    .use(initReactI18next)
    .init({
      lng: language,
      fallbackLng: sourceLanguage,
      ns: [...namespaces],
      defaultNS: 'common',
      returnEmptyString: false,
      returnNull: false,
      interpolation: { escapeValue: false },
      react: { useSuspense: true },
      ...overrides,
    });
}

export { i18next };
