import { useTranslation } from 'react-i18next';
import { byImportance, hasValues } from '../flow/values';
import { Wizard } from '../hooks/wizard';
import { StepLink } from './StepLink';

/**
 * On an outcome: what the person said matters to them, most important first, with a way to change
 * it; or the offer to say it. It sits beside the options and never changes them.
 */
export function ValuesSummary() {
  const { t } = useTranslation('outcomes');
  const values = Wizard.useSelector((snapshot) => snapshot.context.values);
  const given = hasValues(values);
  const byLevel = byImportance(values);
  return (
    <section aria-labelledby="values-heading">
      <h2 id="values-heading" className="heading-m">
        {t('values.summaryHeading')}
      </h2>
      {given ? (
        <>
          <dl className="summary-list">
            {byLevel.map(({ level, ids }) => (
              <div key={level} className="summary-list__row">
                <dt className="summary-list__key">{t(`values.levels.${level}`)}</dt>
                <dd className="summary-list__value">
                  {ids.map((id) => (
                    <span key={id} className="summary-list__item">
                      {t(`values.statements.${id}`)}
                    </span>
                  ))}
                </dd>
              </div>
            ))}
            {values.other.trim() !== '' && (
              <div className="summary-list__row">
                <dt className="summary-list__key">{t('values.otherLabel')}</dt>
                <dd className="summary-list__value values-other">{values.other}</dd>
              </div>
            )}
          </dl>
          <p>{t('values.changesNothing')}</p>
          <p className="no-print">
            <StepLink to="values">{t('values.change')}</StepLink>
          </p>
        </>
      ) : (
        <>
          <p>{t('values.offerIntro')}</p>
          <p className="no-print">
            <StepLink to="values">{t('values.offer')}</StepLink>
          </p>
        </>
      )}
    </section>
  );
}
