import { useTranslation } from 'react-i18next';
import { useAnswers } from '../hooks/wizard';
import { AnswerSummary } from '../components/AnswerSummary';
import { GlossaryLink } from '../components/Glossary';
import { IfRecurrentNote } from '../components/IfRecurrentNote';
import { InPageLink } from '../components/InPageLink';
import { OptionCard } from '../components/OptionCard';
import { PageActions } from '../components/PageActions';
import { PageHeading } from '../components/PageHeading';
import { GroupOptions, PossibleGroups } from '../components/PossibleGroups';
import { StepLink } from '../components/StepLink';
import { TakeItWithYou } from '../components/TakeItWithYou';
import { ValuesSummary } from '../components/ValuesSummary';
import { WhatHappensNext } from '../components/WhatHappensNext';
import { optionAnchor, outcomeView, type GlanceGroup, type GlanceItem, type OptionSection } from '../content/outcomes';
import { useMeaningText } from '../components/useMeaningText';
import type { OutcomeId } from '../flow/steps';
import { BasedOn, SourceCitation } from '../components/SourceCitation';
import { DueForReview } from '../components/DueForReview';
import { SinceSource } from '../components/SinceSource';
import { TranslationNotice } from '../components/TranslationNotice';

/**
 * An outcome of the clinical map, as outcomeView describes it: this screen only renders the view.
 * Options first: the group, what it means and the options at a glance fit the first screen of a
 * phone; then the decision, each option's card, what matters to the person and what happens next.
 */
export function OutcomeScreen({ outcome }: { outcome: OutcomeId }) {
  const { t } = useTranslation('outcomes');
  const { t: tc } = useTranslation();
  const view = outcomeView(outcome, useAnswers());
  const meaningText = useMeaningText();

  return (
    <>
      <PageHeading
        title={t(`titles.${outcome}`)}
        caption={<span className="caption">{t(view.group ? 'groupLabel' : 'notSureLabel')}</span>}
      />
      {view.meaning && <p className="lead">{meaningText(view.meaning)}</p>}
      {view.deciding && (
        <div className="inset inset--deciding">
          <h2 className="heading-s">{t('possible.decidingHeading')}</h2>
          <p className="deciding-question">{t(`ask.${view.deciding}`)}</p>
        </div>
      )}
      <AtAGlance groups={view.glance} />
      <p className="disclaimer">{tc('disclaimerShort')}</p>
      <BasedOn />
      <DueForReview />
      <TranslationNotice />
      <TakeItWithYou />
      <section aria-labelledby="why-heading">
        <h2 id="why-heading" className="heading-m">
          {tc('why.heading')}
        </h2>
        <p>{tc('why.intro')}</p>
        <AnswerSummary toResult />
      </section>
      <section aria-labelledby="decision-heading">
        <h2 id="decision-heading" className="heading-m">
          {t('decision.heading')}
        </h2>
        <p>{t('decision.body')}</p>
        <p>{t(view.group ? 'likelyGroup' : 'decision.notSure')}</p>
        <details className="details">
          <summary className="details__summary">{t('decision.conditionSummary')}</summary>
          <div className="details__text">
            <p>{t('decision.condition')}</p>
          </div>
        </details>
      </section>
      {view.reasons && view.reasons.length > 0 && (
        <section aria-labelledby="reasons-heading">
          <h2 id="reasons-heading" className="heading-m">
            {t('reasons.heading')}
          </h2>
          <ul className="list list--bullet">
            {view.reasons.map((reason) => (
              <li key={reason}>{t(`reasons.${reason as 'tooLarge'}`)}</li>
            ))}
          </ul>
        </section>
      )}
      {view.notes.map((note) => (
        <div key={note} className="inset">
          <p>{t(`notes.${note}`)}</p>
        </div>
      ))}
      {view.links.includes('findOutChildPugh') && (
        <p className="inset">
          <StepLink to="liverFunction" event={{ type: 'CHANGE', question: 'liverFunction', toResult: true }}>
            {t('findOutChildPugh')}
          </StepLink>
        </p>
      )}
      {view.sections.map((section) => (
        <OptionsSection key={section.id} section={section} />
      ))}
      {view.possible && (
        <>
          <PossibleGroups outcomes={view.possible} />
          {view.possible.map((possible) => (
            <GroupOptions key={possible} outcome={possible} />
          ))}
        </>
      )}
      {view.sinceSource && <SinceSource />}
      {view.links.includes('downstaging') && (
        <p className="inset">
          <StepLink to="downstaging">{t('downstagingLink')}</StepLink>
        </p>
      )}
      {view.links.includes('ifRecurrent') && <IfRecurrentNote />}
      <ValuesSummary />
      <WhatHappensNext />
      <section aria-labelledby="ask-heading">
        <h2 id="ask-heading" className="heading-m">
          {t('ask.heading')}
        </h2>
        <ul className="list list--bullet">
          {view.ask.map((question) => (
            <li key={question}>{t(`ask.${question}`)}</li>
          ))}
        </ul>
      </section>
      <GlossaryLink />
      <SourceCitation sections={view.sources} information={view.information} />
      <PageActions />
    </>
  );
}

/** "Options for this group" at the top of the page: each a link to its card further down, by section. */
function AtAGlance({ groups }: { groups: readonly GlanceGroup[] }) {
  const { t } = useTranslation('outcomes');
  const { t: to } = useTranslation('options');
  const notSure = groups.some((group) => group.items.some((item) => item.outcome));
  const links = (items: readonly GlanceItem[]) => (
    <ul className="list list--bullet">
      {items.map((item) => (
        <li key={item.anchor}>
          <InPageLink target={item.anchor}>{item.option ? to(`${item.option}.name`) : t(`titles.${item.outcome!}`)}</InPageLink>
        </li>
      ))}
    </ul>
  );
  return (
    <nav className="at-a-glance" aria-labelledby="glance-heading">
      <h2 id="glance-heading" className="heading-s">
        {t(notSure ? 'glance.groupsHeading' : 'glance.heading')}
      </h2>
      {groups.map((group) =>
        group.section ? (
          <div key={group.section}>
            <p className="at-a-glance__section">{t(`sections.${group.section}`)}</p>
            {links(group.items)}
          </div>
        ) : (
          <div key="all">{links(group.items)}</div>
        ),
      )}
    </nav>
  );
}

function OptionsSection({ section }: { section: OptionSection }) {
  const { t } = useTranslation('outcomes');
  const headingId = `section-${section.id}`;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className="heading-m">
        {t(`sections.${section.id}`)}
      </h2>
      {section.id === 'usuallyFirst' && <p>{t('sectionIntros.usuallyFirst')}</p>}
      {section.condition && <p className="inset">{t(`conditions.${section.condition}`)}</p>}
      {section.options.map((option) => (
        <OptionCard key={option} option={option} anchor={optionAnchor(section.id, option)} />
      ))}
    </section>
  );
}
