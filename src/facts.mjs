// Facts the app, the node scripts and the browser suite share, said once. Plain JavaScript so
// that Node reads it as it is (scripts/, tests/e2e/); the app imports it with types from facts.d.mts.

/** Where the app keeps what it keeps on the device (docs/adr/001-answers-in-session-storage.md). */
export const storage = {
  /**
   * sessionStorage: the answers and what matters to the person, as
   * { schemaVersion, answers: [[question, value], ...], values: { ratings: [[statement, level], ...], other } }.
   */
  answersKey: 'liver-cancer-navigator/answers',
  /**
   * 2: the first question, Q-origin, was added. Answers kept by version 1 lack it, and guessing it
   * would be a silent guess about who the tool is for, so they are not used (the person is told).
   * 3: what matters to the person (`values`) is kept beside the answers. Version 2 is read as it
   * is, with nothing said about what matters.
   */
  schemaVersion: 3,
  /**
   * localStorage, only after "Remember my answers on this device" (docs/adr/005-remember-on-this-device.md):
   * this key says the person chose it; the answers are then kept under answersKey in localStorage.
   */
  rememberKey: 'liver-cancer-navigator/remember',
  /** localStorage: the language a person chose with the switcher. */
  languageKey: 'liver-cancer-navigator/language',
};

/** The order languages are listed in: English, the source language, first; then by tag, in code-unit order (no collator to load). */
export const byLanguageOrder = (a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a < b ? -1 : a > b ? 1 : 0);

/** Every namespace of words (locales/<tag>/<namespace>.json), in the order a page reads them. */
export const namespaces = ['common', 'questions', 'outcomes', 'options', 'glossary', 'sources', 'calculator'];

/** The namespaces the first screen (the start page) needs; the rest load when the browser is idle. */
export const firstScreenNamespaces = ['common'];
