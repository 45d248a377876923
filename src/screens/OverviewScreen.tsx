import { useTranslation } from 'react-i18next';
import { DecisionMap } from '../components/DecisionMap';
import { InPageLink } from '../components/InPageLink';
import { PageHeading } from '../components/PageHeading';
import { GroupOptions } from '../components/PossibleGroups';
import { mainOptions, optionAnchor, outcomeView, singleGroupOutcomes } from '../content/outcomes';
import { isOutcome, type OutcomeId } from '../flow/steps';
import { stepHref } from '../hooks/location';
import { useAnswers, useStep } from '../hooks/wizard';

/**
 * For a clinician walking a person through the whole path: every group and its options side by
 * side (one screen at 1280 px), each option linking to its explanation further down; the person's
 * group marked when there is one; then the decision map drawn from the chart.
 */
export function OverviewScreen() {
  const { t: to } = useTranslation('outcomes');
  const { t: tp } = useTranslation('options');
  const step = useStep();
  const answers = useAnswers();
  const view = isOutcome(step) ? outcomeView(step, answers) : undefined;
  const marked = (outcome: OutcomeId): 'current' | 'possible' | undefined =>
    step === outcome ? 'current' : view?.possible?.includes(outcome) ? 'possible' : undefined;

  return (
    <>
      <PageHeading title={to('overview.title')} />
      <p>{to('overview.intro')}</p>
      <p className="no-print">
        <a href={stepHref(step)}>{to('overview.back')}</a>
      </p>
      <section aria-labelledby="overview-groups-heading">
        <h2 id="overview-groups-heading" className="heading-m">
          {to('overview.groupsHeading')}
        </h2>
        <ul className="overview">
          {singleGroupOutcomes.map((outcome) => {
            const mark = marked(outcome);
            return (
              <li key={outcome} className={`overview__group${mark ? ` overview__group--${mark}` : ''}`}>
                <h3 className="overview__title">{to(`titles.${outcome}`)}</h3>
                {mark && <p className="overview__mark">{to(`overview.${mark}`)}</p>}
                <ul className="overview__options">
                  {mainOptions[outcome].map((option) => (
                    <li key={option}>
                      <InPageLink target={optionAnchor(outcome, option)}>{tp(`${option}.name`)}</InPageLink>
                    </li>
                  ))}
                </ul>
              </li>
            );
          })}
        </ul>
      </section>
      <DecisionMap />
      <h2 className="heading-l">{to('overview.explainedHeading')}</h2>
      {singleGroupOutcomes.map((outcome) => (
        <GroupOptions key={outcome} outcome={outcome} />
      ))}
    </>
  );
}
