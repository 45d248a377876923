import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { ErrorBoundary } from './app/ErrorBoundary';
import { chooseLanguage } from './i18n/chooseLanguage';
import { initI18n, sourceLanguage } from './i18n/i18n';
import { languageTags } from './i18n/languages';
import { rememberedLanguage } from './i18n/preference';
import './styles/main.css';

const root = document.getElementById('root');
if (root) {
  const choice = chooseLanguage(
    {
      query: new URLSearchParams(window.location.search).get('lng'),
      chosen: rememberedLanguage(),
      browser: navigator.languages,
    },
    languageTags,
    sourceLanguage,
  );
  void initI18n(choice.language);
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary>
        <Suspense fallback={<div className="loading" aria-busy="true" />}>
          <App languageNote={choice.note} />
        </Suspense>
      </ErrorBoundary>
    </StrictMode>,
  );
}
