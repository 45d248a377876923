// Which language a person gets: ?lng=, then their own choice, then the browser's, then English.
import { describe, expect, it, vi } from 'vitest';
import { chooseLanguage, matchLanguage } from '../src/i18n/chooseLanguage';

const offered = ['en', 'es', 'zh-Hans', 'vi', 'ar'];
const choose = (sources: Parameters<typeof chooseLanguage>[0]) => chooseLanguage(sources, offered, 'en');

describe('choosing the language', () => {
  it.each<[string, Parameters<typeof chooseLanguage>[0], string, string | undefined]>([
    ['the link wins over everything', { query: 'vi', chosen: 'es', browser: ['ar'] }, 'vi', undefined],
    ['an earlier choice wins over the browser', { query: null, chosen: 'es', browser: ['ar'] }, 'es', undefined],
    ['an unknown ?lng= is passed over', { query: 'xx', chosen: null, browser: ['ar-EG'] }, 'ar', undefined],
    ['the browser\'s first language that is offered', { browser: ['de-DE', 'es-MX', 'en'] }, 'es', undefined],
    ['mainland Chinese gets Simplified Chinese', { browser: ['zh-CN'] }, 'zh-Hans', undefined],
    ['Singapore Chinese gets Simplified Chinese', { browser: ['zh-SG'] }, 'zh-Hans', undefined],
    ['plain zh means Simplified Chinese', { browser: ['zh'] }, 'zh-Hans', undefined],
    ['Taiwan gets English and a note, never Simplified Chinese', { browser: ['zh-TW', 'zh-CN'] }, 'en', 'traditionalChineseUnavailable'],
    ['Hong Kong gets English and a note', { browser: ['zh-HK'] }, 'en', 'traditionalChineseUnavailable'],
    ['zh-Hant gets English and a note', { browser: ['zh-Hant'] }, 'en', 'traditionalChineseUnavailable'],
    ['a link asking for zh-TW gets English and a note', { query: 'zh-TW', browser: ['es'] }, 'en', 'traditionalChineseUnavailable'],
    ['a link asking for zh-Hant gets English and a note', { query: 'zh-Hant', browser: [] }, 'en', 'traditionalChineseUnavailable'],
    ['a malformed browser tag is passed over', { browser: ['not a tag!', 'vi-VN'] }, 'vi', undefined],
    ['nothing offered: English', { browser: ['de', 'fr'] }, 'en', undefined],
  ])('%s', (_name, sources, language, note) => {
    expect(choose(sources)).toEqual(note ? { language, note } : { language });
  });

  it('matches case-insensitively and by script', () => {
    expect(matchLanguage('ZH-hans', offered)).toBe('zh-Hans');
    expect(matchLanguage('zh-Hant-TW', offered)).toBeUndefined();
  });

  it('reads the script from the table made at build time, agreeing with Intl.Locale.maximize() in every region', () => {
    const letters = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
    const tags = ['en', 'es', 'zh', 'vi', 'ar'].flatMap((language) => letters.flatMap((a) => letters.map((b) => `${language}-${a}${b}`)));
    const script = (tag: string) => new Intl.Locale(tag).maximize().script;
    const expected = tags.map((tag) => [tag, offered.find((o) => o.split('-')[0] === tag.split('-')[0] && script(o) === script(tag))]);
    const maximize = vi.spyOn(Intl.Locale.prototype, 'maximize');
    try {
      expect(tags.map((tag) => [tag, matchLanguage(tag, offered)])).toEqual(expected);
      expect(choose({ browser: ['en-US'] })).toEqual({ language: 'en' });
      expect(maximize).not.toHaveBeenCalled();
      expect(matchLanguage('pt-BR', ['pt-PT'])).toBe('pt-PT');
      expect(maximize).toHaveBeenCalled();
    } finally {
      maximize.mockRestore();
    }
  });
});
