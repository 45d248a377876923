import type { AnchorHTMLAttributes, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentAddress, stepHref, type InfoPageId } from '../hooks/location';
import { usePlace } from '../hooks/place';
import type { StepId } from '../flow/steps';
import { languageTags, languages } from '../i18n/languages';
import { rememberLanguage } from '../i18n/preference';
import { switchLanguage } from '../i18n/switching';

/** The address of a step (or info page) in another language, relative to this page's. */
export function languageHref(tag: string, place: StepId | InfoPageId): string {
  const search = new URLSearchParams(currentAddress().search);
  search.set('lng', tag);
  return `?${search.toString()}${stepHref(place)}`;
}

type LanguageLinkProps = { tag: string; children: ReactNode } & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href' | 'onClick'>;

/**
 * A link to this page in another language. Following it switches the language in place, once its
 * words are here, and remembers the person's choice; the step and every answer stay. If the words
 * cannot be downloaded, the page stays as it is and says so (LanguageProblemNotice).
 */
export function LanguageLink({ tag, children, ...props }: LanguageLinkProps) {
  const { i18n } = useTranslation();
  const place = usePlace();
  return (
    <a
      {...props}
      href={languageHref(tag, place)}
      hrefLang={tag}
      onClick={(event) => {
        event.preventDefault();
        if (tag === i18n.language) return;
        void switchLanguage(tag).then((shown) => {
          if (!shown) return;
          rememberLanguage(tag);
          window.history.replaceState(window.history.state, '', languageHref(tag, place));
        });
      }}
    >
      {children}
    </a>
  );
}

/** Every language on offer, each by its own name. */
// The current language stays a link (marked aria-current), so focus stays on the link a person
// just chose instead of dropping to the page.
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <nav className="language-switcher no-print" aria-label={t('language.label')}>
      <ul className="language-switcher__list">
        {languageTags.map((tag) => (
          <li key={tag} className="language-switcher__item">
            <LanguageLink tag={tag} lang={tag} aria-current={tag === i18n.language ? 'true' : undefined}>
              {languages[tag]?.nativeName ?? tag}
            </LanguageLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
