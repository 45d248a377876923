import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { boot } from './app/boot';
import { keptStorage } from './hooks/keeping';
import { ErrorBoundary } from './app/ErrorBoundary';
import { chooseLanguage } from './i18n/chooseLanguage';
import { firstScreenNamespaces, i18next, initI18n, sourceLanguage } from './i18n/i18n';
import { languageTags } from './i18n/languages';
import { rememberedLanguage } from './i18n/preference';
import { loadLanguage, reportFallback } from './i18n/switching';
import './styles/main.css';

async function main(root: HTMLElement) {
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
  // and says so. If not even English can be downloaded, index.html's own message stays.
  const wanted = await loadLanguage(choice.language, firstScreenNamespaces);
  if (!wanted.ok) {
    const english = await loadLanguage(sourceLanguage, firstScreenNamespaces);
    if (!english.ok) return showDevelopmentDetail(root, english.detail ?? wanted.detail);
    reportFallback(choice.language, wanted.detail);
    await i18next.changeLanguage(sourceLanguage);
  }
  // Once, before the first render: reading (and clearing) stored answers happens exactly once.
  const start = boot(keptStorage(), window.location.hash);
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary>
        <Suspense fallback={<div className="loading" aria-busy="true" />}>
          <App start={start} languageNote={choice.note} />
        </Suspense>
      </ErrorBoundary>
    </StrictMode>,
  );
}

/** In development only: why not even English could be shown (a JSON syntax error in a locale file, say). */
function showDevelopmentDetail(root: HTMLElement, detail: string | undefined) {
  if (!import.meta.env.DEV || !detail) return;
  const pre = document.createElement('pre');
  pre.textContent = detail;
  root.querySelector('main')?.append(pre);
}

const root = document.getElementById('root');
if (root) void main(root);
