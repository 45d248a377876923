// Names each step: in document.title, and in a polite live region so screen readers announce it.
// The first page of a visit leaves focus where the browser put it; every later step moves focus to its h1.
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Announcer = { announce: (page: string) => void; navigated: boolean };
const AnnouncerContext = createContext<Announcer>({ announce: () => undefined, navigated: false });

export function AnnouncerProvider({ step, children }: { step: string; children: ReactNode }) {
  const { t } = useTranslation();
  const [message, setMessage] = useState('');
  const [visit, setVisit] = useState({ firstStep: step, navigated: false });
  if (!visit.navigated && step !== visit.firstStep) setVisit({ ...visit, navigated: true });
  return (
    <AnnouncerContext.Provider value={{ announce: setMessage, navigated: visit.navigated }}>
      {children}
      <p role="status" className="visually-hidden">
        {message && t('announce.step', { page: message })}
      </p>
    </AnnouncerContext.Provider>
  );
}

/** Sets the title, announces the page after a step change; returns whether the heading takes focus. */
export function usePageTitle(page: string, hasError: boolean): boolean {
  const { t } = useTranslation();
  const { announce, navigated } = useContext(AnnouncerContext);
  useEffect(() => {
    document.title = hasError ? t('service.errorTitlePattern', { page }) : t('service.titlePattern', { page });
  }, [page, hasError, t]);
  useEffect(() => {
    if (navigated) announce(page);
  }, [navigated, announce, page]);
  return navigated;
}
