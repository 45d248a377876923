import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Wizard, useAnswers } from '../hooks/wizard';
import { ErrorSummary } from '../components/ErrorSummary';
import { GlossaryLink, GlossaryList } from '../components/Glossary';
import { PageHeading } from '../components/PageHeading';
import { StepLink } from '../components/StepLink';
import { questionPresentation, selectChoice, type QuestionPresentation } from '../content/questions';
import { establishedReferenceIds, type EstablishedReferenceId, type SourceSectionId } from '../content/sources';
import { answerChoices, isValidAnswer, type AnswerValue, type QuestionId } from '../flow/answers';

/** GOV.UK question page: the question is the h1 and the legend; radios or checkboxes; Continue. */
export function QuestionScreen({ question }: { question: QuestionId }) {
  const { t, i18n } = useTranslation('questions');
  const { t: tc } = useTranslation();
  const actor = Wizard.useActorRef();
  const stored = useAnswers()[question];
  const [selected, setSelected] = useState<string[]>(toList(stored));
  const [showError, setShowError] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const presentation: QuestionPresentation = questionPresentation[question];
  const { kind, terms, exclusive = [], tool } = presentation;
  const choices: readonly string[] = answerChoices[question];
  const title = t(`${question}.title`);
  const errorMessage = t(`${question}.error`);
  const hintId = `${question}-hint`;
  const errorId = `${question}-error`;
  const firstInputId = `${question}-${choices[0] ?? ''}`;

  function submit(event: FormEvent) {
    event.preventDefault();
    const value = kind === 'checkbox' ? selected : selected[0];
    if (!isValidAnswer(question, value)) {
      setShowError(true);
      setAttempt(attempt + 1);
      return;
    }
    actor.send({ type: 'ANSWER', value: value as AnswerValue<QuestionId> });
  }

  function toggle(choice: string, checked: boolean) {
    setShowError(false);
    setSelected(selectChoice(question, selected, choice, checked));
  }

  return (
    <>
      <ErrorSummary errors={showError ? [{ target: firstInputId, message: errorMessage }] : []} attempt={attempt} />
      <form onSubmit={submit} noValidate>
        <div className={`form-group${showError ? ' form-group--error' : ''}`}>
          <fieldset className="fieldset" aria-describedby={showError ? `${hintId} ${errorId}` : hintId}>
            <legend className="fieldset__legend">
              <PageHeading title={title} hasError={showError} />
            </legend>
            <p id={hintId} className="hint">
              {t(`${question}.hint`)}
            </p>
            {showError && (
              <p id={errorId} className="error-message">
                <span className="visually-hidden">{tc('errorSummary.prefix')} </span>
                {errorMessage}
              </p>
            )}
            <div className={kind === 'radio' ? 'radios' : 'checkboxes'}>
              {choices.map((choice) => {
                const id = `${question}-${choice}`;
                const hintKey = `${question}.choiceHints.${choice}` as `stage.choiceHints.four`;
                const choiceHint = i18n.exists(hintKey, { ns: 'questions' }) ? String(t(hintKey)) : undefined;
                return (
                  <div key={choice}>
                    {choice === exclusive[0] && <p className="choices-divider">{t('barriers.or')}</p>}
                    <div className="choice">
                      <input
                        id={id}
                        className="choice__input"
                        type={kind}
                        name={question}
                        value={choice}
                        checked={selected.includes(choice)}
                        aria-describedby={choiceHint ? `${id}-hint` : undefined}
                        onChange={(e) => toggle(choice, e.currentTarget.checked)}
                      />
                      <label htmlFor={id} className="choice__label">
                        {t(`${question}.choices.${choice}` as `history.choices.first`)}
                      </label>
                      {choiceHint && (
                        <p id={`${id}-hint`} className="hint choice__hint">
                          {choiceHint}
                        </p>
                      )}
                    </div>
                  </div>
                );
              })}
            </div>
          </fieldset>
        </div>
        {tool && (
          <p>
            {t('liverFunction.calculatorIntro')}{' '}
            <StepLink to={tool}>{t('liverFunction.calculatorLink')}</StepLink>
          </p>
        )}
        <details className="details">
          <summary className="details__summary">{tc('question.whyWeAsk')}</summary>
          <div className="details__text">
            <p>{t(`${question}.why`)}</p>
            <QuestionBasis question={question} />
          </div>
        </details>
        <details className="details">
          <summary className="details__summary">{tc('question.wordsExplained')}</summary>
          <div className="details__text">
            <GlossaryList terms={terms} />
            <GlossaryLink />
          </div>
        </details>
        <button type="submit" className="button">
          {tc('actions.continue')}
        </button>
      </form>
    </>
  );
}

/** Where the distinction a question draws comes from: a section of the source, or a well-established fact. */
function QuestionBasis({ question }: { question: QuestionId }) {
  const { t } = useTranslation('sources');
  const basis = questionPresentation[question].basis;
  if ((establishedReferenceIds as readonly string[]).includes(basis)) {
    return <p className="hint">{t(`established.${basis as EstablishedReferenceId}`)}</p>;
  }
  const section = t(`sections.${basis as SourceSectionId}`);
  return (
    <ul className="list hint">
      <li>{t('document')}</li>
      <li>{t('sectionLabel', { section })}</li>
    </ul>
  );
}

function toList(value: AnswerValue<QuestionId> | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? [...(value as readonly string[])] : [value as string];
}
