// The wizard's statechart: it only routes. Every guard is a one-line call into ./rules,
// which mirrors the routing table of the clinical map.
import { assign, setup } from 'xstate';
import type { AnswerValue, Answers, QuestionId } from './answers';
import { questionIds } from './answers';
import { canVisit, nextStep, previousStep, stepAfterAnswer, withAnswer } from './rules';
import type { StepId } from './steps';
import { outcomeIds, stepIds } from './steps';

export type WizardContext = {
  answers: Answers;
  /** True after "Change" on the summary: once nothing is missing, Continue returns to the summary. */
  changing: boolean;
};

export type WizardEvent =
  | { type: 'ANSWER'; value: AnswerValue<QuestionId> }
  | { type: 'BACK' }
  | { type: 'CONFIRM' }
  | { type: 'GO_TO'; step: StepId }
  | { type: 'CHANGE'; question: QuestionId }
  | { type: 'USE_CALCULATED'; value: 'a' | 'b' | 'c' }
  | { type: 'START_AGAIN' };

type StepParams = { step: StepId };
type AnswerParams = { question: QuestionId; step: StepId };
type BackParams = { from: StepId; step: StepId };

function answered(context: WizardContext, question: QuestionId, event: WizardEvent): Answers {
  return event.type === 'ANSWER' ? withAnswer(context.answers, question, event.value as never) : context.answers;
}

