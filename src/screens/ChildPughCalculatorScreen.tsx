import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Wizard } from '../hooks/wizard';
import { ErrorSummary, type FieldError } from '../components/ErrorSummary';
import { GlossaryList } from '../components/Glossary';
import { PageHeading } from '../components/PageHeading';
import { SourceCitation } from '../components/SourceCitation';
import { calculatorTerms } from '../content/glossary';
import {
  choiceFields,
  fieldOrder,
  plausibleRanges,
  scoreChildPugh,
  type ChildPughField,
  type ChildPughInput,
  type ChildPughResult,
} from '../calculator/childPugh';

const emptyInput: ChildPughInput = {
  bilirubin: '',
  bilirubinUnit: 'mgPerDl',
  albumin: '',
  albuminUnit: 'gPerDl',
  inr: '',
  ascites: '',
  encephalopathy: '',
};


/** clinical-map: Child-Pugh score, "work it out". Works out the class; the person chooses to use it. */
export function ChildPughCalculatorScreen() {
  const { t, i18n } = useTranslation('calculator');
  const { t: tc } = useTranslation();
  const actor = Wizard.useActorRef();
  const [input, setInput] = useState(emptyInput);
  const number = new Intl.NumberFormat(i18n.language).format;
  const formatRange = ({ min, max }: { min: number; max: number }) => ({ min: number(min), max: number(max) });
  // What was worked out, with the inputs it came from: a result is shown only while the fields
  // still hold those inputs, and a message always names the value and unit it was about.
  const [scored, setScored] = useState<{ input: ChildPughInput; result: ChildPughResult }>();
  const [attempt, setAttempt] = useState(0);
  const result = scored && sameInput(scored.input, input) ? scored.result : undefined;
  const problems = scored && !scored.result.ok ? scored.result.problems : {};
  const errors: FieldError[] = fieldOrder.flatMap((field) => {
    const message = problemMessage(field);
    return message ? [{ target: fieldTarget(field), message }] : [];
  });

  function problemMessage(field: ChildPughField): string | undefined {
    const problem = problems[field];
    if (!problem) return undefined;
    const label = t(`fields.${field}.label`);
    if (field === 'ascites' || field === 'encephalopathy') return t('problems.choose', { field: label });
    if (problem === 'ambiguousSeparator') return t('problems.ambiguousSeparator', { field: label, value: scored?.input[field] });
    if (problem !== 'implausible') return t(`problems.${problem}`, { field: label });
    const submitted = scored?.input ?? input;
    const value = submitted[field];
    if (field === 'inr') return t('problems.implausibleNoUnit', { field: label, value, ...formatRange(plausibleRanges.inr) });
    const unit = field === 'bilirubin' ? submitted.bilirubinUnit : submitted.albuminUnit;
    const range =
      field === 'bilirubin'
        ? plausibleRanges.bilirubin[submitted.bilirubinUnit]
        : plausibleRanges.albumin[submitted.albuminUnit];
    return t('problems.implausible', { field: label, value, unit: t(`units.${unit}`), ...formatRange(range) });
  }

  function update<K extends keyof ChildPughInput>(key: K, value: ChildPughInput[K]) {
    setInput((current) => ({ ...current, [key]: value }));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setScored({ input, result: scoreChildPugh(input) });
    setAttempt(attempt + 1);
  }

  return (
    <>
      <ErrorSummary errors={errors} attempt={attempt} />
      <PageHeading title={t('title')} hasError={errors.length > 0} />
      <p>{t('intro')}</p>
      <p className="hint">{t('basis')}</p>
      <form onSubmit={submit} noValidate>
        <NumberField
          field="bilirubin"
          value={input.bilirubin}
          onChange={(v) => update('bilirubin', v)}
          error={problemMessage('bilirubin')}
          units={['mgPerDl', 'umolPerL']}
          unit={input.bilirubinUnit}
          onUnitChange={(u) => update('bilirubinUnit', u as ChildPughInput['bilirubinUnit'])}
        />
        <NumberField
          field="albumin"
          value={input.albumin}
          onChange={(v) => update('albumin', v)}
          error={problemMessage('albumin')}
          units={['gPerDl', 'gPerL']}
          unit={input.albuminUnit}
          onUnitChange={(u) => update('albuminUnit', u as ChildPughInput['albuminUnit'])}
        />
        <NumberField field="inr" value={input.inr} onChange={(v) => update('inr', v)} error={problemMessage('inr')} />
        <ChoiceField
          field="ascites"
          choices={choiceFields.ascites}
          value={input.ascites}
          onChange={(v) => update('ascites', v as ChildPughInput['ascites'])}
          error={problemMessage('ascites')}
        />
        <ChoiceField
          field="encephalopathy"
          choices={choiceFields.encephalopathy}
          value={input.encephalopathy}
          onChange={(v) => update('encephalopathy', v as ChildPughInput['encephalopathy'])}
          error={problemMessage('encephalopathy')}
        />
        <button type="submit" className="button button--secondary">
          {t('calculate')}
        </button>
      </form>
      {result?.ok && (
        <section className="panel" aria-labelledby="result-heading">
          <h2 id="result-heading" className="heading-m">
            {t('result.heading')}
          </h2>
          <p role="status" className="heading-s">
            {t('result.score', { points: number(result.points), childPughClass: result.childPughClass.toUpperCase() })}
          </p>
          <p>{t('result.explain')}</p>
          <button
            type="button"
            className="button"
            onClick={() => actor.send({ type: 'USE_CALCULATED', value: result.childPughClass })}
          >
            {t('result.use', { childPughClass: result.childPughClass.toUpperCase() })}
          </button>
        </section>
      )}
      <details className="details">
        <summary className="details__summary">{tc('question.wordsExplained')}</summary>
        <div className="details__text">
          <GlossaryList terms={calculatorTerms} />
        </div>
      </details>
      <SourceCitation sections={[]} established={['childPugh']} />
    </>
  );
}

