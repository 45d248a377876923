import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../components/PageHeading';
import { useAnswerText } from '../components/AnswerSummary';
import { Checkbox } from '../components/Checkbox';
import { QrCode } from '../components/QrCode';
import { useDate } from '../components/useDate';
import { useMeaningText } from '../components/useMeaningText';
import { handoutView, type HandoutView } from '../content/handout';
import { approvalsSince, sourceDocument } from '../content/sources';
import type { Answers } from '../flow/answers';
import { sharedLink } from '../flow/link';
import { answeredQuestions } from '../flow/rules';
import { isOutcome, type OutcomeId } from '../flow/steps';
import { byImportance, hasValues, type Values } from '../flow/values';
import { stepHref } from '../hooks/location';
import { Wizard, useAnswers, useStep } from '../hooks/wizard';
import { directionOf, languageTags, languages } from '../i18n/languages';
import { loadLanguage } from '../i18n/switching';

/**
 * The handout: the current outcome, brief and built for paper (src/styles/main.css, print), in a
 * language chosen apart from the screen's. The controls are in the screen's language; the handout
 * is written with that language's words (useTranslation's lng), with its own lang and dir, once
 * its words are here.
 */
export function HandoutScreen() {
  const { t, i18n } = useTranslation('outcomes');
  const step = useStep();
  const [language, setLanguage] = useState(i18n.language);
  const [failed, setFailed] = useState<string | undefined>();
  const [ready, setReady] = useState<string | undefined>(i18n.language);
  const [withQr, setWithQr] = useState(false);

  useEffect(() => {
    document.documentElement.dataset.print = 'handout';
    return () => void delete document.documentElement.dataset.print;
  }, []);

  function choose(tag: string) {
    setLanguage(tag);
    setFailed(undefined);
    void loadLanguage(tag).then((loaded) => {
      if (loaded.ok) setReady(tag);
      else setFailed(tag);
    });
  }

  if (!isOutcome(step)) {
    return (
      <>
        <PageHeading title={t('handout.title')} />
        <p>{t('handout.noResult')}</p>
        <p>
          <a href={stepHref(step)}>{t('handout.back')}</a>
        </p>
      </>
    );
  }

  return (
    <>
      <div className="no-print">
        <PageHeading title={t('handout.title')} />
        <p>{t('handout.intro')}</p>
        <div className="form-group">
          <label className="label" htmlFor="handout-language">
            {t('handout.languageLabel')}
          </label>
          <p className="hint" id="handout-language-hint">
            {t('handout.languageHint')}
          </p>
          <select
            id="handout-language"
            className="select"
            aria-describedby="handout-language-hint"
            value={language}
            onChange={(event) => choose(event.target.value)}
          >
            {languageTags.map((tag) => (
              <option key={tag} value={tag} lang={tag}>
                {languages[tag]?.nativeName ?? tag}
              </option>
            ))}
          </select>
        </div>
        {failed && (
          <p className="notification" role="alert">
            {t('handout.languageFailed', { language: languages[failed]?.nativeName ?? failed })}
          </p>
        )}
        <Checkbox id="handout-qr" label={t('handout.qrLabel')} hint={t('handout.qrHint')} checked={withQr} onChange={setWithQr} />
        <div className="button-group">
          <button type="button" className="button" onClick={() => window.print()} disabled={ready !== language}>
            {t('handout.print')}
          </button>
          <a href={stepHref(step)}>{t('handout.back')}</a>
        </div>
        <h2 className="heading-m">{t('handout.previewHeading')}</h2>
      </div>
      {ready && <Handout language={ready} outcome={step} withQr={withQr} />}
    </>
  );
}

