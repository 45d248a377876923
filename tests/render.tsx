// Renders the whole app as a person meets it, at an optional address.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { App } from '../src/app/App';
import { i18next } from '../src/i18n/i18n';

export async function renderApp(hash = '') {
  window.history.replaceState(null, '', `/${hash}`);
  const user = userEvent.setup();
  const view = render(
    <Suspense fallback={null}>
      <App />
    </Suspense>,
  );
  await screen.findByRole('heading', { level: 1 });
  return { user, ...view };
}

/** English words by key, so tests follow the locale files instead of copying them. */
export const en = (key: string, options?: Record<string, unknown>): string =>
  i18next.t(key as never, { lng: 'en', ...options }) as string;

export function heading() {
  return screen.getByRole('heading', { level: 1 });
}

export async function continueWith(user: ReturnType<typeof userEvent.setup>, ...labels: string[]) {
  for (const label of labels) await user.click(screen.getByLabelText(label));
  await user.click(screen.getByRole('button', { name: en('actions.continue') }));
}
