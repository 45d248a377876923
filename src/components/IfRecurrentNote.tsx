import { useTranslation } from 'react-i18next';
import { StepLink } from './StepLink';

/** clinical-map: Q-history "not sure": "if this is a recurrence, the options differ", with a link. */
export function IfRecurrentNote() {
  const { t } = useTranslation('outcomes');
  return (
    <div className="inset">
      <p>{t('ifRecurrent.note')}</p>
      <p>
        <StepLink to="ifRecurrent">{t('ifRecurrent.link')}</StepLink>
      </p>
    </div>
  );
}
