// Plain language, measured (scripts/readability.mjs): every English outcome, option and question
// text at Flesch-Kincaid grade 8 or below, the median at 6 or below. `npm run readability` prints
// the distribution.
import { describe, expect, it } from 'vitest';
import { gradeOf, limits, measure } from '../scripts/readability.mjs';

describe('plain language', () => {
  const { scored, median } = measure();

  it('scores the prose of the outcome, option and question texts', () => {
    expect(scored.length).toBeGreaterThan(150);
  });

  it(`keeps every text at grade ${limits.each} or below`, () => {
    expect(scored.filter(({ grade }) => grade > limits.each)).toEqual([]);
  });

  it(`keeps the median at grade ${limits.median} or below`, () => {
    expect(median).toBeLessThanOrEqual(limits.median);
  });

  it('would fail a hard text, and leaves out bracketed medical names and drug names', () => {
    expect(gradeOf('Hepatocellular carcinoma necessitates multidisciplinary consideration of locoregional modalities.')).toBeGreaterThan(limits.each);
    expect(gradeOf('A surgeon takes out the part of the liver that has the cancer (partial hepatectomy).')).toBeLessThan(limits.each);
    expect(gradeOf('You may be offered sorafenib or lenvatinib as tablets at home.')).toBeLessThan(limits.each);
    expect(gradeOf('Too short to score')).toBeUndefined();
  });
});
