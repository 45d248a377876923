// The languages on offer are discovered from locales/<BCP 47 tag>/meta.json: adding one touches no code.
import { pseudoLanguages } from './pseudo';

export type LanguageMeta = {
  nativeName: string;
  dir: 'ltr' | 'rtl';
  review: { status: 'draft' | 'reviewed'; reviewerRole?: string; date?: string };
  /** "namespace:key" texts that are the same words as English in this language (checked by i18n:check). */
  sameAsEnglish?: string[];
};

const found = import.meta.glob<LanguageMeta>('../../locales/*/meta.json', { eager: true, import: 'default' });

function isLanguageMeta(value: unknown): value is LanguageMeta {
  const meta = value as Partial<LanguageMeta> | undefined;
  return (
    typeof meta?.nativeName === 'string' &&
    (meta.dir === 'ltr' || meta.dir === 'rtl') &&
    (meta.review?.status === 'draft' || meta.review?.status === 'reviewed')
  );
}

const discovered = Object.fromEntries(
  Object.entries(found)
    .map(([path, meta]) => [path.split('/').at(-2) ?? '', meta] as const)
    .filter(([tag, meta]) => tag !== '' && isLanguageMeta(meta)),
);

/** Every language a person can choose, by tag. Pseudo-languages exist only in development. */
export const languages: Readonly<Record<string, LanguageMeta>> = import.meta.env.DEV
  ? { ...discovered, ...pseudoLanguages }
  : discovered;

export const languageTags = Object.keys(languages).sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)));

export function directionOf(tag: string): 'ltr' | 'rtl' {
  return languages[tag]?.dir ?? 'ltr';
}
