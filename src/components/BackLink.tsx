import { useTranslation } from 'react-i18next';
import { Wizard, useAnswers, useStep } from '../hooks/wizard';
import { previousStep } from '../flow/rules';
import { StepLink } from './StepLink';

/** GOV.UK back link: to the previous step of the route, when there is one. */
export function BackLink() {
  const { t } = useTranslation();
  const step = useStep();
  const answers = useAnswers();
  const changing = Wizard.useSelector((snapshot) => snapshot.context.changing);
  const canGoBack = Wizard.useSelector((snapshot) => snapshot.can({ type: 'BACK' }));
  const target = previousStep(answers, step, changing);
  if (!canGoBack || target === undefined) return null;
  return (
    <StepLink to={target} event={{ type: 'BACK' }} className="back-link">
      {t('actions.back')}
    </StepLink>
  );
}