/** The handout itself, in its own language. */
function Handout({ language, outcome, withQr }: { language: string; outcome: OutcomeId; withQr: boolean }) {
  const { t } = useTranslation('common', { lng: language });
  const { t: to } = useTranslation('outcomes', { lng: language });
  const { t: tp } = useTranslation('options', { lng: language });
  const { t: ts } = useTranslation('sources', { lng: language });
  const date = useDate(language);
  const meaningText = useMeaningText(language);
  const answers = useAnswers();
  const values = Wizard.useSelector((snapshot) => snapshot.context.values);
  const view: HandoutView = handoutView(outcome, answers);
  const today = new Date().toISOString().slice(0, 10);
  const address = `${window.location.origin}${window.location.pathname}`;
  // An address is left to right inside any language's sentence (Unicode isolates, for Arabic).
  const isolated = `\u2066${address}\u2069`;

  return (
    <article className="handout" lang={language} dir={directionOf(language)} aria-labelledby="handout-heading">
      <header className="handout__header">
        <p className="handout__service">{t('service.name')}</p>
        <h2 id="handout-heading" className="handout__title">
          {to('handout.paperTitle')}
        </h2>
        <p className="handout__meta">{to('handout.printed', { date: date(today), address: isolated })}</p>
      </header>
      <p className="handout__disclaimer">{t('disclaimerShort')}</p>

      <section className="handout__part">
        <h3>{to('handout.answersHeading')}</h3>
        <AnswerList answers={answers} language={language} />
      </section>

      <section className="handout__part">
        <h3>{to('handout.groupHeading')}</h3>
        <p className="handout__group">{to(`titles.${outcome}`)}</p>
        {view.meaning && <p>{meaningText(view.meaning)}</p>}
        {view.deciding && <p>{to('handout.deciding', { question: to(`ask.${view.deciding}`) })}</p>}
      </section>

      <section className="handout__part">
        <h3>{to('handout.optionsHeading')}</h3>
        {view.blocks.map((block) => (
          <div key={block.outcome ?? 'options'} className="handout__block">
            {block.outcome && <p className="handout__block-title">{to('handout.ifGroup', { group: to(`titles.${block.outcome}`) })}</p>}
            <ul className="handout__options">
              {block.options.map((option) => (
                <li key={option}>
                  <strong>{tp(`${option}.name`)}</strong>: {tp(`${option}.aim`)}
                </li>
              ))}
            </ul>
          </div>
        ))}
        <h4>{to('handout.harmsHeading')}</h4>
        <ul className="handout__options">
          {view.kinds.map((kind) => (
            <li key={kind}>
              <strong>{tp(`kinds.${kind}.name`)}</strong>: {tp(`kinds.${kind}.brief`)}
            </li>
          ))}
        </ul>
      </section>

      {hasValues(values) && (
        <section className="handout__part">
          <h3>{to('values.summaryHeading')}</h3>
          <ValuesList values={values} language={language} />
        </section>
      )}

      <section className="handout__part">
        <h3>{to('ask.heading')}</h3>
        <ul className="handout__ask">
          {view.ask.map((question) => (
            <li key={question}>{to(`ask.${question}`)}</li>
          ))}
        </ul>
      </section>

      <section className="handout__part handout__notes">
        <h3>{to('handout.notesHeading')}</h3>
        <div className="handout__lines" aria-hidden="true" />
      </section>

      <section className="handout__part">
        <h3>{ts('heading')}</h3>
        <p>
          {ts('document')}: {view.sources.map((section) => ts(`sections.${section}`)).join('; ')}.{' '}
          {ts('lastRevised', { date: date(sourceDocument.date) })}. <span className="handout__url" dir="ltr">{sourceDocument.url}</span>
        </p>
        {view.sinceSource &&
          approvalsSince.map((approval) => (
            <p key={approval.url}>
              {approval.publisher}, {date(approval.date)}: <span className="handout__url" dir="ltr">{approval.url}</span>
            </p>
          ))}
        <p>{to('handout.moreSources', { address: isolated })}</p>
      </section>

      {withQr && (
        <section className="handout__part handout__qr">
          <QrCode text={sharedLink(address, outcome, answers)} label={to('handout.qrAlt')} />
          <p>{to('handout.qrCaption')}</p>
        </section>
      )}
    </article>
  );
}

function AnswerList({ answers, language }: { answers: Answers; language: string }) {
  const { t } = useTranslation('questions', { lng: language });
  const answerText = useAnswerText(language);
  return (
    <dl className="handout__answers">
      {answeredQuestions(answers).map((question) => (
        <div key={question}>
          <dt>{t(`${question}.summaryLabel`)}</dt>
          <dd>{answerText(answers, question).join(', ')}</dd>
        </div>
      ))}
    </dl>
  );
}

function ValuesList({ values, language }: { values: Values; language: string }) {
  const { t } = useTranslation('outcomes', { lng: language });
  const rated = byImportance(values).flatMap(({ level, ids }) => ids.map((id) => ({ id, level })));
  return (
    <>
      <ul className="handout__ask handout__values">
        {rated.map(({ id, level }) => (
          <li key={id}>
            {t(`values.statements.${id}`)}: {t(`values.levels.${level}`)}
          </li>
        ))}
      </ul>
      {values.other.trim() !== '' && (
        <p>
          {t('values.otherLabel')}: {values.other}
        </p>
      )}
    </>
  );
}
