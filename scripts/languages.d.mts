import type { LanguageMeta } from '../src/i18n/languages';
export function isLanguageMeta(meta: unknown): meta is LanguageMeta;
export function discoverLanguages(localesDir: string): Record<string, LanguageMeta>;
export function languageFolders(localesDir: string): string[];
export type LikelyScripts = Record<string, { usual: string | undefined; byRegion: Record<string, string | undefined> }>;
export function likelyScripts(tags: string[]): LikelyScripts;
