// Languages as a person meets them: the switcher keeps the step and every answer, the page
// follows the language's direction, and a draft translation says so on every outcome.
import { render, screen, waitFor, within } from '@testing-library/react';
import type { ReadCallback } from 'i18next';
import { Suspense } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../src/app/App';
import { boot } from '../src/app/boot';
import { serializeAnswers, storageKey } from '../src/flow/persistence';
import { i18next, namespaces } from '../src/i18n/i18n';
import { languages } from '../src/i18n/languages';
import { begin, continueWith, en, heading, renderApp, shippedLanguages, wordsIn } from './render';
import { missingKeys } from './setup';

afterEach(async () => {
  await i18next.changeLanguage('en');
  window.localStorage.clear();
});

const nameOf = (tag: string) => languages[tag]?.nativeName ?? tag;

describe('the language switcher', () => {
  it('offers every shipped language by its own name, on every page', async () => {
    await renderApp();
    const switcher = screen.getByRole('navigation', { name: en('language.label') });
    for (const tag of shippedLanguages) expect(switcher).toHaveTextContent(nameOf(tag));
  });

  it.each(shippedLanguages.filter((tag) => tag !== 'en'))(
    'switches to %s in the middle of a route and keeps the step and every answer',
    async (tag) => {
      const { user } = await renderApp();
      await begin(user);
      await continueWith(user, en('questions:history.choices.recurrent'));
      await continueWith(user, en('questions:recurrenceSite.choices.local'));
      await user.click(screen.getByRole('link', { name: nameOf(tag) }));
      await waitFor(() => expect(document.documentElement.lang).toBe(tag));
      const words = wordsIn(tag);
      expect(heading()).toHaveTextContent(words('questions:firstTreatment.title'));
      expect(window.location.hash).toBe('#/firstTreatment');
      for (const link of screen.getAllByRole('link', { name: new RegExp(shippedLanguages.map(nameOf).join('|')) })) {
        expect(link.getAttribute('href')).toMatch(/#\/firstTreatment$/);
      }
      expect(new URLSearchParams(window.location.search).get('lng')).toBe(tag);
      expect(document.documentElement.lang).toBe(tag);
      expect(document.documentElement.dir).toBe(languages[tag]?.dir);
      await user.click(screen.getByRole('link', { name: words('actions.back') }));
      expect(screen.getByLabelText(words('questions:recurrenceSite.choices.local'))).toBeChecked();
      expect(window.localStorage.getItem('liver-cancer-navigator/language')).toBe(tag);
    },
  );
});

describe('the address after a language switch', () => {
  it('Back shows the page the address names, in the language chosen', async () => {
    const { user } = await renderApp();
    await begin(user);
    await continueWith(user, en('questions:history.choices.first'));
    await user.click(screen.getByRole('link', { name: nameOf('es') }));
    await waitFor(() => expect(document.documentElement.lang).toBe('es'));
    expect(window.location.search).toBe('?lng=es');
    window.history.back();
    await waitFor(() => expect(window.location.hash).toBe('#/history'));
    await waitFor(() => expect(heading()).toHaveTextContent(wordsIn('es')('questions:history.title')));
  });
});

describe('a language whose words cannot be downloaded', () => {
  it('keeps the page in the language shown, says so there, and downloads again on Try again', async () => {
    const { user } = await renderApp('#/start');
    for (const namespace of namespaces) i18next.removeResourceBundle('vi', namespace);
    const backend = i18next.services.backendConnector.backend as { read: (l: string, n: string, cb: ReadCallback) => void };
    const read = backend.read.bind(backend);
    const failing = vi
      .spyOn(backend, 'read')
      .mockImplementation((language, namespace, callback) =>
        language === 'vi' ? callback(new Error('offline'), false) : read(language, namespace, callback),
      );
    try {
      await user.click(screen.getByRole('link', { name: nameOf('vi') }));
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent(en('language.loadFailed', { language: nameOf('vi') }));
      expect(document.documentElement.lang).toBe('en');
      expect(heading()).toHaveTextContent(en('start.title'));
      expect(screen.getByRole('link', { name: nameOf('en') })).toHaveAttribute('aria-current', 'true');
      expect(screen.getByRole('link', { name: nameOf('vi') })).not.toHaveAttribute('aria-current');
      expect(window.location.search).toBe('');
      failing.mockRestore();
      await user.click(within(alert).getByRole('button', { name: en('language.retry') }));
      await waitFor(() => expect(document.documentElement.lang).toBe('vi'));
      expect(heading()).toHaveTextContent(wordsIn('vi')('start.title'));
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    } finally {
      failing.mockRestore();
    }
  });
});

describe('medical review of a translation', () => {
  const draft = shippedLanguages.filter((tag) => languages[tag]?.review.status === 'draft');

  it.each(draft)('%s, still a draft, says so on an outcome page with a link to English', async (tag) => {
    await i18next.changeLanguage(tag);
    window.sessionStorage.setItem(storageKey, serializeAnswers({ origin: 'yes', history: 'recurrent', recurrenceSite: 'notSure' }));
    const { user } = await renderApp('#/recurrentUnknown');
    const words = wordsIn(tag);
    expect(screen.getByText(words('translationReview.draft'))).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: words('translationReview.readInEnglish') }));
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
    expect(heading()).toHaveTextContent(en('outcomes:titles.recurrentUnknown'));
    expect(screen.queryByText(en('translationReview.draft'))).not.toBeInTheDocument();
  });

  it('English, the source, shows no such notice', async () => {
    window.sessionStorage.setItem(storageKey, serializeAnswers({ origin: 'yes', history: 'recurrent', recurrenceSite: 'notSure' }));
    await renderApp('#/recurrentUnknown');
    expect(screen.queryByText(en('translationReview.draft'))).not.toBeInTheDocument();
  });
});

describe('a browser asking for Traditional Chinese', () => {
  it('gets English with a note, not Simplified Chinese', async () => {
    window.history.replaceState(null, '', '/');
    render(
      <Suspense fallback={null}>
        <App start={boot(undefined, '')} languageNote="traditionalChineseUnavailable" />
      </Suspense>,
    );
    expect(await screen.findByText(en('language.traditionalChineseUnavailable'))).toBeInTheDocument();
    expect(heading()).toHaveTextContent(en('start.title'));
  });
});

describe('a translation that lacks a key', () => {
  it('shows the English text in its place, never the key', async () => {
    await i18next.changeLanguage('es');
    const bundle = i18next.getResourceBundle('es', 'common') as { actions: Record<string, string> };
    const saved = bundle.actions.continue;
    delete bundle.actions.continue;
    try {
      expect(i18next.t('actions.continue')).toBe(en('actions.continue'));
    } finally {
      bundle.actions.continue = saved as string;
      missingKeys.splice(0);
    }
  });
});
