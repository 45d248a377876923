import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Wizard } from '../hooks/wizard';

/** Print and Start again, at the end of a result. Start again asks first: it cannot be undone. */
export function PageActions({ print = true }: { print?: boolean }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const startAgain = useRef<HTMLButtonElement>(null);
  const closed = useRef(false);
  useEffect(() => {
    // "No, keep my answers" puts focus back where it was.
    if (!confirming && closed.current) startAgain.current?.focus();
  }, [confirming]);
  return confirming ? (
    <StartAgainConfirm
      onKeep={() => {
        closed.current = true;
        setConfirming(false);
      }}
    />
  ) : (
    <div className="button-group no-print">
      {print && (
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {t('actions.print')}
        </button>
      )}
      <button ref={startAgain} type="button" className="button button--warning" onClick={() => setConfirming(true)}>
        {t('actions.startAgain')}
      </button>
    </div>
  );
}

function StartAgainConfirm({ onKeep }: { onKeep: () => void }) {
  const { t } = useTranslation();
  const actor = Wizard.useActorRef();
  const ref = useRef<HTMLElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <section ref={ref} className="confirm no-print" tabIndex={-1} aria-labelledby="confirm-heading">
      <h2 id="confirm-heading" className="heading-m">
        {t('startAgainConfirm.title')}
      </h2>
      <p>{t('startAgainConfirm.body')}</p>
      <div className="button-group">
        <button type="button" className="button button--warning" onClick={() => actor.send({ type: 'START_AGAIN' })}>
          {t('startAgainConfirm.yes')}
        </button>
        <button type="button" className="button button--secondary" onClick={onKeep}>
          {t('startAgainConfirm.no')}
        </button>
      </div>
    </section>
  );
}