export const wizardMachine = setup({
  types: {
    context: {} as WizardContext,
    events: {} as WizardEvent,
    tags: {} as 'question' | 'outcome' | 'reference' | 'summary' | 'tool',
  },
  guards: {
    answerLeadsTo: ({ context, event }, { question, step }: AnswerParams) =>
      stepAfterAnswer(answered(context, question, event), question, context.changing) === step,
    backLeadsTo: ({ context }, { from, step }: BackParams) => previousStep(context.answers, from) === step,
    confirmLeadsTo: ({ context }, { step }: StepParams) => nextStep(context.answers, 'checkAnswers') === step,
    mayVisit: ({ context, event }, { step }: StepParams) =>
      event.type === 'GO_TO' && event.step === step && canVisit(context.answers, step),
    mayChange: ({ context, event }, { step }: StepParams) =>
      event.type === 'CHANGE' && event.question === step && canVisit(context.answers, step),
  },
  actions: {
    record: assign(({ context, event }, { question }: { question: QuestionId }) => ({
      answers: answered(context, question, event),
    })),
    recordCalculated: assign(({ context, event }) => ({
      answers: event.type === 'USE_CALCULATED' ? withAnswer(context.answers, 'liverFunction', event.value) : context.answers,
    })),
    startChanging: assign({ changing: true }),
    stopChanging: assign({ changing: false }),
    forgetAnswers: assign({ answers: {}, changing: false }),
  },
}).createMachine({
  id: 'wizard',
  context: { answers: {}, changing: false },
  initial: 'history',
  on: {
    START_AGAIN: { target: '.history', actions: 'forgetAnswers' },
    GO_TO: stepIds.map((step) => ({ guard: { type: 'mayVisit' as const, params: { step } }, target: `.${step}` })),
    CHANGE: questionIds.map((step) => ({
      guard: { type: 'mayChange' as const, params: { step } },
      target: `.${step}`,
      actions: 'startChanging' as const,
    })),
  },
  states: {
    // clinical-map: Q-history
    history: { tags: 'question', on: { ANSWER: answerTo('history', ['stage', 'recurrenceSite', 'checkAnswers']) } },
    // clinical-map: Q-stage
    stage: {
      tags: 'question',
      on: {
        ANSWER: answerTo('stage', ['liverHealth', 'liverFunction', 'spread', 'checkAnswers']),
        BACK: backTo('stage', ['history']),
      },
    },
    // clinical-map: Q-spread
    spread: {
      tags: 'question',
      on: {
        ANSWER: answerTo('spread', ['liverHealth', 'liverFunction', 'checkAnswers']),
        BACK: backTo('spread', ['stage']),
      },
    },
    // clinical-map: Q-liver
    liverHealth: {
      tags: 'question',
      on: {
        ANSWER: answerTo('liverHealth', ['barriers', 'checkAnswers']),
        BACK: backTo('liverHealth', ['stage', 'spread']),
      },
    },
    // clinical-map: Q-barriers
    barriers: {
      tags: 'question',
      on: { ANSWER: answerTo('barriers', ['checkAnswers']), BACK: backTo('barriers', ['liverHealth']) },
    },
    // clinical-map: Q-function
    liverFunction: {
      tags: 'question',
      on: {
        ANSWER: answerTo('liverFunction', ['drugLine', 'checkAnswers']),
        BACK: backTo('liverFunction', ['stage', 'spread', 'recurrenceSite', 'firstTreatment']),
      },
    },
    // clinical-map: Child-Pugh score, "work it out"
    childPughCalculator: {
      tags: 'tool',
      on: {
        USE_CALCULATED: { target: 'liverFunction', actions: 'recordCalculated' },
        BACK: backTo('childPughCalculator', ['liverFunction']),
      },
    },
    // clinical-map: Q-line
    drugLine: {
      tags: 'question',
      on: { ANSWER: answerTo('drugLine', ['checkAnswers']), BACK: backTo('drugLine', ['liverFunction']) },
    },
    // clinical-map: Q-where
    recurrenceSite: {
      tags: 'question',
      on: {
        ANSWER: answerTo('recurrenceSite', ['firstTreatment', 'liverFunction', 'checkAnswers']),
        BACK: backTo('recurrenceSite', ['history']),
      },
    },
    // clinical-map: Q-first
    firstTreatment: {
      tags: 'question',
      on: {
        ANSWER: answerTo('firstTreatment', ['liverFunction', 'checkAnswers']),
        BACK: backTo('firstTreatment', ['recurrenceSite']),
      },
    },
    checkAnswers: {
      tags: 'summary',
      entry: 'stopChanging',
      on: {
        CONFIRM: outcomeIds.map((step) => ({
          guard: { type: 'confirmLeadsTo' as const, params: { step } },
          target: step,
        })),
        BACK: backTo('checkAnswers', ['spread', 'barriers', 'liverFunction', 'drugLine', 'recurrenceSite']),
      },
    },
    resectable: outcome('resectable'),
    transplantable: outcome('transplantable'),
    unresectable: outcome('unresectable'),
    localUnknown: outcome('localUnknown'),
    advanced: outcome('advanced'),
    spreadUnknown: outcome('spreadUnknown'),
    recurrentLocal: outcome('recurrentLocal'),
    recurrentDistant: outcome('recurrentDistant'),
    recurrentUnknown: outcome('recurrentUnknown'),
    // clinical-map: "From O-unresectable: If treatment shrinks the tumor"
    downstaging: { tags: 'reference', on: { BACK: backTo('downstaging', ['unresectable']) } },
    // clinical-map: Q-history "not sure": "if this is a recurrence, the options differ"
    ifRecurrent: {
      tags: 'reference',
      on: {
        BACK: backTo('ifRecurrent', [
          'resectable',
          'transplantable',
          'unresectable',
          'localUnknown',
          'advanced',
          'spreadUnknown',
        ]),
      },
    },
  },
});

function answerTo(question: QuestionId, steps: StepId[]) {
  return steps.map((step) => ({
    guard: { type: 'answerLeadsTo' as const, params: { question, step } },
    target: step,
    actions: { type: 'record' as const, params: { question } },
  }));
}

function backTo(from: StepId, steps: StepId[]) {
  return steps.map((step) => ({ guard: { type: 'backLeadsTo' as const, params: { from, step } }, target: step }));
}

function outcome(from: StepId) {
  return { tags: 'outcome' as const, on: { BACK: backTo(from, ['checkAnswers']) } };
}
