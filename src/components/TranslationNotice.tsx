import { useTranslation } from 'react-i18next';
import { useStep } from '../app/wizard';
import { languages } from '../i18n/languages';
import { sourceLanguage } from '../i18n/i18n';
import { languageHref, useSwitchLanguage } from './LanguageSwitcher';

/** For a language whose medical review is still a draft: says so, in that language, with a way to English. */
export function TranslationNotice() {
  const { t, i18n } = useTranslation();
  const switchTo = useSwitchLanguage();
  const step = useStep();
  if (languages[i18n.language]?.review.status !== 'draft') return null;
  return (
    <div className="notification notification--translation">
      <p>{t('translationReview.draft')}</p>
      <p>
        <a
          href={languageHref(sourceLanguage, step)}
          hrefLang={sourceLanguage}
          onClick={(event) => {
            event.preventDefault();
            switchTo(sourceLanguage);
          }}
        >
          {t('translationReview.readInEnglish')}
        </a>
      </p>
    </div>
  );
}
