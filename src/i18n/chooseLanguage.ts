// Which language to show: ?lng= in the link, then the person's own earlier choice, then the
// browser's languages, then English. A request for Traditional Chinese, from any of these, never
// silently gets Simplified Chinese or English: it gets English, with a note.

import { likelyScripts } from 'virtual:languages';

export type LanguageChoice = { language: string; note?: 'traditionalChineseUnavailable' };

type Sources = { query?: string | null; chosen?: string | null; browser: readonly string[] };

export function chooseLanguage({ query, chosen, browser }: Sources, available: readonly string[], fallback: string): LanguageChoice {
  for (const asked of [query, chosen, ...browser]) {
    if (!asked) continue;
    if (isTraditionalChinese(asked) && !matchLanguage(asked, available)) {
      return { language: fallback, note: 'traditionalChineseUnavailable' };
    }
    const match = matchLanguage(asked, available);
    if (match) return { language: match };
  }
  return { language: fallback };
}

/** The offered language a tag asks for: the same tag, or the same language in the same script. */
export function matchLanguage(asked: string, available: readonly string[]): string | undefined {
  const exact = available.find((tag) => tag.toLowerCase() === asked.toLowerCase());
  if (exact) return exact;
  const wanted = maximize(asked);
  if (!wanted) return undefined;
  return available.find((tag) => {
    const offered = maximize(tag);
    return offered?.language === wanted.language && offered.script === wanted.script;
  });
}

function isTraditionalChinese(tag: string): boolean {
  const locale = maximize(tag);
  return locale?.language === 'zh' && locale.script === 'Hant';
}

/**
 * A tag's language and script. A tag that names no script gets its language's script in its
 * region, from the table worked out at build time for the languages on offer (scripts/languages.mjs);
 * only another language asks Intl.Locale.maximize(), whose first call loads all of CLDR's likely subtags.
 */
function maximize(tag: string): { language: string; script?: string } | undefined {
  try {
    const locale = new Intl.Locale(tag);
    if (locale.script) return locale;
    const known = likelyScripts[locale.language];
    if (!known) return locale.maximize();
    return { language: locale.language, script: (locale.region && known.byRegion[locale.region]) || known.usual };
  } catch {
    return undefined;
  }
}
