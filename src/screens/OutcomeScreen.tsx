import { useTranslation } from 'react-i18next';
import { useAnswers } from '../hooks/wizard';
import { AnswerSummary } from '../components/AnswerSummary';
import { GlossaryList } from '../components/Glossary';
import { IfRecurrentNote } from '../components/IfRecurrentNote';
import { InPageLink } from '../components/InPageLink';
import { OptionCard } from '../components/OptionCard';
import { PageActions } from '../components/PageActions';
import { PageHeading } from '../components/PageHeading';
import { PossibleGroups } from '../components/PossibleGroups';
import { StepLink } from '../components/StepLink';
import { outcomeView, type OptionSection } from '../content/outcomes';
import { useMeaningText } from '../components/useMeaningText';
import type { OutcomeId } from '../flow/steps';
import { BasedOn, SourceCitation } from '../components/SourceCitation';
import { DueForReview } from '../components/DueForReview';
import { SinceSource } from '../components/SinceSource';
import { TranslationNotice } from '../components/TranslationNotice';

/** An outcome of the clinical map, as outcomeView describes it: this screen only renders the view. */
export function OutcomeScreen({ outcome }: { outcome: OutcomeId }) {
  const { t } = useTranslation('outcomes');
  const { t: tc } = useTranslation();
  const view = outcomeView(outcome, useAnswers());
  const meaningText = useMeaningText();

  return (
    <>
      <PageHeading
        title={t(`titles.${outcome}`)}
        caption={view.group && <span className="caption">{t('groupLabel')}</span>}
      />
      <p className="disclaimer">{tc('disclaimer')}</p>
      <BasedOn />
      <DueForReview />
      <TranslationNotice />
      {view.group && (
        <section aria-labelledby="group-heading">
          <h2 id="group-heading" className="heading-m">
            {t(`groups.${view.group}.name`)}
          </h2>
          {view.meaning && <p>{meaningText(view.meaning)}</p>}
          <p>{t('likelyGroup')}</p>
        </section>
      )}
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
          <StepLink to="liverFunction" event={{ type: 'CHANGE', question: 'liverFunction' }}>
            {t('findOutChildPugh')}
          </StepLink>
        </p>
      )}
      {view.links.includes('ifTheseStop') && (
        <p>
          <InPageLink target="section-ifTheseStop">{t('ifTheseStopLink')}</InPageLink>
        </p>
      )}
      {view.sections.map((section) => (
        <OptionsSection key={section.id} section={section} />
      ))}
      {view.possible && <PossibleGroups outcomes={view.possible} decidingQuestion={view.deciding} />}
      {view.sinceSource && <SinceSource />}
      {view.links.includes('downstaging') && (
        <p className="inset">
          <StepLink to="downstaging">{t('downstagingLink')}</StepLink>
        </p>
      )}
      {view.links.includes('ifRecurrent') && <IfRecurrentNote />}
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
      <section aria-labelledby="why-heading">
        <h2 id="why-heading" className="heading-m">
          {tc('why.heading')}
        </h2>
        <p>{tc('why.intro')}</p>
        <AnswerSummary />
      </section>
      {view.terms.length > 0 && (
        <section aria-labelledby="glossary-heading">
          <h2 id="glossary-heading" className="heading-m">
            {tc('glossary.heading')}
          </h2>
          <GlossaryList terms={view.terms} />
        </section>
      )}
      <SourceCitation sections={view.sources} />
      <p className="disclaimer">{tc('disclaimer')}</p>
      <PageActions />
    </>
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
        <OptionCard key={option} option={option} />
      ))}
    </section>
  );
}
