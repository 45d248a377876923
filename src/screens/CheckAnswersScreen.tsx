import { useTranslation } from 'react-i18next';
import { Wizard } from '../hooks/wizard';
import { AnswerSummary } from '../components/AnswerSummary';
import { IfRecurrentNote } from '../components/IfRecurrentNote';
import { PageHeading } from '../components/PageHeading';

/** GOV.UK "check your answers": every answer on the route, each with Change, then the outcome. */
export function CheckAnswersScreen() {
  const { t } = useTranslation();
  const actor = Wizard.useActorRef();
  return (
    <>
      <PageHeading title={t('checkAnswers.title')} />
      <p>{t('checkAnswers.intro')}</p>
      <h2 className="heading-m">{t('checkAnswers.answersHeading')}</h2>
      <AnswerSummary />
      <IfRecurrentNote />
      <button type="button" className="button" onClick={() => actor.send({ type: 'CONTINUE' })}>
        {t('actions.confirm')}
      </button>
    </>
  );
}
