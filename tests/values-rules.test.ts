// What matters to the person, as data (src/flow/values.ts): exactly the shape this version keeps,
// checked on its own (the machine's SET_VALUES and the stored format both rely on it).
import { describe, expect, it } from 'vitest';
import { byImportance, hasValues, importanceLevels, isImportance, isValueId, isValues, noValues, otherMaxLength, valueIds } from '../src/flow/values';
import { treatmentKindIds, treatmentKinds } from '../src/content/treatments';
import { patientInformation } from '../src/content/information';

describe('what matters to the person, as data', () => {
  it('knows its six statements and three levels, and nothing else', () => {
    expect(valueIds).toEqual(['liveLonger', 'avoidSideEffects', 'lessTimeInHospital', 'dailyLife', 'closeToHome', 'tryNewTreatment']);
    expect(importanceLevels).toEqual(['notImportant', 'somewhat', 'very']);
    for (const id of valueIds) expect(isValueId(id)).toBe(true);
    for (const level of importanceLevels) expect(isImportance(level)).toBe(true);
    for (const other of ['', 'liveLongest', 'toString', 'constructor', 1, null, undefined, ['very']]) {
      expect(isValueId(other)).toBe(false);
      expect(isImportance(other)).toBe(false);
    }
    expect(otherMaxLength).toBe(1000);
  });

  it.each<[string, unknown, boolean]>([
    ['nothing said', noValues, true],
    ['one rating', { ratings: { liveLonger: 'very' }, other: '' }, true],
    ['every rating and words', { ratings: Object.fromEntries(valueIds.map((id) => [id, 'somewhat'])), other: 'My garden' }, true],
    ['words at the longest', { ratings: {}, other: 'x'.repeat(1000) }, true],
    ['words one too long', { ratings: {}, other: 'x'.repeat(1001) }, false],
    ['words not a string', { ratings: {}, other: 3 }, false],
    ['no words key', { ratings: {} }, false],
    ['an extra key', { ratings: {}, other: '', extra: 1 }, false],
    ['ratings null', { ratings: null, other: '' }, false],
    ['ratings a list', { ratings: [['liveLonger', 'very']], other: '' }, false],
    ['ratings a string', { ratings: 'very', other: '' }, false],
    ['an unknown statement', { ratings: { liveLongest: 'very' }, other: '' }, false],
    ['an unknown level', { ratings: { liveLonger: 'extremely' }, other: '' }, false],
    ['one good and one bad rating', { ratings: { liveLonger: 'very', dailyLife: 'maybe' }, other: '' }, false],
    ['null', null, false],
    ['a list', [], false],
    ['a string', 'very', false],
  ])('%s is values: %s', (_name, value, expected) => {
    expect(isValues(value)).toBe(expected);
  });

  it.each<[string, Parameters<typeof hasValues>[0], boolean]>([
    ['nothing', noValues, false],
    ['only spaces', { ratings: {}, other: '   ' }, false],
    ['words', { ratings: {}, other: 'Home' }, true],
    ['a rating', { ratings: { closeToHome: 'notImportant' }, other: '' }, true],
  ])('with %s, something was said: %s', (_name, values, expected) => {
    expect(hasValues(values)).toBe(expected);
  });
});

describe('the kinds of treatment', () => {
  it.each(treatmentKindIds.map((kind) => [kind] as const))('%s cites known patient-information pages, at least two, each once', (kind) => {
    const sources = treatmentKinds[kind].sources;
    expect(sources.length).toBeGreaterThanOrEqual(2);
    expect(sources.filter((id) => !(id in patientInformation))).toEqual([]);
    expect(new Set(sources).size).toBe(sources.length);
  });

  it('cites every patient-information page from at least one kind', () => {
    const cited = new Set(treatmentKindIds.flatMap((kind) => treatmentKinds[kind].sources));
    expect(Object.keys(patientInformation).filter((id) => !cited.has(id as never))).toEqual([]);
  });
});

describe('what matters, most important first', () => {
  it('groups the rated statements by level, most important first, leaving out levels with none', () => {
    expect(byImportance({ ratings: { dailyLife: 'somewhat', liveLonger: 'very', closeToHome: 'very' }, other: '' })).toEqual([
      { level: 'very', ids: ['liveLonger', 'closeToHome'] },
      { level: 'somewhat', ids: ['dailyLife'] },
    ]);
    expect(byImportance(noValues)).toEqual([]);
  });
});
