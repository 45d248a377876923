// The one i18n module. Locales are discovered from the folder locales/<tag>/<namespace>.json:
// adding a language touches no code. Each language's namespace is its own lazy chunk, and only
// the active language is downloaded.
import i18next, { type BackendModule, type InitOptions, type ReadCallback } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { directionOf, languages } from './languages';
import { pseudoLanguages, pseudoTranslate } from './pseudo';

import { firstScreenNamespaces, namespaces } from '../facts.mjs';

export { firstScreenNamespaces, namespaces };
export const sourceLanguage = 'en';

const loaders = import.meta.glob<{ default: Record<string, unknown> }>([
  '../../locales/*/*.json',
  '!../../locales/*/meta.json',
  '!../../locales/_context/*.json',
]);

async function loadNamespace(language: string, namespace: string): Promise<Record<string, unknown>> {
  const pseudo = import.meta.env.DEV && language in pseudoLanguages;
  const file = `../../locales/${pseudo ? sourceLanguage : language}/${namespace}.json`;
  const load = loaders[file];
  if (!load) throw new Error(`No ${namespace} words for ${language}`);
  const words = await load().then(
    (module) => module.default,
    async (error: unknown) => {
      throw import.meta.env.DEV ? await explainInDevelopment(file, error) : error;
    },
  );
  return pseudo ? (pseudoTranslate(language, words) as Record<string, unknown>) : words;
}

/** In development, a locale file that fails to load is most often a JSON syntax error: say where. */
async function explainInDevelopment(file: string, error: unknown): Promise<unknown> {
  try {
    JSON.parse(await (await fetch(new URL(file, import.meta.url))).text());
  } catch (parseError) {
    return new Error(`${file.replace('../../', '')}: ${String(parseError)}`);
  }
  return error;
}

const localeBackend: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language: string, namespace: string, callback: ReadCallback) {
    loadNamespace(language, namespace).then(
      (words) => callback(null, words),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

// English stands in for a missing translation, but it is downloaded only when a key turns out to
// be missing, so a complete language never costs a second download.
let englishRequested = false;
function fetchEnglishStandIn(language: string) {
  if (englishRequested || language === sourceLanguage) return;
  englishRequested = true;
  // The page is drawn again once English is here (react.bindI18n below), and only then.
  void i18next.loadLanguages(sourceLanguage).then(() => i18next.emit(englishStandInLoaded));
}
const englishStandInLoaded = 'englishStandInLoaded';

function englishStandIn(key: string): string {
  const [namespace, path] = key.includes(':') ? key.split(/:(.*)/s) : [undefined, key];
  for (const ns of namespace ? [namespace] : namespaces) {
    const text: unknown = i18next.getResource(sourceLanguage, ns, path ?? key);
    if (typeof text === 'string') return text;
  }
  return '…';
}

export function initI18n(language: string = sourceLanguage, overrides: InitOptions = {}) {
  i18next.on('languageChanged', (current) => {
    // No document where words are only looked up (the pure tests, a prerender).
    if (typeof document === 'undefined') return;
    document.documentElement.lang = current;
    document.documentElement.dir = directionOf(current);
  });
  return i18next
    .use(localeBackend)
    .use(initReactI18next)
    .init({
      lng: language,
      supportedLngs: Object.keys(languages),
      load: 'currentOnly',
      fallbackLng: false,
      ns: [...namespaces],
      defaultNS: 'common',
      returnEmptyString: false,
      returnNull: false,
      interpolation: { escapeValue: false },
      saveMissing: true,
      missingKeyHandler: () => fetchEnglishStandIn(i18next.language),
      parseMissingKeyHandler: englishStandIn,
      // A page is drawn again when the language changes or English arrives to stand in, not each time
      // a namespace is added: the words loaded when the browser is idle would redraw it six times.
      react: { useSuspense: true, bindI18n: `languageChanged ${englishStandInLoaded}`, bindI18nStore: '' },
      ...overrides,
    });
}

export { i18next };
