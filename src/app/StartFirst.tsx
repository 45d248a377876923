import { useCallback, useEffect, useState, type ComponentProps } from 'react';
import { keptStorage, useRemembering } from '../hooks/keeping';
import { stepHref } from '../hooks/location';
import type { LanguageChoice } from '../i18n/chooseLanguage';
import { StartScreen } from '../screens/StartScreen';
import type { Boot } from './boot';
import { Layout } from './Layout';

/** The chart's chunk (./flow.ts): XState, the decision path, every screen after the start page. */
export const loadFlow = () => import('./flow');

type Props = { languageNote?: LanguageChoice['note']; onShown?: () => void };
type Started = { App: typeof import('./App').App; start: Boot };

/**
 * A visit that begins on a bare start page, with nothing kept (main.tsx): the start page is drawn
 * before the chart has arrived, so the first screen downloads no XState. The chart's chunk is
 * fetched when the browser is idle. Leaving the start page (Start now, a footer link, Back or
 * Forward, a typed address) starts the chart from storage and the address, as boot() reads them
 * on any visit, and hands the page to App, which then draws every page of the visit.
 */
export function StartFirst({ languageNote, onShown }: Props) {
  const [started, setStarted] = useState<Started>();
  const [leaving, setLeaving] = useState(false);
  const [failed, setFailed] = useState<unknown>();
  const keeping = useRemembering();
  const startChart = useCallback(() => {
    setLeaving(true);
    void loadFlow().then(
      ({ App, boot }) => setStarted((already) => already ?? { App, start: boot(keptStorage(), window.location.hash) }),
      setFailed,
    );
  }, []);
  useEffect(() => {
    if (started) return;
    // The start page's own address, as App gives it, so Back from the next page returns to it.
    if (window.location.hash !== stepHref('start')) window.history.replaceState(null, '', stepHref('start'));
    // hashchange alone misses a history entry that differs only in its query (?lng=).
    window.addEventListener('hashchange', startChart);
    window.addEventListener('popstate', startChart);
    return () => {
      window.removeEventListener('hashchange', startChart);
      window.removeEventListener('popstate', startChart);
    };
  }, [started, startChart]);

  // The chart could not be downloaded: the error boundary says so, never a button that does nothing.
  if (failed) throw failed;
  if (started) return <started.App start={started.start} languageNote={languageNote} navigated />;
  return (
    <Layout place="start" onStep keeping={keeping} languageNote={languageNote} prefetch={prefetchAll} onShown={onShown}>
      {/* While the chart is still downloading: the same placeholder as any screen still arriving. */}
      {leaving ? <div className="loading" aria-busy="true" /> : <StartScreen />}
    </Layout>
  );
}

/** When idle: the chart, then the screens after the start page. */
const prefetchAll: ComponentProps<typeof Layout>['prefetch'] = () => loadFlow().then(({ prefetchScreens }) => prefetchScreens());
