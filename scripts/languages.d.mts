import type { LanguageMeta } from '../src/i18n/languages';
export function isLanguageMeta(meta: unknown): meta is LanguageMeta;
export function discoverLanguages(localesDir: string): Record<string, LanguageMeta>;
export function languageFolders(localesDir: string): string[];
