declare module 'virtual:languages' {
  import type { LanguageMeta } from './languages';
  /** Every language of locales/ with a valid meta.json, by tag, English first (scripts/languages.mjs). */
  const languages: Record<string, LanguageMeta>;
  export default languages;
}
