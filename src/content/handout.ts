// The handout: one outcome page made brief for paper. It is derived from outcomeView, so it can
// never show an option, a note or a source the page does not: the options in brief (what each
// aims to do), the possible harms of each kind of treatment once, the questions to ask (with one
// for every "I'm not sure" answer), and the source sections with the approvals since.
import type { Answers, QuestionId } from '../flow/answers';
import { answeredQuestions } from '../flow/rules';
import type { OutcomeId } from '../flow/steps';
import { treatmentOptions, type OptionId } from './options';
import { mainOptions, outcomeView, type AskId, type OutcomeView } from './outcomes';
import { treatmentKindIds, type TreatmentKindId } from './treatments';

/** The question to ask for each question answered "I'm not sure". */
export const notSureAsk: { readonly [Q in QuestionId]: AskId } = {
  origin: 'decideOrigin',
  history: 'decideHistory',
  stage: 'decideStage',
  spread: 'decideSpread',
  liverHealth: 'decideLiverHealth',
  barriers: 'decideBarriers',
  liverFunction: 'advancedChildPugh',
  drugLine: 'advancedWhichDrugs',
  recurrenceSite: 'decideRecurrenceSite',
  firstTreatment: 'decideFirstTreatment',
};

const notSureChoices = new Set(['notSure', 'otherOrNotSure']);

/** The questions the person answered "I'm not sure" (for the barriers: among their choices). */
export function notSureAnswers(a: Answers): QuestionId[] {
  return answeredQuestions(a).filter((question) => {
    const value = a[question];
    return (Array.isArray(value) ? value : [value]).some((choice) => notSureChoices.has(choice as string));
  });
}

/** The options of one group, in brief: for a "not sure" page, one block per group still possible. */
export type HandoutBlock = { outcome?: OutcomeId; options: readonly OptionId[] };

export type HandoutView = Pick<OutcomeView, 'group' | 'meaning' | 'deciding' | 'sources' | 'sinceSource'> & {
  blocks: readonly HandoutBlock[];
  /** Each kind of treatment among the options, once, for "possible harms in brief". */
  kinds: readonly TreatmentKindId[];
  ask: readonly AskId[];
};

export function handoutView(outcome: OutcomeId, a: Answers): HandoutView {
  const view = outcomeView(outcome, a);
  const blocks: HandoutBlock[] = view.possible
    ? view.possible.map((possible) => ({ outcome: possible, options: mainOptions[possible] }))
    : [{ options: view.sections.flatMap((section) => section.options) }];
  const shown = new Set(blocks.flatMap((block) => block.options));
  const kinds = treatmentKindIds.filter((kind) => [...shown].some((option) => (treatmentOptions[option].kinds as readonly TreatmentKindId[]).includes(kind)));
  const fromNotSure = notSureAnswers(a).map((question) => notSureAsk[question]);
  return {
    group: view.group,
    meaning: view.meaning,
    deciding: view.deciding,
    sources: view.sources,
    sinceSource: view.sinceSource,
    blocks,
    kinds,
    ask: [...new Set([...view.ask, ...fromNotSure])],
  };
}
