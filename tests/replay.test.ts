// Stored answers come back through the chart as a person would give them (src/flow/replay.ts):
// every guard runs again; answers off the route are dropped; an address that cannot be shown yet
// leads to the first question still to answer.
import { describe, expect, it } from 'vitest';
import type { Answers } from '../src/flow/answers';
import { replay } from '../src/flow/replay';

const advanced: Answers = { origin: 'yes', history: 'first', stage: 'four', liverFunction: 'a', drugLine: 'no' };

describe('replaying stored answers', () => {
  it.each<[string, Answers, Parameters<typeof replay>[1], string, boolean, boolean]>([
    ['no answers, no address: the start page', {}, undefined, 'start', false, false],
    ['no answers, a step that needs answers: the first question', {}, 'advanced', 'origin', false, true],
    ['no answers, an unreadable address: the first question', {}, 'unknown', 'origin', false, true],
    ['complete answers, no address: the summary', advanced, undefined, 'checkAnswers', false, false],
    ['complete answers and their outcome', advanced, 'advanced', 'advanced', false, false],
    ['complete answers, another outcome: the summary', advanced, 'resectable', 'checkAnswers', false, true],
    ['an open route, a later step: the open question', { origin: 'yes', history: 'first' }, 'checkAnswers', 'stage', false, true],
    ['an answered question by its address', advanced, 'stage', 'stage', false, false],
    ['the start page by its address', advanced, 'start', 'start', false, false],
    ['cancer from elsewhere: the exit page', { origin: 'no' }, undefined, 'notCovered', false, false],
  ])('%s', (_name, answers, requested, step, dropped, redirected) => {
    const result = replay(answers, requested);
    expect({ step: result.snapshot.value, dropped: result.dropped, redirected: result.redirected }).toEqual({ step, dropped, redirected });
  });

  it('keeps every answer on the route, and drops one off it', () => {
    expect(replay(advanced, undefined).snapshot.context.answers).toStrictEqual(advanced);
    const offRoute = { ...advanced, recurrenceSite: 'local' } as Answers;
    const result = replay(offRoute, undefined);
    expect(result.dropped).toBe(true);
    expect(result.snapshot.context.answers).toStrictEqual(advanced);
  });

  it('stops at the first answer the route does not reach', () => {
    const result = replay({ origin: 'yes', stage: 'four' }, undefined);
    expect(result.snapshot.value).toBe('history');
    expect(result.snapshot.context.answers).toStrictEqual({ origin: 'yes' });
    expect(result.dropped).toBe(true);
  });
});
