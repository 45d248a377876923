import { useId, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../components/PageHeading';
import { Wizard } from '../hooks/wizard';
import { importanceLevels, noValues, otherMaxLength, valueIds, type Values } from '../flow/values';

/**
 * What matters to you (values clarification): each statement rated on its own, and anything else
 * in the person's own words. Kept as it is given (a reload or a language switch loses nothing);
 * it never changes the options, and the page says so.
 */
export function ValuesScreen() {
  const { t } = useTranslation('outcomes');
  const actor = Wizard.useActorRef();
  const values = Wizard.useSelector((snapshot) => snapshot.context.values);
  const otherId = useId();
  const keep = (next: Values) => actor.send({ type: 'SET_VALUES', values: next });

  function submit(event: FormEvent) {
    event.preventDefault();
    actor.send({ type: 'BACK' });
  }

  return (
    <form onSubmit={submit} noValidate>
      <PageHeading title={t('values.title')} caption={<span className="caption">{t('values.caption')}</span>} />
      <p>{t('values.intro')}</p>
      <p className="inset">{t('values.changesNothing')}</p>
      {valueIds.map((id) => (
        <div key={id} className="form-group">
          <fieldset className="fieldset">
            <legend className="fieldset__legend fieldset__legend--s">{t(`values.statements.${id}`)}</legend>
            <div className="radios radios--small radios--inline">
              {importanceLevels.map((level) => {
                const inputId = `values-${id}-${level}`;
                return (
                  <div key={level} className="choice">
                    <input
                      id={inputId}
                      className="choice__input"
                      type="radio"
                      name={`values-${id}`}
                      value={level}
                      checked={values.ratings[id] === level}
                      onChange={() => keep({ ...values, ratings: { ...values.ratings, [id]: level } })}
                    />
                    <label htmlFor={inputId} className="choice__label">
                      {t(`values.levels.${level}`)}
                    </label>
                  </div>
                );
              })}
            </div>
          </fieldset>
        </div>
      ))}
      <div className="form-group">
        <label htmlFor={otherId} className="label label--s">
          {t('values.otherLabel')}
        </label>
        <p id={`${otherId}-hint`} className="hint">
          {t('values.otherHint', { count: otherMaxLength })}
        </p>
        <textarea
          id={otherId}
          className="textarea"
          rows={4}
          maxLength={otherMaxLength}
          aria-describedby={`${otherId}-hint`}
          value={values.other}
          onChange={(e) => keep({ ...values, other: e.currentTarget.value.slice(0, otherMaxLength) })}
        />
      </div>
      <div className="button-group">
        <button type="submit" className="button">
          {t('values.done')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => keep(noValues)}>
          {t('values.clear')}
        </button>
      </div>
    </form>
  );
}
