import { useTranslation } from 'react-i18next';
import { groupAnchor, groupOptionsAnchor, mainOptions, meaningOf, optionAnchor, type AskId } from '../content/outcomes';
import type { OutcomeId } from '../flow/steps';
import { InPageLink } from './InPageLink';
import { OptionCard } from './OptionCard';
import { useMeaningText } from './useMeaningText';

/**
 * For a "not sure" outcome: the groups still possible, side by side, each a short card with its
 * meaning and its options by name, linking to their explanation below (GroupOptions).
 */
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
            <li key={outcome} className="possible-groups__card" aria-labelledby={groupAnchor(outcome)}>
              <h3 id={groupAnchor(outcome)} className="heading-s" tabIndex={-1}>
                {t(`titles.${outcome}`)}
              </h3>
              {meaning && <p>{meaningText(meaning)}</p>}
              <p className="possible-groups__label">{t('possible.optionsLabel')}</p>
              <ul className="list list--bullet">
                {mainOptions[outcome].map((option) => (
                  <li key={option}>{to(`${option}.name`)}</li>
                ))}
              </ul>
              <p>
                <InPageLink target={groupOptionsAnchor(outcome)}>
                  {t('possible.readMore', { group: t(`titles.${outcome}`) })}
                </InPageLink>
              </p>
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

/** A possible group's options explained in full: each option's card of four parts. */
export function GroupOptions({ outcome }: { outcome: OutcomeId }) {
  const { t } = useTranslation('outcomes');
  return (
    <section aria-labelledby={groupOptionsAnchor(outcome)}>
      <h2 id={groupOptionsAnchor(outcome)} className="heading-m" tabIndex={-1}>
        {t('possible.groupOptionsHeading', { group: t(`titles.${outcome}`) })}
      </h2>
      {mainOptions[outcome].map((option) => (
        <OptionCard key={option} option={option} anchor={optionAnchor(outcome, option)} />
      ))}
    </section>
  );
}
