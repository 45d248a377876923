import { useTranslation } from 'react-i18next';
import { reloadToUpdate, useUpdateWaiting } from '../hooks/offline';

/** A new version is ready: offered, never forced, so nothing changes while a person is answering. */
export function UpdateNotice() {
  const { t } = useTranslation();
  if (!useUpdateWaiting()) return null;
  return (
    <div className="notification" role="status">
      <p>{t('update.available')}</p>
      <button type="button" className="button button--secondary" onClick={reloadToUpdate}>
        {t('update.reload')}
      </button>
    </div>
  );
}
