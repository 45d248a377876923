import { useTranslation } from 'react-i18next';
import { drugs } from '../content/drugs';
import { treatmentOptions, type DrugChoices, type OptionId } from '../content/options';
import { TermLinks } from './Glossary';

/** One treatment option: its name, its plain explanation, and links to the words it uses. */
export function OptionCard({ option, headingLevel = 3 }: { option: OptionId; headingLevel?: 3 | 4 }) {
  const { t } = useTranslation('options');
  const formatDrugs = useDrugList();
  const data = treatmentOptions[option];
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <article className="option" aria-labelledby={`option-${option}`}>
      <Heading id={`option-${option}`} className="heading-s">
        {t(`${option}.name`)}
      </Heading>
      <p>{t(`${option}.body`, { drugs: 'drugs' in data ? formatDrugs(data.drugs) : '' })}</p>
      <TermLinks terms={data.terms} />
    </article>
  );
}

/** Drug names, generic first with the brand in brackets, joined in the reader's language. */
export function useDrugList() {
  const { t, i18n } = useTranslation();
  return (choices: DrugChoices): string => {
    const named = choices.map((combination) => {
      const names = combination.map((id) => t('drugs.brandPattern', drugs[id]));
      const together = new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(names);
      // Among alternatives, a combination says it is given together; alone, the option's own words say so.
      return names.length > 1 && choices.length > 1 ? t('drugs.together', { drugs: together }) : together;
    });
    return new Intl.ListFormat(i18n.language, { type: 'disjunction' }).format(named);
  };
}
