import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { wizardMachine } from '../flow/machine';
import { BackLink } from '../components/BackLink';
import { InPageLink } from '../components/InPageLink';
import { LanguageSwitcher } from '../components/LanguageSwitcher';
import type { LanguageChoice } from '../i18n/chooseLanguage';
import { screens } from '../screens/registry';
import { AnnouncerProvider } from './announcer';
import { boot, sessionStorageOrUndefined, type NoticeId } from './boot';
import { useAddressSync } from './useAddressSync';
import { usePersistAnswers } from './usePersistAnswers';
import { Wizard, useStep } from './wizard';

type Props = { languageNote?: LanguageChoice['note'] };

export function App({ languageNote }: Props) {
  const [storage] = useState(sessionStorageOrUndefined);
  const [start] = useState(() => boot(storage, window.location.hash));
  return (
    <Wizard.Provider logic={wizardMachine} options={{ snapshot: start.snapshot }}>
      <Layout storage={storage} initialNotice={start.notice} languageNote={languageNote} />
    </Wizard.Provider>
  );
}

type LayoutProps = Props & { storage: Storage | undefined; initialNotice: NoticeId | undefined };

function Layout({ storage, initialNotice, languageNote }: LayoutProps) {
  const { t } = useTranslation();
  const step = useStep();
  const [notice, setNotice] = useState(initialNotice);
  const showStepNotAvailable = useCallback(() => setNotice('stepNotAvailable'), []);
  useAddressSync(showStepNotAvailable);
  usePersistAnswers(storage);
  const Screen = screens[step];

  return (
    <AnnouncerProvider step={step}>
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
        <div className="width-container">
          <p className="phase-banner no-print">{t('privacy')}</p>
        </div>
      </header>
      <div className="width-container">
        <nav className="no-print" aria-label={t('actions.back')}>
          <BackLink />
        </nav>
        <main id="main-content" className="main" tabIndex={-1}>
          {languageNote && <p className="notification">{t(`language.${languageNote}`)}</p>}
          {notice && (
            <div className="notification" role="status">
              <p>{t(`notices.${notice}`)}</p>
              <button type="button" className="link-button" onClick={() => setNotice(undefined)}>
                {t('notices.dismiss')}
              </button>
            </div>
          )}
          <Screen key={step} />
        </main>
      </div>
      <footer className="footer">
        <div className="width-container">
          <p>{t('disclaimer')}</p>
          <p>{t('privacy')}</p>
        </div>
      </footer>
    </AnnouncerProvider>
  );
}
