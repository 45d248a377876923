import { Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { wizardMachine } from '../flow/machine';
import { BackLink } from '../components/BackLink';
import { InPageLink } from '../components/InPageLink';
import { RememberAnswers } from '../components/RememberAnswers';
import { KeepingContext, isRemembering, keptStorage } from '../hooks/keeping';
import { LanguageProblemNotice } from '../components/LanguageProblemNotice';
import { UpdateNotice } from '../components/UpdateNotice';
import { LanguageSwitcher } from '../components/LanguageSwitcher';
import type { LanguageChoice } from '../i18n/chooseLanguage';
import { infoScreens, prefetchScreens, screens } from '../screens/registry';
import { loadLanguage } from '../i18n/switching';
import { AnnouncerProvider } from '../hooks/announcer';
import type { Boot } from './boot';
import { stepHref } from '../hooks/location';
import { PlaceContext } from '../hooks/place';
import { useAddressSync } from './useAddressSync';
import { usePersistAnswers } from './usePersistAnswers';
import { Wizard, useStep } from '../hooks/wizard';
import { whenIdle } from '../hooks/idle';

type Props = {
  start: Boot;
  languageNote?: LanguageChoice['note'];
  /** Called once, when the first screen has been shown (main.tsx then removes what index.html painted before). */
  onShown?: () => void;
};

/** The app, started from what boot() read once before the first render. */
export function App({ start, languageNote, onShown }: Props) {
  return (
    <Wizard.Provider logic={wizardMachine} options={{ snapshot: start.snapshot }}>
      <Layout initialNotice={start.notice} languageNote={languageNote} onShown={onShown} />
    </Wizard.Provider>
  );
}

type LayoutProps = { initialNotice: Boot['notice']; languageNote?: LanguageChoice['note']; onShown?: () => void };

function Layout({ initialNotice, languageNote, onShown }: LayoutProps) {
  const { t, i18n } = useTranslation();
  const step = useStep();
  const [notice, setNotice] = useState(initialNotice);
  const showStepNotAvailable = useCallback(() => setNotice('stepNotAvailable'), []);
  const page = useAddressSync(showStepNotAvailable);
  // sessionStorage unless the person chose to remember their answers on this device.
  const [remembering, setRemembering] = useState(isRemembering);
  const keeping = useMemo(() => ({ remembering, setRemembering }), [remembering]);
  usePersistAnswers(keptStorage(remembering));
  // What later steps need, fetched while the person reads the first one: the other screens and
  // the rest of the language's words (a failure here is met again, and reported, when needed).
  useEffect(
    () => whenIdle(() => void Promise.all([prefetchScreens(), loadLanguage(i18n.language)]).catch(() => undefined)),
    [i18n],
  );
  const Screen = page ? infoScreens[page] : screens[step];

  return (
    <KeepingContext.Provider value={keeping}>
    <PlaceContext.Provider value={page ?? step}>
      <AnnouncerProvider place={page ?? step}>
        <InPageLink target="main-content" className="skip-link">
          {t('skipLink')}
        </InPageLink>
        <header>
          <div className="header">
            <div className="width-container header__inner">
              <div>
                <p className="header__service">{t('service.name')}</p>
                <p className="header__tagline">{t('service.tagline')}</p>
              </div>
              <LanguageSwitcher />
            </div>
          </div>
        </header>
        <div className="width-container">
          {!page && (
            <nav className="no-print" aria-label={t('actions.back')}>
              <BackLink />
            </nav>
          )}
          <main id="main-content" className="main" tabIndex={-1}>
            <LanguageProblemNotice />
            <UpdateNotice />
            {languageNote && <p className="notification">{t(`language.${languageNote}`)}</p>}
            {notice && (
              <div className="notification" role="status">
                <p>{t(`notices.${notice}`)}</p>
                <button type="button" className="link-button" onClick={() => setNotice(undefined)}>
                  {t('notices.dismiss')}
                </button>
              </div>
            )}
            <Suspense fallback={<div className="loading" aria-busy="true" />}>
              <Screen key={page ?? step} />
              <Shown onShown={onShown} />
            </Suspense>
          </main>
        </div>
        <footer className="footer">
          <div className="width-container">
            <ul className="footer__links no-print">
              <li>
                <a href={stepHref('about')}>{t('footer.about')}</a>
              </li>
              <li>
                <a href={stepHref('glossary')}>{t('footer.glossary')}</a>
              </li>
            </ul>
            <RememberAnswers />
            <p>{t('disclaimer')}</p>
            <p>{t('privacy')}</p>
          </div>
        </footer>
      </AnnouncerProvider>
    </PlaceContext.Provider>
    </KeepingContext.Provider>
  );
}

/** Mounted beside the screen, so its effect runs once the screen itself is shown (not its fallback). */
function Shown({ onShown }: { onShown?: () => void }) {
  useEffect(() => onShown?.(), [onShown]);
  return null;
}
