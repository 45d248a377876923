import { StrictMode, Suspense, type ReactNode } from 'react';
import { ErrorBoundary } from './ErrorBoundary';

/**
 * Around the whole page: what main.tsx renders (or hydrates) and src/prerender.tsx renders at
 * build time, around StartFirst (a bare start page) or App (anywhere else).
 */
export function Root({ children }: { children: ReactNode }) {
  return (
    <StrictMode>
      <ErrorBoundary>
        <Suspense fallback={<div className="loading" aria-busy="true" />}>{children}</Suspense>
      </ErrorBoundary>
    </StrictMode>
  );
}
