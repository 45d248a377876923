// What sessionStorage may hold, row by row: anything not exactly as this version writes it is
// rejected whole (and the person is told), never half-read or guessed.
import { describe, expect, it } from 'vitest';
import { parseStoredAnswers, schemaVersion, serializeAnswers } from '../src/flow/persistence';
import { noValues, otherMaxLength, type Values } from '../src/flow/values';

const stored = (value: unknown) => JSON.stringify(value);

describe('stored answers', () => {
  it('reads back what it writes', () => {
    const answers = { origin: 'yes', history: 'first', stage: 'four', liverFunction: 'c' } as const;
    expect(parseStoredAnswers(serializeAnswers(answers))).toEqual({ answers, values: noValues, rejected: false });
  });

  it('reads back what matters to the person, kept with the answers', () => {
    const answers = { origin: 'yes', history: 'first' } as const;
    const values: Values = { ratings: { liveLonger: 'very', closeToHome: 'notImportant' }, other: 'My grandchildren.\nWork.' };
    expect(parseStoredAnswers(serializeAnswers(answers, values))).toEqual({ answers, values, rejected: false });
    expect(parseStoredAnswers(serializeAnswers({}, values))).toEqual({ answers: {}, values, rejected: false });
  });

  it('reads version 2 (answers only) as it is, with nothing said about what matters', () => {
    const raw = stored({ schemaVersion: 2, answers: [['origin', 'yes']] });
    expect(parseStoredAnswers(raw)).toEqual({ answers: { origin: 'yes' }, values: noValues, rejected: false });
  });

  it('reads nothing stored as a fresh start, not a rejection', () => {
    expect(parseStoredAnswers(null)).toEqual({ answers: {}, values: noValues, rejected: false });
  });

  it('writes only the answered questions of the route, in order', () => {
    expect(JSON.parse(serializeAnswers({ origin: 'yes', history: 'recurrent' }))).toStrictEqual({
      schemaVersion,
      answers: [
        ['origin', 'yes'],
        ['history', 'recurrent'],
      ],
      values: { ratings: [], other: '' },
    });
  });

  it.each<[string, string]>([
    ['not JSON', '{answers'],
    ['null', 'null'],
    ['a number', '42'],
    ['text', '"answers"'],
    ['JSON that is not an object', stored([['origin', 'yes']])],
    ['an older version (no Q-origin)', stored({ schemaVersion: 1, answers: [['history', 'first']] })],
    ['a newer version', stored({ schemaVersion: schemaVersion + 1, answers: [['origin', 'yes']] })],
    ['a version written as text', stored({ schemaVersion: String(schemaVersion), answers: [] })],
    ['extra top-level keys', stored({ schemaVersion, answers: [['origin', 'yes']], step: 'advanced' })],
    ['answers that are not a list', stored({ schemaVersion, answers: { origin: 'yes' } })],
    ['an unknown question', stored({ schemaVersion, answers: [['origin', 'yes'], ['mood', 'good']] })],
    ['a prototype key as a question', '{"schemaVersion":2,"answers":[["__proto__","yes"]]}'],
    ['a duplicate entry', stored({ schemaVersion, answers: [['origin', 'yes'], ['origin', 'no']] })],
    ['an entry that is not a pair', stored({ schemaVersion, answers: [['origin', 'yes', 'extra']] })],
    ['an answer of the wrong type', stored({ schemaVersion, answers: [['origin', true]] })],
    ['an answer that is not a choice', stored({ schemaVersion, answers: [['stage', 'seven']] })],
    ['checkboxes given as text', stored({ schemaVersion, answers: [['barriers', 'none']] })],
    ['"none" with a barrier', stored({ schemaVersion, answers: [['barriers', ['none', 'tooLarge']]] })],
    ['this version without what matters', stored({ schemaVersion, answers: [['origin', 'yes']] })],
    ['version 2 with what matters', stored({ schemaVersion: 2, answers: [], values: { ratings: [], other: '' } })],
    ['what matters as a list', stored({ schemaVersion, answers: [], values: [] })],
    ['what matters with an extra key', stored({ schemaVersion, answers: [], values: { ratings: [], other: '', mood: 1 } })],
    ['an unknown statement', stored({ schemaVersion, answers: [], values: { ratings: [['money', 'very']], other: '' } })],
    ['a prototype key as a statement', `{"schemaVersion":${schemaVersion},"answers":[],"values":{"ratings":[["__proto__","very"]],"other":""}}`],
    ['a statement rated twice', stored({ schemaVersion, answers: [], values: { ratings: [['liveLonger', 'very'], ['liveLonger', 'somewhat']], other: '' } })],
    ['a level that is not a choice', stored({ schemaVersion, answers: [], values: { ratings: [['liveLonger', 'extremely']], other: '' } })],
    ['a rating that is not a pair', stored({ schemaVersion, answers: [], values: { ratings: [['liveLonger']], other: '' } })],
    ['own words that are not text', stored({ schemaVersion, answers: [], values: { ratings: [], other: 7 } })],
    ['own words longer than the page allows', stored({ schemaVersion, answers: [], values: { ratings: [], other: 'x'.repeat(otherMaxLength + 1) } })],
  ])('rejects %s whole', (_name, raw) => {
    expect(parseStoredAnswers(raw)).toEqual({ answers: {}, values: noValues, rejected: true });
  });
});
