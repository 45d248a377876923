import { useTranslation } from 'react-i18next';
import { drugs, type DrugId } from '../content/drugs';
import { treatmentOptions, type DrugChoices, type OptionId } from '../content/options';
import { informationOf } from '../content/outcomes';
import { patientInformation } from '../content/information';
import { sourceDocument } from '../content/sources';
import { TermLinks } from './Glossary';
import { useDate, useSourceDate } from './useDate';

/** The four parts every option card has, in this order and to the same depth (IPDAS). */
export const optionCardParts = ['what', 'aim', 'involves', 'sideEffects'] as const;

/**
 * One treatment option as a card of four parts: what it is, what it aims to do (as the source
 * says it), what it involves, and its possible side effects and risks; then its drugs, the
 * sources of its statements with their dates, and links to the words it uses.
 */
export function OptionCard({ option, anchor }: { option: OptionId; anchor: string }) {
  const { t } = useTranslation('options');
  const data = treatmentOptions[option];
  const several = data.kinds.length > 1;
  const byKind = (part: 'involves' | 'sideEffects') =>
    data.kinds.map((kind) => (
      <p key={kind}>
        {several && <strong>{t('card.kindLabel', { kind: t(`kinds.${kind}.name`) })} </strong>}
        {t(`kinds.${kind}.${part}`)}
      </p>
    ));
  return (
    <article className="option" aria-labelledby={anchor}>
      <h3 id={anchor} className="heading-s" tabIndex={-1}>
        {t(`${option}.name`)}
      </h3>
      <h4 className="option__part">{t('card.what')}</h4>
      <p>{t(`${option}.what`)}</p>
      {'drugs' in data && <DrugList choices={data.drugs} />}
      <h4 className="option__part">{t('card.aim')}</h4>
      <p>{t(`${option}.aim`)}</p>
      <h4 className="option__part">{t('card.involves')}</h4>
      {byKind('involves')}
      <h4 className="option__part">{t('card.sideEffects')}</h4>
      {byKind('sideEffects')}
      <OptionSources option={option} />
      <TermLinks terms={data.terms} />
    </article>
  );
}

/** The sources of a card's statements, each with its own date: the ACS page first, then the others. */
function OptionSources({ option }: { option: OptionId }) {
  const { t, i18n } = useTranslation('sources');
  const sourceDate = useSourceDate();
  const date = useDate();
  const pages = informationOf([option]).map((id) => patientInformation[id]);
  const publishers = [...new Set(pages.map((page) => page.publisher))].map((publisher) =>
    t('card.publisher', {
      publisher,
      dates: [...new Set(pages.filter((page) => page.publisher === publisher).map((page) => sourceDate(page.date)))].join('; '),
    }),
  );
  return (
    <div className="option__sources">
      <p className="option__part">{t('card.heading')}</p>
      <ul className="list">
        <li>{t('card.aimSource', { date: date(sourceDocument.date, 'month') })}</li>
        <li>
          {t('card.otherSources', {
            publishers: new Intl.ListFormat(i18n.language, { type: 'unit', style: 'short' }).format(publishers),
          })}
        </li>
      </ul>
    </div>
  );
}

/**
 * The drugs of an option, one choice per line, so that no reader can pair drugs from different
 * choices ("pembrolizumab, or nivolumab with ipilimumab" is two lines, never one sentence).
 */
function DrugList({ choices }: { choices: DrugChoices }) {
  const { t } = useTranslation();
  const name = useDrugName();
  const lines = choices.map((combination) => {
    const together = name(combination);
    // Among choices, a combination says it is given together; alone, the option's own words say so.
    return combination.length > 1 && choices.length > 1 ? t('drugs.together', { drugs: together }) : together;
  });
  return (
    <div className="drug-list">
      <p className="drug-list__label">{t(choices.length > 1 ? 'drugs.choicesLabel' : 'drugs.listLabel')}</p>
      <ul className="list list--bullet">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}

/** Drug names, generic first with the brand in brackets, joined with "and" in the reader's language. */
export function useDrugName() {
  const { t, i18n } = useTranslation();
  return (combination: readonly DrugId[]): string =>
    new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(
      combination.map((id) => t('drugs.brandPattern', drugs[id])),
    );
}
