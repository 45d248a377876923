declare module 'virtual:languages' {
  import type { LanguageMeta } from './languages';
  /** Every language of locales/ with a valid meta.json, by tag, English first (scripts/languages.mjs). */
  const languages: Record<string, LanguageMeta>;
  export default languages;
  /** Each offered language's usual script, and the regions where it is written in another (scripts/languages.mjs). */
  export const likelyScripts: import('../../scripts/languages.mjs').LikelyScripts;
}
