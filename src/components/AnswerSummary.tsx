import { useTranslation } from 'react-i18next';
import { useAnswers } from '../hooks/wizard';
import type { Answers, QuestionId } from '../flow/answers';
import { answeredQuestions } from '../flow/rules';
import { StepLink } from './StepLink';

/**
 * GOV.UK summary list: each answer on the route, with a Change link to its question. On a result
 * (toResult), the changed answer leads straight back to the result it now gives.
 */
export function AnswerSummary({ toResult = false }: { toResult?: boolean }) {
  const { t } = useTranslation('questions');
  const { t: tc } = useTranslation();
  const answers = useAnswers();
  const answerText = useAnswerText();
  return (
    <dl className="summary-list">
      {answeredQuestions(answers).map((question) => (
        <div key={question} className="summary-list__row">
          <dt className="summary-list__key">{t(`${question}.summaryLabel`)}</dt>
          <dd className="summary-list__value">
            {answerText(answers, question).map((text) => (
              <span key={text} className="summary-list__item">
                {text}
              </span>
            ))}
          </dd>
          <dd className="summary-list__actions">
            <StepLink to={question} event={{ type: 'CHANGE', question, ...(toResult ? { toResult } : {}) }}>
              {tc('actions.change')}{' '}
              <span className="visually-hidden">{t(`${question}.summaryLabel`)}</span>
            </StepLink>
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** The words of an answer (each box ticked, for the barriers), in the reader's language or in `language`. */
export function useAnswerText(language?: string) {
  const { t } = useTranslation('questions', language ? { lng: language } : undefined);
  return (a: Answers, question: QuestionId): string[] => {
    const value = a[question];
    const values: readonly string[] = Array.isArray(value) ? value : [value as string];
    return values.map((choice) => t(`${question}.choices.${choice}` as `history.choices.first`));
  };
}
