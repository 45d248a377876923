// What sessionStorage may hold, row by row: anything not exactly as this version writes it is
// rejected whole (and the person is told), never half-read or guessed.
import { describe, expect, it } from 'vitest';
import { parseStoredAnswers, schemaVersion, serializeAnswers } from '../src/flow/persistence';

const stored = (value: unknown) => JSON.stringify(value);

describe('stored answers', () => {
  it('reads back what it writes', () => {
    const answers = { origin: 'yes', history: 'first', stage: 'four', liverFunction: 'c' } as const;
    expect(parseStoredAnswers(serializeAnswers(answers))).toEqual({ answers, rejected: false });
  });

  it('reads nothing stored as a fresh start, not a rejection', () => {
    expect(parseStoredAnswers(null)).toEqual({ answers: {}, rejected: false });
  });

  it('writes only the answered questions of the route, in order', () => {
    expect(JSON.parse(serializeAnswers({ origin: 'yes', history: 'recurrent' }))).toStrictEqual({
      schemaVersion,
      answers: [
        ['origin', 'yes'],
        ['history', 'recurrent'],
      ],
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
  ])('rejects %s whole', (_name, raw) => {
    expect(parseStoredAnswers(raw)).toEqual({ answers: {}, rejected: true });
  });
});
