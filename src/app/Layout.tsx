import { Suspense, memo, useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { InPageLink } from '../components/InPageLink';
import { LanguageProblemNotice } from '../components/LanguageProblemNotice';
import { LanguageSwitcher } from '../components/LanguageSwitcher';
import { RememberAnswers } from '../components/RememberAnswers';
import { UpdateNotice } from '../components/UpdateNotice';
import type { StepId } from '../flow/steps';
import { AnnouncerProvider } from '../hooks/announcer';
import { whenIdle } from '../hooks/idle';
import { KeepingContext, type Keeping } from '../hooks/keeping';
import { stepHref, type InfoPageId } from '../hooks/location';
import { PlaceContext } from '../hooks/place';
import type { LanguageChoice } from '../i18n/chooseLanguage';
import { loadLanguage } from '../i18n/switching';
import type { NoticeId } from './boot';

type Props = {
  /** What is shown: a step of the chart, or an info page over it. */
  place: StepId | InfoPageId;
  /** Whether place is a step (with a back link above it), not an info page. */
  onStep: boolean;
  /** The back link, where there is one to show. */
  back?: ReactNode;
  keeping: Keeping;
  notice?: NoticeId;
  onDismissNotice?: () => void;
  languageNote?: LanguageChoice['note'];
  /** Whether this visit has already moved on from its first page (focus then goes to each new h1). */
  navigated?: boolean;
  /** What later pages need, fetched once the browser is idle after the first one. */
  prefetch: () => Promise<unknown>;
  /** Called once, when the first screen has been shown (main.tsx then removes what index.html painted before). */
  onShown?: () => void;
  /** The screen. */
  children: ReactNode;
};

/**
 * The page around every screen: the skip link, the header with the languages, the back link, the
 * notices, the footer. It knows nothing of the chart, so the start page can be drawn before the
 * chart's chunk has arrived (StartFirst); App draws it for every step.
 */
export function Layout({ place, onStep, back, keeping, notice, onDismissNotice, languageNote, navigated, prefetch, onShown, children }: Props) {
  const { t, i18n } = useTranslation();
  // What later steps need, fetched while the person reads the first one: the other screens and
  // the rest of the language's words (a failure here is met again, and reported, when needed).
  useEffect(
    () => whenIdle(() => void Promise.all([prefetch(), loadLanguage(i18n.language)]).catch(() => undefined)),
    [i18n, prefetch],
  );

  return (
    <KeepingContext.Provider value={keeping}>
    <PlaceContext.Provider value={place}>
      <AnnouncerProvider place={place} navigated={navigated}>
        <Header />
        <div className="width-container">
          {onStep && (
            <nav className="no-print" aria-label={t('actions.back')}>
              {back}
            </nav>
          )}
          <main id="main-content" className="main" tabIndex={-1}>
            <LanguageProblemNotice />
            <UpdateNotice />
            {languageNote && <p className="notification">{t(`language.${languageNote}`)}</p>}
            {notice && (
              <div className="notification" role="status">
                <p>{t(`notices.${notice}`)}</p>
                <button type="button" className="link-button" onClick={onDismissNotice}>
                  {t('notices.dismiss')}
                </button>
              </div>
            )}
            <Suspense fallback={<div className="loading" aria-busy="true" />}>
              {children}
              <Shown onShown={onShown} />
            </Suspense>
          </main>
        </div>
        <Footer />
      </AnnouncerProvider>
    </PlaceContext.Provider>
    </KeepingContext.Provider>
  );
}

// The header and the footer are the same on every page: drawn again only when the language changes
// (useTranslation) or what they read does (the place, for the language links; keeping).
const Header = memo(function Header() {
  const { t } = useTranslation();
  return (
    <>
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
    </>
  );
});

const Footer = memo(function Footer() {
  const { t } = useTranslation();
  return (
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
  );
});

/** Mounted beside the screen, so its effect runs once the screen itself is shown (not its fallback). */
function Shown({ onShown }: { onShown?: () => void }) {
  useEffect(() => onShown?.(), [onShown]);
  return null;
}
