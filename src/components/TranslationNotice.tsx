import { useTranslation } from 'react-i18next';
import { languages } from '../i18n/languages';
import { sourceLanguage } from '../i18n/i18n';
import { LanguageLink } from './LanguageSwitcher';

/** For a language whose medical review is still a draft: says so, in that language, with a way to English. */
export function TranslationNotice() {
  const { t, i18n } = useTranslation();
  if (languages[i18n.language]?.review.status !== 'draft') return null;
  return (
    <div className="notification notification--translation">
      <p>{t('translationReview.draft')}</p>
      <p>
        <LanguageLink tag={sourceLanguage}>{t('translationReview.readInEnglish')}</LanguageLink>
      </p>
    </div>
  );
}
