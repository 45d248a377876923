import { StrictMode, Suspense } from 'react';
import { App } from './App';
import type { Boot } from './boot';
import { ErrorBoundary } from './ErrorBoundary';
import type { LanguageChoice } from '../i18n/chooseLanguage';

type Props = { start: Boot; languageNote?: LanguageChoice['note']; onShown?: () => void };

/** The whole page: what main.tsx renders (or hydrates) and src/prerender.tsx renders at build time. */
export function Root({ start, languageNote, onShown }: Props) {
  return (
    <StrictMode>
      <ErrorBoundary>
        <Suspense fallback={<div className="loading" aria-busy="true" />}>
          <App start={start} languageNote={languageNote} onShown={onShown} />
        </Suspense>
      </ErrorBoundary>
    </StrictMode>
  );
}
