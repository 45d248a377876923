// Names each page in document.title. The first page of a visit leaves focus where the browser put
// it; every later page moves focus to its h1, which is what a screen reader then reads out: one
// announcement per page (a live region as well would say it twice).
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

const NavigatedContext = createContext(false);

/** `place` names what is shown (a step, or an info page): once it changes, the visit has navigated. */
/** `navigated` when the visit moved on before this page was drawn (StartFirst hands the page to App). */
export function AnnouncerProvider({ place, navigated = false, children }: { place: string; navigated?: boolean; children: ReactNode }) {
  const [visit, setVisit] = useState({ firstPlace: place, navigated });
  if (!visit.navigated && place !== visit.firstPlace) setVisit({ ...visit, navigated: true });
  return <NavigatedContext.Provider value={visit.navigated}>{children}</NavigatedContext.Provider>;
}

/** Sets the title; returns whether the heading takes focus (after the first page of the visit). */
export function usePageTitle(page: string, hasError: boolean): boolean {
  const { t } = useTranslation();
  const navigated = useContext(NavigatedContext);
  useEffect(() => {
    document.title = hasError ? t('service.errorTitlePattern', { page }) : t('service.titlePattern', { page });
  }, [page, hasError, t]);
  return navigated;
}
