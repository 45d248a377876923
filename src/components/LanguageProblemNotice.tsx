import { useTranslation } from 'react-i18next';
import { languages } from '../i18n/languages';
import { switchLanguage, useLanguageProblem } from '../i18n/switching';

/** A language whose words could not be downloaded: says so in the language shown, with Try again. */
export function LanguageProblemNotice() {
  const { t } = useTranslation();
  const problem = useLanguageProblem();
  if (!problem) return null;
  const language = languages[problem.tag]?.nativeName ?? problem.tag;
  return (
    <div className="notification notification--error" role="alert">
      <p>{t(`language.${problem.kind}`, { language })}</p>
      {problem.detail && <pre className="notification__detail">{problem.detail}</pre>}
      <button type="button" className="button button--secondary" onClick={() => void switchLanguage(problem.tag)}>
        {t('language.retry')}
      </button>
    </div>
  );
}
