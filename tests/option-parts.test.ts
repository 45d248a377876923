// Every option card has the same four parts in every language (IPDAS: benefits and harms in equal
// detail): what it is and what it aims to do, for the option; what it involves and its possible
// side effects, for every kind of treatment it is. Read from the locale files, as a translator
// would leave them: a part missing or empty in any language fails here.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { treatmentOptions, type OptionId } from '../src/content/options';
import { treatmentKinds } from '../src/content/treatments';
import { discoverLanguages } from '../scripts/languages.mjs';

const localesDir = new URL('../locales/', import.meta.url);
const tags = Object.keys(discoverLanguages(localesDir.pathname));

describe('the four parts of every option card', () => {
  it('are asked of every language found', () => {
    expect(tags).toEqual(expect.arrayContaining(['en', 'es', 'vi', 'ar', 'zh-Hans']));
    expect(readdirSync(localesDir).length).toBeGreaterThan(tags.length);
  });

  it.each(tags)('are all there, and not empty, in %s', (tag) => {
    const words = JSON.parse(readFileSync(new URL(`${tag}/options.json`, localesDir), 'utf8'));
    const missing: string[] = [];
    const has = (value: unknown) => typeof value === 'string' && value.trim() !== '';
    for (const option of Object.keys(treatmentOptions) as OptionId[]) {
      for (const part of ['what', 'aim'] as const) if (!has(words[option]?.[part])) missing.push(`${option}.${part}`);
      for (const kind of treatmentOptions[option].kinds) {
        for (const part of ['involves', 'sideEffects'] as const) if (!has(words.kinds?.[kind]?.[part])) missing.push(`kinds.${kind}.${part}`);
        if (treatmentKinds[kind].sources.length === 0) missing.push(`kinds.${kind}: no source`);
      }
    }
    for (const part of ['what', 'aim', 'involves', 'sideEffects'] as const) if (!has(words.card?.[part])) missing.push(`card.${part}`);
    expect([...new Set(missing)]).toEqual([]);
  });
});
