// Clinical content as data, checked against the clinical map and the sources it names (written
// from them, not read from the code): the drugs, how each question is asked, the records cited.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { drugs } from '../src/content/drugs';
import { calculatorTerms, termIds } from '../src/content/glossary';
import { treatmentOptions } from '../src/content/options';
import { questionPresentation, selectChoice } from '../src/content/questions';
import { approvalsSince, sourceDocument } from '../src/content/sources';

describe('drugs, generic name and brand, as the sources name them', () => {
  it.each([
    ['atezolizumab', 'Tecentriq'], ['bevacizumab', 'Avastin'], ['sorafenib', 'Nexavar'], ['lenvatinib', 'Lenvima'],
    ['regorafenib', 'Stivarga'], ['cabozantinib', 'Cabometyx'], ['ramucirumab', 'Cyramza'], ['pembrolizumab', 'Keytruda'],
    ['nivolumab', 'Opdivo'], ['ipilimumab', 'Yervoy'], ['durvalumab', 'Imfinzi'], ['tremelimumab', 'Imjudo'],
  ])('%s (%s)', (generic, brand) => {
    expect(drugs[generic as keyof typeof drugs]).toEqual({ generic, brand });
  });

  it('names no other drug', () => {
    expect(Object.keys(drugs)).toHaveLength(12);
  });
});

describe('the drugs of each drug option, one choice per entry (clinical-map: O-advanced)', () => {
  it.each([
    ['atezolizumabBevacizumab', [['atezolizumab', 'bevacizumab']]],
    ['sorafenibOrLenvatinib', [['sorafenib'], ['lenvatinib']]],
    ['laterTargetedDrugs', [['regorafenib'], ['cabozantinib'], ['ramucirumab']]],
    ['laterImmunotherapy', [['pembrolizumab'], ['nivolumab', 'ipilimumab']]],
  ])('%s', (option, choices) => {
    expect((treatmentOptions[option as keyof typeof treatmentOptions] as { drugs?: unknown }).drugs).toEqual(choices);
  });

  it('every other option names no drug', () => {
    expect(Object.entries(treatmentOptions).filter(([, option]) => 'drugs' in option).map(([id]) => id)).toHaveLength(4);
  });

  it.each([
    ['targetedTherapy'], ['immunotherapy'], ['chemotherapy'], ['atezolizumabBevacizumab'], ['sorafenibOrLenvatinib'],
    ['laterTargetedDrugs'], ['laterImmunotherapy'], ['drugTreatment'],
  ])('%s is a drug treatment (a page showing it also shows the FDA approvals since)', (option) => {
    expect('drugTreatment' in treatmentOptions[option as keyof typeof treatmentOptions]).toBe(true);
  });

  it('no other option is a drug treatment', () => {
    expect(Object.values(treatmentOptions).filter((option) => 'drugTreatment' in option)).toHaveLength(8);
  });
});

describe('how each question is asked (clinical-map: Questions)', () => {
  it.each([
    ['origin', 'radio', 'intro'],
    ['history', 'radio', 'recurrent'],
    ['stage', 'radio', 'ajccStaging'],
    ['spread', 'radio', 'advanced'],
    ['liverHealth', 'radio', 'resectable'],
    ['barriers', 'checkbox', 'unresectable'],
    ['liverFunction', 'radio', 'childPugh'],
    ['drugLine', 'radio', 'advanced'],
    ['recurrenceSite', 'radio', 'recurrent'],
    ['firstTreatment', 'radio', 'recurrent'],
  ])('%s: %s, based on %s', (question, kind, basis) => {
    expect(questionPresentation[question as keyof typeof questionPresentation]).toMatchObject({ kind, basis });
  });

  it('only Q-function offers the Child-Pugh calculator, and only Q-barriers has exclusive choices', () => {
    const tools = Object.entries(questionPresentation).filter(([, p]) => 'tool' in p).map(([q, p]) => [q, (p as { tool: string }).tool]);
    expect(tools).toEqual([['liverFunction', 'childPughCalculator']]);
    expect(Object.entries(questionPresentation).filter(([, p]) => 'exclusive' in p).map(([q]) => q)).toEqual(['barriers']);
  });

  it.each<[string, string[], string, boolean, string[]]>([
    ['a radio replaces the choice', ['yes'], 'no', true, ['no']],
    ['a barrier is added to the others', ['tooLarge'], 'several', true, ['tooLarge', 'several']],
    ['"None of these" stands alone', ['tooLarge', 'several'], 'none', true, ['none']],
    ['"I\'m not sure" stands alone', ['none'], 'notSure', true, ['notSure']],
    ['a barrier clears "None of these"', ['none'], 'unfit', true, ['unfit']],
    ['unticking removes only that choice', ['tooLarge', 'several'], 'tooLarge', false, ['several']],
  ])('choosing: %s', (_name, selected, choice, checked, expected) => {
    const question = selected[0] === 'yes' ? 'origin' : 'barriers';
    expect(selectChoice(question, selected, choice, checked)).toEqual(expected);
  });
});

describe('glossary terms', () => {
  const glossary = JSON.parse(readFileSync('locales/en/glossary.json', 'utf8')) as Record<string, { term: string; definition: string }>;

  it('every term has its words, and every entry of the words is a term', () => {
    expect(Object.keys(glossary).sort()).toEqual([...termIds].sort());
  });

  it('every term is explained somewhere: by an option, a question or the calculator', () => {
    const used = new Set([
      ...Object.values(treatmentOptions).flatMap((option) => option.terms),
      ...Object.values(questionPresentation).flatMap((question) => question.terms),
      ...calculatorTerms,
    ]);
    expect(termIds.filter((term) => !used.has(term))).toEqual([]);
  });
});

describe('the records cited', () => {
  it('the American Cancer Society page, last revised 2021-07-27', () => {
    expect(sourceDocument).toMatchObject({
      publisher: 'American Cancer Society',
      title: 'Treatment of Liver Cancer, by Stage',
      url: 'https://www.cancer.org/cancer/types/liver-cancer/treating/by-stage.html',
      date: '2021-07-27',
    });
  });

  it('the two FDA approval announcements, with their titles and addresses', () => {
    expect(approvalsSince.map(({ id, title, url }) => ({ id, title, url }))).toEqual([
      {
        id: 'durvalumabTremelimumab',
        title: 'FDA approves tremelimumab in combination with durvalumab for unresectable hepatocellular carcinoma',
        url: 'https://www.fda.gov/drugs/resources-information-approved-drugs/fda-approves-tremelimumab-combination-durvalumab-unresectable-hepatocellular-carcinoma',
      },
      {
        id: 'nivolumabIpilimumab',
        title: 'FDA approves nivolumab with ipilimumab for unresectable or metastatic hepatocellular carcinoma',
        url: 'https://www.fda.gov/drugs/resources-information-approved-drugs/fda-approves-nivolumab-ipilimumab-unresectable-or-metastatic-hepatocellular-carcinoma',
      },
    ]);
  });
});
