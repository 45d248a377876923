// Renders the whole app as a person meets it, at an optional address.
import { render, screen } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { Suspense, type ReactNode } from 'react';
import { App } from '../src/app/App';
import { boot } from '../src/app/boot';
import { StartFirst } from '../src/app/StartFirst';
import { keptStorage } from '../src/hooks/keeping';
import { i18next, namespaces } from '../src/i18n/i18n';
import { languageTags, languages } from '../src/i18n/languages';
import { pseudoLanguages } from '../src/i18n/pseudo';
import { mayStayEnglish } from '../scripts/may-stay-english.mjs';

export async function renderApp(hash = '') {
  return renderAt(hash, () => <App start={boot(keptStorage(), window.location.hash)} />);
}

/** The start page as a visit that begins on it draws it: before the chart has arrived (src/app/StartFirst.tsx). */
export async function renderStartFirst() {
  return renderAt('', () => <StartFirst />);
}

async function renderAt(hash: string, page: () => ReactNode) {
  window.history.replaceState(null, '', `/${hash}`);
  // No pause between a person's actions: the tests wait for what they expect instead. No
  // pointer-events check: jsdom applies none of the app's CSS, so it would only walk every
  // ancestor's computed style on each click; the browser suite clicks with the real CSS.
  const user = userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });
  const view = render(<Suspense fallback={null}>{page()}</Suspense>);
  await screen.findByRole('heading', { level: 1 });
  return { user, ...view };
}

/** The words of a language by key, so tests follow the locale files instead of copying them. */
export const wordsIn =
  (language: string) =>
  (key: string, options?: Record<string, unknown>): string =>
    i18next.t(key as never, { lng: language, ...options }) as string;

export const en = wordsIn('en');

/** Every language patients can choose (the development-only pseudo-languages are not shipped). */
export const shippedLanguages = languageTags.filter((tag) => !(tag in pseudoLanguages));

/** Texts that name something English by its own name: the source page's title stays English beside its translation. */
const properNames = new Set(['sources:document']);

const contexts = import.meta.glob<Record<string, unknown>>('../locales/_context/*.json', { eager: true, import: 'default' });

/** The words translators are told to keep in a text (locales/_context). */
function doNotTranslate(namespace: string, key: string): string[] {
  const entry = key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], contexts[`../locales/_context/${namespace}.json`]);
  return (entry as { doNotTranslate?: string[] } | undefined)?.doNotTranslate ?? [];
}

/**
 * English text left on a page in another language: a text node that is a whole English text, or
 * contains an English text of three words or more, unless the language keeps those words on purpose.
 */
export function englishLeftOnScreen(language: string): string[] {
  if (language === 'en') return [];
  const english = englishTextsFor(language);
  const texts: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const parent = walker.currentNode.parentElement;
    // Text marked as English on purpose (a source's publisher and title) is English by design;
    // the lines of an SVG label are read as the one label they make.
    if (parent?.closest('[lang="en"]') || parent?.closest('tspan')) continue;
    const text = walker.currentNode.textContent?.trim();
    if (text) texts.push(text);
  }
  for (const label of document.body.querySelectorAll('svg text')) {
    const text = [...label.querySelectorAll('tspan')].map((line) => line.textContent).join(' ').trim();
    if (text) texts.push(text);
  }
  return texts.filter((text) => english.some(({ words, long }) => text === words || (long && text.includes(words))));
}

/** The English texts a page in `language` must not show, built once per language. */
const englishTexts = new Map<string, { words: string; long: boolean }[]>();
function englishTextsFor(language: string) {
  const cached = englishTexts.get(language);
  if (cached) return cached;
  const english = new Set<string>();
  for (const namespace of namespaces) {
    const words = flatten(i18next.getResourceBundle('en', namespace) as object);
    const translated = flatten((i18next.getResourceBundle(language, namespace) as object | undefined) ?? {});
    for (const [key, text] of words) {
      if (properNames.has(`${namespace}:${key}`)) continue;
      const id = `${namespace}:${key}`;
      const keep = doNotTranslate(namespace, key);
      if (translated.get(key) === text && mayStayEnglish({ id, text, keep, sameAsEnglish: languages[language]?.sameAsEnglish })) {
        continue;
      }
      const words = text.replace(/\{\{[^}]+\}\}/g, '').trim();
      if (/\p{L}{2}/u.test(words)) english.add(words);
    }
  }
  const list = [...english].map((words) => ({ words, long: words.split(/\s+/).length >= 3 }));
  englishTexts.set(language, list);
  return list;
}

function flatten(value: object, prefix = '', into = new Map<string, string>()): Map<string, string> {
  for (const [key, child] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof child === 'string') into.set(path, child);
    else if (child && typeof child === 'object') flatten(child as object, path, into);
  }
  return into;
}

export function heading() {
  return screen.getByRole('heading', { level: 1 });
}

/** From the start page: Start now, then "Yes, it started in the liver", to the second question. */
export async function begin(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: en('actions.startNow') }));
  await continueWith(user, en('questions:origin.choices.yes'));
}

export async function continueWith(user: ReturnType<typeof userEvent.setup>, ...labels: string[]) {
  // The first screen of a kind may still be arriving (a lazy chunk): found, not got.
  for (const label of labels) await user.click(await screen.findByLabelText(label));
  await user.click(screen.getByRole('button', { name: en('actions.continue') }));
  // So is the page it leads to: its heading is there once it is drawn.
  await screen.findByRole('heading', { level: 1 });
}
