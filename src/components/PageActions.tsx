import { useTranslation } from 'react-i18next';
import { Wizard } from '../app/wizard';

/** Print and Start again, at the end of a result. */
export function PageActions() {
  const { t } = useTranslation();
  const actor = Wizard.useActorRef();
  return (
    <div className="button-group no-print">
      <button type="button" className="button button--secondary" onClick={() => window.print()}>
        {t('actions.print')}
      </button>
      <button type="button" className="button button--warning" onClick={() => actor.send({ type: 'START_AGAIN' })}>
        {t('actions.startAgain')}
      </button>
    </div>
  );
}
