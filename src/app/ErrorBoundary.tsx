import { Component, type ErrorInfo, type ReactNode } from 'react';
import { i18next } from '../i18n/i18n';
import { storage } from '../facts.mjs';

const storageKey = storage.answersKey;

type State = { failed: boolean };

/** Instead of a blank page or a stack trace: a readable message and a way to start again. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    // Kept on this device: the console is the only place the details go.
    console.error(error, info.componentStack);
  }

  render() {
    if (!this.state.failed) return this.props.children;
    const t = i18next.t.bind(i18next);
    return (
      <main className="width-container main" id="main-content">
        <h1 className="heading-l">{t('crash.title')}</h1>
        <p>{t('crash.body')}</p>
        <p>{t('crash.detail')}</p>
        <button type="button" className="button" onClick={startAgain}>
          {t('actions.startAgain')}
        </button>
      </main>
    );
  }
}

function startAgain() {
  try {
    window.sessionStorage.removeItem(storageKey);
  } catch {
    // Nothing stored, or storage refused: starting again still works.
  }
  window.location.hash = '#/start';
  window.location.reload();
}
