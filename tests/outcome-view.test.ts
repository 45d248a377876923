// The parts of outcomeView that the screens only render: the options at a glance with their
// anchors, the groups of one outcome each (for the overview), and the patient-information pages.
import { describe, expect, it } from 'vitest';
import type { Answers } from '../src/flow/answers';
import { groupAnchor, groupOptionsAnchor, informationOf, optionAnchor, outcomeView, singleGroupOutcomes } from '../src/content/outcomes';
import { treatmentOptions } from '../src/content/options';
import { treatmentKinds } from '../src/content/treatments';

const advanced: Answers = { origin: 'yes', history: 'first', stage: 'four', liverFunction: 'a', drugLine: 'no' };
const resectable: Answers = { origin: 'yes', history: 'first', stage: 'early', liverHealth: 'healthy', barriers: ['none'] };
const unsure: Answers = { origin: 'yes', history: 'first', stage: 'notSure', spread: 'notSure' };

describe('an outcome page, as data', () => {
  it('names each anchor after its place, so links and targets cannot drift apart', () => {
    expect(optionAnchor('usuallyFirst', 'sorafenibOrLenvatinib')).toBe('option-usuallyFirst-sorafenibOrLenvatinib');
    expect(groupAnchor('advanced')).toBe('group-advanced');
    expect(groupOptionsAnchor('advanced')).toBe('group-options-advanced');
  });

  it('lists the options at a glance by section when the page has several sections', () => {
    const view = outcomeView('advanced', advanced);
    expect(view.glance).toEqual(
      view.sections.map((section) => ({ section: section.id, items: section.options.map((option) => ({ anchor: optionAnchor(section.id, option), option })) })),
    );
    expect(view.glance.length).toBeGreaterThan(1);
  });

  it('lists them with no section heading when the page has one section', () => {
    const view = outcomeView('resectable', resectable);
    expect(view.sections).toHaveLength(1);
    expect(view.glance).toEqual([{ items: view.sections[0]!.options.map((option) => ({ anchor: optionAnchor(view.sections[0]!.id, option), option })) }]);
  });

  it('lists the possible groups at a glance on a "not sure" page', () => {
    const view = outcomeView('spreadUnknown', unsure);
    expect(view.glance).toEqual([{ items: view.possible!.map((outcome) => ({ anchor: groupAnchor(outcome), outcome })) }]);
  });

  it('has six outcomes of one group each, for the overview', () => {
    expect(singleGroupOutcomes).toEqual(['resectable', 'transplantable', 'unresectable', 'advanced', 'recurrentLocal', 'recurrentDistant']);
  });

  it('cites exactly the patient-information pages of the kinds of treatment shown, in the records\' order', () => {
    const shown = ['partialHepatectomy', 'symptomRelief'] as const;
    const expected = new Set(shown.flatMap((option) => treatmentOptions[option].kinds.flatMap((kind) => treatmentKinds[kind].sources)));
    const cited = informationOf(shown);
    expect(new Set(cited)).toEqual(expected);
    expect(cited.length).toBe(expected.size);
    expect(informationOf([])).toEqual([]);
  });
});
