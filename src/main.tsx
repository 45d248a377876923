import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { ErrorBoundary } from './app/ErrorBoundary';
import { initI18n } from './i18n/i18n';
import './styles/main.css';

const root = document.getElementById('root');
if (root) {
  void initI18n();
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary>
        <Suspense fallback={<div className="loading" aria-busy="true" />}>
          <App />
        </Suspense>
      </ErrorBoundary>
    </StrictMode>,
  );
}
