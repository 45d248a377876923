import { useTranslation } from 'react-i18next';
import { useAnswers } from '../hooks/wizard';
import { StepLink } from './StepLink';

/** clinical-map: Q-history "not sure": "if this is a recurrence, the options differ", with a link. */
export function IfRecurrentNote() {
  const { t } = useTranslation('outcomes');
  const answers = useAnswers();
  if (answers.history !== 'notSure') return null;
  return (
    <div className="inset">
      <p>{t('ifRecurrent.note')}</p>
      <p>
        <StepLink to="ifRecurrent">{t('ifRecurrent.link')}</StepLink>
      </p>
    </div>
  );
}
