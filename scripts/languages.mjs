// The languages on offer, discovered from locales/<BCP 47 tag>/meta.json: adding one touches no
// code. The one discovery: the app gets its result at build time (the virtual:languages module of
// vite.config.ts), and i18next.config.js, i18n:check and the browser suite call it directly.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { byLanguageOrder } from '../src/facts.mjs';

/** Whether a meta.json says what the app needs: a name, a direction, a review status. */
export function isLanguageMeta(meta) {
  return (
    typeof meta?.nativeName === 'string' &&
    (meta.dir === 'ltr' || meta.dir === 'rtl') &&
    (meta.review?.status === 'draft' || meta.review?.status === 'reviewed')
  );
}

/**
 * The folders of `localesDir` that claim to be a language, sorted; folders starting with "_" hold
 * material for translators. i18n:check reads them all, to name what is wrong with any of them.
 */
export function languageFolders(localesDir) {
  return readdirSync(localesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('_'))
    .map((entry) => entry.name)
    .sort();
}

/** Every language folder with a valid meta.json, by tag: English first, then the others in a stable order. */
export function discoverLanguages(localesDir) {
  const found = languageFolders(localesDir)
    .map((tag) => [tag, join(localesDir, tag, 'meta.json')])
    .filter(([, file]) => existsSync(file))
    .map(([tag, file]) => {
      try {
        return [tag, JSON.parse(readFileSync(file, 'utf8'))];
      } catch {
        return [tag, undefined]; // i18n:check names the JSON error
      }
    })
    .filter(([, meta]) => isLanguageMeta(meta));
  return Object.fromEntries(found.sort(([a], [b]) => byLanguageOrder(a, b)));
}

/**
 * The script each offered language is written in when a tag names none: its usual one, and the
 * regions where CLDR gives another (zh-TW and zh-HK are Traditional Chinese). Worked out here, from
 * Node's own CLDR data, so the browser need not call Intl.Locale.maximize() on every visit: its
 * first call loads the whole likely-subtags table, 15-35 ms before the first screen can start.
 */
export function likelyScripts(tags) {
  const letters = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
  const regions = [...letters.flatMap((a) => letters.map((b) => a + b)), ...Array.from({ length: 1000 }, (_, n) => String(n).padStart(3, '0'))];
  const scripts = {};
  for (const language of new Set(tags.map((tag) => new Intl.Locale(tag).language))) {
    const usual = new Intl.Locale(language).maximize().script;
    const byRegion = {};
    for (const region of regions) {
      const script = new Intl.Locale(`${language}-${region}`).maximize().script;
      if (script !== usual) byRegion[region] = script;
    }
    scripts[language] = { usual, byRegion };
  }
  return scripts;
}
