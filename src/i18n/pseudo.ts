// Two development-only pseudo-languages made from English, to find hard-coded text, clipped
// layouts and mirroring bugs. They are never built into what patients get (see languages.ts).
import type { LanguageMeta } from './languages';

export const pseudoLanguages: Record<string, LanguageMeta> = {
  // Accented and about 40% longer: hard-coded English stands out, clipped text shows.
  'en-XA': { nativeName: '[Ŝƥéèéđ Ëñĝĺîîîšĥ]', dir: 'ltr', review: { status: 'draft' } },
  // Right to left with the letters reversed: what does not mirror stands out.
  'ar-XB': { nativeName: '\u202EReversed English\u202C', dir: 'rtl', review: { status: 'draft' } },
};

const accents: Record<string, string> = {
  a: 'á', e: 'é', i: 'î', o: 'ö', u: 'ü', c: 'ç', n: 'ñ', s: 'š', y: 'ý', z: 'ž',
  A: 'Å', E: 'É', I: 'Î', O: 'Ö', U: 'Û', C: 'Ç', N: 'Ñ', S: 'Š', Y: 'Ý', Z: 'Ž',
};

/** Changes the text around {{placeholders}} and <tags>, never inside them. */
function mapText(value: string, change: (text: string) => string): string {
  return value
    .split(/(\{\{[^}]+\}\}|<[^>]+>)/)
    .map((part, index) => (index % 2 === 1 ? part : change(part)))
    .join('');
}

const accented = (text: string) => text.replace(/[a-z]/gi, (letter) => accents[letter] ?? letter);

function lengthen(text: string): string {
  const extra = Math.ceil(text.length * 0.4);
  return text.trim() === '' ? text : `[${text}${'~'.repeat(Math.min(extra, 40))}]`;
}

const reversed = (text: string) => `\u202E${text}\u202C`;

export function pseudoTranslate(tag: string, resource: unknown): unknown {
  const change = tag === 'ar-XB' ? reversed : (text: string) => lengthen(accented(text));
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return mapText(value, change);
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, walk(inner)]));
    }
    return value;
  };
  return walk(resource);
}
