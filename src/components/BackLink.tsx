import { useTranslation } from 'react-i18next';
import { useTarget } from '../hooks/wizard';
import { StepLink } from './StepLink';

const back = { type: 'BACK' } as const;

/** GOV.UK back link: to wherever Back leads on the chart, when it leads anywhere. */
export function BackLink() {
  const { t } = useTranslation();
  const target = useTarget(back);
  if (target === undefined) return null;
  return (
    <StepLink to={target} event={back} className="back-link">
      {t('actions.back')}
    </StepLink>
  );
}
