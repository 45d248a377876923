import { useTranslation } from 'react-i18next';
import { mainOptions, meaningOf, type AskId } from '../content/outcomes';
import type { OutcomeId } from '../flow/steps';
import { useMeaningText } from './useMeaningText';

/** For a "not sure" outcome: the groups still possible, side by side, and the one question that decides. */
export function PossibleGroups({ outcomes, decidingQuestion }: { outcomes: readonly OutcomeId[]; decidingQuestion?: AskId }) {
  const { t } = useTranslation('outcomes');
  const { t: to } = useTranslation('options');
  const meaningText = useMeaningText();
  return (
    <section aria-labelledby="possible-heading">
      <h2 id="possible-heading" className="heading-m">
        {t('possible.heading')}
      </h2>
      <p>{t('possible.intro')}</p>
      <ul className="possible-groups">
        {outcomes.map((outcome) => {
          const meaning = meaningOf(outcome);
          return (
            <li key={outcome} className="possible-groups__card" aria-labelledby={`possible-${outcome}`}>
              <h3 id={`possible-${outcome}`} className="heading-s">
                {t(`titles.${outcome}`)}
              </h3>
              {meaning && <p>{meaningText(meaning)}</p>}
              <p className="possible-groups__label">{t('possible.optionsLabel')}</p>
              <ul className="list list--bullet">
                {mainOptions[outcome].map((option) => (
                  <li key={option}>{to(`${option}.name`)}</li>
                ))}
              </ul>
            </li>
          );
        })}
      </ul>
      {decidingQuestion && (
        <div className="inset">
          <h3 className="heading-s">{t('possible.decidingHeading')}</h3>
          <p>{t('possible.decidingIntro')}</p>
          <p className="deciding-question">{t(`ask.${decidingQuestion}`)}</p>
        </div>
      )}
    </section>
  );
}
