// The languages on offer, discovered from locales/<BCP 47 tag>/meta.json at build time by
// scripts/languages.mjs (the virtual:languages module of vite.config.ts): adding one touches no code.
import discovered from 'virtual:languages';
import { byLanguageOrder } from '../facts.mjs';
import { pseudoLanguages } from './pseudo';

export type LanguageMeta = {
  nativeName: string;
  dir: 'ltr' | 'rtl';
  review: { status: 'draft' | 'reviewed'; reviewerRole?: string; date?: string };
  /** "namespace:key" texts that are the same words as English in this language (checked by i18n:check). */
  sameAsEnglish?: string[];
};

/** Every language a person can choose, by tag. Pseudo-languages exist only in development. */
export const languages: Readonly<Record<string, LanguageMeta>> = import.meta.env.DEV
  ? { ...discovered, ...pseudoLanguages }
  : discovered;

export const languageTags = Object.keys(languages).sort(byLanguageOrder);

export function directionOf(tag: string): 'ltr' | 'rtl' {
  return languages[tag]?.dir ?? 'ltr';
}
