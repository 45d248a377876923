import { startTransition } from 'react';
import { createRoot, hydrateRoot } from './app/reactDom';
import { Root } from './app/Root';
import { StartFirst, loadFlow } from './app/StartFirst';
import { isRemembering, keptStorage, nothingKept } from './hooks/keeping';
import { currentAddress, stepHref } from './hooks/location';
import { registerOffline } from './hooks/offline';
import { chooseLanguage } from './i18n/chooseLanguage';
import { firstScreenNamespaces, i18next, initI18n, sourceLanguage } from './i18n/i18n';
import { languageTags } from './i18n/languages';
import { rememberedLanguage } from './i18n/preference';
import { loadLanguage, reportFallback } from './i18n/switching';

async function main(root: HTMLElement) {
  // A bare start page with nothing kept is drawn before the chart arrives (StartFirst); any other
  // visit needs the chart before its first render, fetched while the words are.
  const { hash } = currentAddress();
  const bareStart = (hash === '' || hash === '#' || hash === stepHref('start')) && nothingKept();
  const flow = bareStart ? undefined : loadFlow();
  const choice = chooseLanguage(
    {
      query: new URLSearchParams(window.location.search).get('lng'),
      chosen: rememberedLanguage(),
      browser: navigator.languages,
    },
    languageTags,
    sourceLanguage,
  );
  // Only the words of the first screen before it shows; the rest load when the browser is idle.
  await initI18n(choice.language, { ns: [...firstScreenNamespaces] });
  // A language whose words cannot be downloaded is never shown as current: English stands in,
  // and says so. If not even English can be downloaded, index.html's own note appears.
  const wanted = await loadLanguage(choice.language, firstScreenNamespaces);
  if (!wanted.ok) {
    const english = await loadLanguage(sourceLanguage, firstScreenNamespaces);
    if (!english.ok) return showDevelopmentDetail(english.detail ?? wanted.detail);
    reportFallback(choice.language, wanted.detail);
    await i18next.changeLanguage(sourceLanguage);
  }
  // index.html holds the start page and the first question as the build rendered them
  // (src/prerender.tsx): React takes over the one this visit shows when it would render exactly
  // that; otherwise it renders over the start page.
  const asPrerendered = root.dataset.prerendered === 'start' && !choice.note && isAsPrerendered();
  if (!flow) {
    const page = (
      <Root>
        <StartFirst languageNote={choice.note} onShown={removePainted} />
      </Root>
    );
    // A transition: the first render yields to the browser every few milliseconds.
    startTransition(() => {
      if (asPrerendered) hydrateRoot(root, page);
      else createRoot(root).render(page);
    });
  } else {
    const { App, boot } = await flow;
    // Once, before the first render: reading (and clearing) stored answers happens exactly once.
    const start = boot(keptStorage(), window.location.hash);
    const question = document.getElementById('/origin');
    const takeOver = asPrerendered && question && currentAddress().hash === stepHref('origin') && start.snapshot.value === 'origin' && !start.notice;
    const onShown = takeOver ? () => adoptQuestion(question) : removePainted;
    const page = (
      <Root>
        <App start={start} languageNote={choice.note} onShown={onShown} />
      </Root>
    );
    startTransition(() => {
      if (takeOver) hydrateRoot(question, page);
      else createRoot(root).render(page);
    });
  }
  registerOffline();
}

/** Whether this visit shows a page exactly as prerendered: in English, from an address with no query, not remembering. */
function isAsPrerendered(): boolean {
  return i18next.language === sourceLanguage && currentAddress().search === '' && !isRemembering();
}

/**
 * Once the prerendered first question has been taken over: it becomes the app's root, and the
 * prerendered start page (and the note shown if the app never starts) go.
 */
function adoptQuestion(question: HTMLElement) {
  document.getElementById('root')?.remove();
  document.getElementById('page-loading')?.remove();
  question.id = 'root';
  question.className = '';
}

/** Once the first screen is shown: the prerendered first question, and the note shown if the app never starts. */
function removePainted() {
  document.getElementById('/origin')?.remove();
  document.getElementById('page-loading')?.remove();
}

/** In development only: why not even English could be shown (a JSON syntax error in a locale file, say). */
function showDevelopmentDetail(detail: string | undefined) {
  if (!import.meta.env.DEV || !detail) return;
  const pre = document.createElement('pre');
  pre.textContent = detail;
  document.getElementById('page-loading')?.append(pre);
}

const root = document.getElementById('root');
if (root) void main(root);
