// When a translation may read exactly like English: every word in it is one translators are told
// to keep (locales/_context: doNotTranslate), or the language declares that text the same on
// purpose (meta.json: sameAsEnglish). Shared by scripts/i18n-check.mjs and the per-language tests.
export function mayStayEnglish({ id, text, keep = [], sameAsEnglish = [] }) {
  if (sameAsEnglish.includes(id)) return true;
  const kept = keep.join(' ');
  const words = text.replace(/\{\{[^}]+\}\}/g, ' ').match(/\p{L}[\p{L}\p{M}'/.-]*/gu) ?? [];
  return words.every((word) => kept.includes(word));
}
