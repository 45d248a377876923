import { useTranslation } from 'react-i18next';
import { drugs, type DrugId } from '../content/drugs';
import { treatmentOptions, type DrugChoices, type OptionId } from '../content/options';
import { TermLinks } from './Glossary';

/** One treatment option: its name, its plain explanation, and links to the words it uses. */
export function OptionCard({ option, headingLevel = 3 }: { option: OptionId; headingLevel?: 3 | 4 }) {
  const { t } = useTranslation('options');
  const data = treatmentOptions[option];
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <article className="option" aria-labelledby={`option-${option}`}>
      <Heading id={`option-${option}`} className="heading-s">
        {t(`${option}.name`)}
      </Heading>
      <p>{t(`${option}.body`)}</p>
      {'drugs' in data && <DrugList choices={data.drugs} />}
      <TermLinks terms={data.terms} />
    </article>
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
