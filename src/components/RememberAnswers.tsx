import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Checkbox } from './Checkbox';
import { forgetAnswers, startRemembering, useKeeping } from '../hooks/keeping';

/**
 * In the footer of every page: the opt-in to keep the answers on this device, with what that means
 * on a shared device, and "Forget my answers", which removes them at once. Off by default.
 */
export function RememberAnswers() {
  const { t } = useTranslation();
  const { remembering, setRemembering } = useKeeping();
  const [said, setSaid] = useState<'remembering' | 'forgotten' | 'refused' | undefined>();

  function turn(on: boolean) {
    if (on) {
      const ok = startRemembering();
      setRemembering(ok);
      setSaid(ok ? 'remembering' : 'refused');
    } else {
      forgetAnswers();
      setRemembering(false);
      setSaid('forgotten');
    }
  }

  return (
    <div className="remember no-print">
      <Checkbox id="remember-answers" label={t('remember.label')} hint={t('remember.hint')} checked={remembering} onChange={turn} />
      {remembering && (
        <button type="button" className="button button--secondary" onClick={() => turn(false)}>
          {t('remember.forget')}
        </button>
      )}
      <p role="status" className="remember__status">
        {said && t(`remember.${said}`)}
      </p>
    </div>
  );
}