const sameInput = (a: ChildPughInput, b: ChildPughInput) =>
  (Object.keys(a) as (keyof ChildPughInput)[]).every((key) => a[key] === b[key]);

const fieldTarget = (field: ChildPughField) =>
  field === 'ascites' || field === 'encephalopathy' ? `${field}-none` : field;

type NumberFieldProps = {
  field: 'bilirubin' | 'albumin' | 'inr';
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
  units?: readonly string[];
  unit?: string;
  onUnitChange?: (unit: string) => void;
};

function NumberField({ field, value, onChange, error, units, unit, onUnitChange }: NumberFieldProps) {
  const { t } = useTranslation('calculator');
  const { t: tc } = useTranslation();
  const describedBy = [`${field}-hint`, error ? `${field}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      <label htmlFor={field} className="label">
        {t(`fields.${field}.label`)}
      </label>
      <p id={`${field}-hint`} className="hint">
        {t(`fields.${field}.hint`)}
      </p>
      {error && (
        <p id={`${field}-error`} className="error-message">
          <span className="visually-hidden">{tc('errorSummary.prefix')} </span>
          {error}
        </p>
      )}
      <div className="input-with-unit">
        <input
          id={field}
          className="input input--width-5"
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          value={value}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
        {units && unit && onUnitChange && (
          <>
            <label htmlFor={`${field}-unit`} className="visually-hidden">
              {t('unitFor', { field: t(`fields.${field}.label`) })}
            </label>
            <select
              id={`${field}-unit`}
              className="select"
              value={unit}
              onChange={(e) => onUnitChange(e.currentTarget.value)}
            >
              {units.map((u) => (
                <option key={u} value={u}>
                  {t(`units.${u as 'gPerL'}`)}
                </option>
              ))}
            </select>
          </>
        )}
      </div>
    </div>
  );
}

type ChoiceFieldProps = {
  field: 'ascites' | 'encephalopathy';
  choices: readonly string[];
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
};

function ChoiceField({ field, choices, value, onChange, error }: ChoiceFieldProps) {
  const { t } = useTranslation('calculator');
  const { t: tc } = useTranslation();
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      <fieldset className="fieldset" aria-describedby={error ? `${field}-error` : undefined}>
        <legend className="fieldset__legend label">{t(`fields.${field}.label`)}</legend>
        {error && (
          <p id={`${field}-error`} className="error-message">
            <span className="visually-hidden">{tc('errorSummary.prefix')} </span>
            {error}
          </p>
        )}
        <div className="radios radios--small">
          {choices.map((choice) => (
            <div key={choice} className="choice">
              <input
                id={`${field}-${choice}`}
                className="choice__input"
                type="radio"
                name={field}
                value={choice}
                checked={value === choice}
                onChange={() => onChange(choice)}
              />
              <label htmlFor={`${field}-${choice}`} className="choice__label">
                {t(`${field}.${choice as 'none'}`)}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
