import { useTranslation } from 'react-i18next';
import { languageTags, languages } from '../i18n/languages';
import { rememberLanguage } from '../i18n/preference';

/** Switches the language and remembers the person's choice; the step and every answer stay. */
export function useSwitchLanguage() {
  const { i18n } = useTranslation();
  return (tag: string) => {
    rememberLanguage(tag);
    window.history.replaceState(window.history.state, '', languageHref(tag));
    void i18n.changeLanguage(tag);
  };
}

/** The current address in another language. */
export function languageHref(tag: string): string {
  const url = new URL(window.location.href);
  url.searchParams.set('lng', tag);
  return `${url.pathname}${url.search}${url.hash}`;
}

/** Every language on offer, each by its own name. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const switchTo = useSwitchLanguage();
  return (
    <nav className="language-switcher no-print" aria-label={t('language.label')}>
      <ul className="language-switcher__list">
        {languageTags.map((tag) => {
          const name = languages[tag]?.nativeName ?? tag;
          return (
            <li key={tag} className="language-switcher__item">
              {tag === i18n.language ? (
                <span className="language-switcher__current" lang={tag} aria-current="true">
                  {name}
                </span>
              ) : (
                <a
                  href={languageHref(tag)}
                  lang={tag}
                  hrefLang={tag}
                  onClick={(event) => {
                    event.preventDefault();
                    switchTo(tag);
                  }}
                >
                  {name}
                </a>
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
