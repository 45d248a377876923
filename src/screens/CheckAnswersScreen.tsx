import { useTranslation } from 'react-i18next';
import { Wizard, useTarget } from '../hooks/wizard';
import { AnswerSummary } from '../components/AnswerSummary';
import { IfRecurrentNote } from '../components/IfRecurrentNote';
import { PageHeading } from '../components/PageHeading';

const toIfRecurrent = { type: 'GO_TO', step: 'ifRecurrent' } as const;

/** GOV.UK "check your answers": every answer on the route, each with Change, then the outcome. */
export function CheckAnswersScreen() {
  const { t } = useTranslation();
  const actor = Wizard.useActorRef();
  const canSeeIfRecurrent = useTarget(toIfRecurrent) === 'ifRecurrent';
  return (
    <>
      <PageHeading title={t('checkAnswers.title')} />
      <p>{t('checkAnswers.intro')}</p>
      <h2 className="heading-m">{t('checkAnswers.answersHeading')}</h2>
      <AnswerSummary />
      {canSeeIfRecurrent && <IfRecurrentNote />}
      <button type="button" className="button" onClick={() => actor.send({ type: 'CONTINUE' })}>
        {t('actions.confirm')}
      </button>
    </>
  );
}
