import { useTranslation } from 'react-i18next';
import { Wizard } from '../hooks/wizard';
import { PageHeading } from '../components/PageHeading';
import { StepLink } from '../components/StepLink';

/**
 * clinical-map: Routing, stage III with barriers "none". NHS interruption page: the answers point to
 * a group the source places at stage I and some stage II; the person may change an answer or go on.
 */
export function StageCheckScreen() {
  const { t } = useTranslation('outcomes');
  const { t: tc } = useTranslation();
  const actor = Wizard.useActorRef();
  return (
    <div className="interruption">
      <PageHeading title={t('stageCheck.title')} />
      <p>{t('stageCheck.pointsTo')}</p>
      <p>{t('stageCheck.sourceSays')}</p>
      <p>{t('stageCheck.choose')}</p>
      <ul className="list">
        <li>
          <StepLink to="stage" event={{ type: 'CHANGE', question: 'stage' }}>
            {t('stageCheck.changeStage')}
          </StepLink>
        </li>
        <li>
          <StepLink to="barriers" event={{ type: 'CHANGE', question: 'barriers' }}>
            {t('stageCheck.changeBarriers')}
          </StepLink>
        </li>
      </ul>
      <button type="button" className="button" onClick={() => actor.send({ type: 'CONTINUE' })}>
        {tc('actions.continue')}
      </button>
    </div>
  );
}
