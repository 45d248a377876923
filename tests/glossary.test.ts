// Every medical word an outcome or option text uses is explained in the glossary: a word that looks
// medical (a medical ending, an abbreviation, a name in brackets) must appear in some glossary
// term or definition. Drug names (their own list, src/content/drugs.ts) and the plain words below
// are the only exceptions, each with its reason.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { drugs } from '../src/content/drugs';
import { termIds } from '../src/content/glossary';

const english = (namespace: string) => JSON.parse(readFileSync(`locales/en/${namespace}.json`, 'utf8')) as object;
const texts = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(texts) : [];

/** Plain words that end like medical ones, and stage numerals (the glossary's "Stage" explains I to IV). */
const plain = new Set(['operation', 'inflammation', 'irritation', 'constipation', 'information', 'ii', 'iii', 'iv', 'iva', 'ivb', 'n1', 'm1', 'fda', 'pdf', 'qr']);

const medicalLooking = (text: string): string[] => [
  ...[...text.matchAll(/\b[A-Z]{2,}[a-z]?\d?\b/g)].map((m) => m[0]),
  ...[...text.matchAll(/\b\w+(?:ectomy|therapy|osis|itis|emia|oma|ization|plant|stasis|static|hepatic)\b/gi)].map((m) => m[0]),
];

describe('the glossary', () => {
  const glossary = english('glossary') as Record<string, { term: string; definition: string }>;
  const explained = Object.values(glossary).map(({ term, definition }) => `${term} ${definition}`).join(' ').toLowerCase();
  const drugWords = new Set(Object.entries(drugs).flatMap(([id, drug]) => [id, ...Object.values(drug as object).filter((v) => typeof v === 'string')]).map((w) => String(w).toLowerCase()));

  it('has a term and a definition for every term id, and nothing else', () => {
    expect(Object.keys(glossary).sort()).toEqual([...termIds].sort());
  });

  it('explains every medical word of every outcome and option text', () => {
    const words = new Set(['outcomes', 'options'].flatMap((namespace) => texts(english(namespace)).flatMap(medicalLooking)));
    const unexplained = [...words].filter((word) => {
      const lower = word.toLowerCase();
      return !plain.has(lower) && !drugWords.has(lower) && !explained.includes(lower);
    });
    expect(unexplained).toEqual([]);
    expect(words.size).toBeGreaterThan(10);
  });

  it('finds the medical words it checks (so the check cannot pass on nothing)', () => {
    expect(medicalLooking('A partial hepatectomy or chemoembolization (TACE), with SBRT.')).toEqual(['TACE', 'SBRT', 'hepatectomy', 'chemoembolization']);
  });
});
