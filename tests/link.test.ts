// The handout's QR code: the answers travel in the address's fragment (never sent to a server),
// and come back through the same validation and replay as stored answers.
import { describe, expect, it } from 'vitest';
import { boot } from '../src/app/boot';
import type { Answers } from '../src/flow/answers';
import { answersFromLink, sharedLink } from '../src/flow/link';
import { serializeAnswers, storageKey } from '../src/flow/persistence';

const advanced: Answers = { origin: 'yes', history: 'first', stage: 'four', liverFunction: 'a', drugLine: 'no' };

function memoryStorage(initial: Record<string, string> = {}): Storage {
  const items = new Map(Object.entries(initial));
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

const hashOf = (link: string) => link.slice(link.indexOf('#'));

describe('a link that reopens the answers', () => {
  it('carries the answers in the fragment only, and reads them back exactly', () => {
    const link = sharedLink('https://example.org/guide/', 'advanced', advanced);
    expect(link.startsWith('https://example.org/guide/#/advanced?answers=')).toBe(true);
    expect(link.slice(0, link.indexOf('#'))).toBe('https://example.org/guide/');
    expect(answersFromLink(hashOf(link))).toEqual({ answers: advanced, values: { ratings: {}, other: '' }, rejected: false });
  });

  it('opens its answers, replayed through the chart, at its step, and says where they came from', () => {
    const started = boot(memoryStorage(), hashOf(sharedLink('https://x/', 'advanced', advanced)));
    expect(started.snapshot.value).toBe('advanced');
    expect(started.snapshot.context.answers).toEqual(advanced);
    expect(started.notice).toBe('answersFromLink');
  });

  it.each([
    ['not base64', '#/advanced?answers=%%%'],
    ['not JSON', `#/advanced?answers=${btoa('not json')}`],
    ['an unknown question', `#/advanced?answers=${btoa(JSON.stringify({ schemaVersion: 3, answers: [['colour', 'red']], values: { ratings: [], other: '' } }))}`],
    ['a newer version', `#/advanced?answers=${btoa(JSON.stringify({ schemaVersion: 9, answers: [], values: { ratings: [], other: '' } }))}`],
    ['bytes that are not UTF-8', `#/advanced?answers=${btoa('\xff\xfe')}`],
  ])('says a link with %s could not be read, and keeps what was stored', (_name, hash) => {
    const kept = serializeAnswers({ origin: 'yes', history: 'first' });
    const storage = memoryStorage({ [storageKey]: kept });
    const started = boot(storage, hash);
    expect(started.notice).toBe('linkAnswersRejected');
    expect(started.snapshot.context.answers).toEqual({ origin: 'yes', history: 'first' });
    expect(storage.getItem(storageKey)).toBe(kept);
  });

  it('is not a link with answers without the answers parameter, or outside a step\'s address', () => {
    expect(answersFromLink('#/advanced')).toBeUndefined();
    expect(answersFromLink('#/advanced?lng=es')).toBeUndefined();
    const payload = hashOf(sharedLink('https://x/', 'advanced', advanced)).split('?')[1]!;
    expect(answersFromLink(`#?${payload}`)).toBeUndefined();
    expect(answersFromLink(`?${payload}`)).toBeUndefined();
    expect(answersFromLink(`#/?${payload}`)?.rejected).toBe(false);
  });

  it('writes only URL-safe characters, with no padding, for every set of answers, and reads each back', () => {
    const sets: Answers[] = [
      advanced,
      { origin: 'notSure', history: 'notSure', stage: 'notSure', spread: 'notSure' },
      { origin: 'yes', history: 'first', stage: 'early', liverHealth: 'healthy', barriers: ['tooLarge', 'hardToReach', 'several', 'unfit'] },
      { origin: 'yes', history: 'recurrent', recurrenceSite: 'local', firstTreatment: 'otherOrNotSure', liverFunction: 'b' },
      { origin: 'no' },
    ];
    const payloads = sets.map((answers) => hashOf(sharedLink('https://x/', 'advanced', answers)).split('answers=')[1]!);
    for (const [i, payload] of payloads.entries()) {
      expect(payload).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(answersFromLink(`#/advanced?answers=${payload}`)?.answers).toEqual(sets[i]);
    }
  });

  it.each(['+', '/', '='])('refuses a payload with "%s", which base64url never writes', (character) => {
    const payload = hashOf(sharedLink('https://x/', 'advanced', advanced)).split('answers=')[1]!;
    expect(answersFromLink(`#/advanced?answers=${payload}${character}`)?.rejected).toBe(true);
  });
});
