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
  /** The main button of a page that asks nothing: the start page, the stage III check, the summary. */
  | { type: 'CONTINUE' }
  | { type: 'GO_TO'; step: StepId }
  | { type: 'CHANGE'; question: QuestionId }
  | { type: 'USE_CALCULATED'; value: 'a' | 'b' | 'c' }
  | { type: 'START_AGAIN' };

type StepParams = { step: StepId };
type AnswerParams = { question: QuestionId; step: StepId };
type FromParams = { from: StepId; step: StepId };

function answered(context: WizardContext, question: QuestionId, event: WizardEvent): Answers {
  return event.type === 'ANSWER' ? withAnswer(context.answers, question, event.value as never) : context.answers;
}

export const wizardMachine = setup({
  types: {
    context: {} as WizardContext,
    events: {} as WizardEvent,
    tags: {} as 'start' | 'question' | 'interruption' | 'outcome' | 'exit' | 'reference' | 'summary' | 'tool',
  },
  guards: {
    answerLeadsTo: ({ context, event }, { question, step }: AnswerParams) =>
      stepAfterAnswer(answered(context, question, event), question, context.changing) === step,
    backLeadsTo: ({ context }, { from, step }: FromParams) =>
      previousStep(context.answers, from, context.changing) === step,
    continueLeadsTo: ({ context }, { from, step }: FromParams) => nextStep(context.answers, from) === step,
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
  initial: 'start',
  on: {
    START_AGAIN: { target: '.start', actions: 'forgetAnswers' },
    GO_TO: stepIds.map((step) => ({ guard: { type: 'mayVisit' as const, params: { step } }, target: `.${step}` })),
    CHANGE: questionIds.map((step) => ({
      guard: { type: 'mayChange' as const, params: { step } },
      target: `.${step}`,
      actions: 'startChanging' as const,
    })),
  },
  states: {
    // clinical-map: Routing, "Before Q-origin: a start page"
    start: { tags: 'start', on: { CONTINUE: continueTo('start', ['origin']) } },
    // clinical-map: Q-origin
    origin: {
      tags: 'question',
      on: {
        ANSWER: answerTo('origin', ['history', 'notCovered', 'checkAnswers', 'stageCheck']),
        BACK: backTo('origin', ['start', 'checkAnswers']),
      },
    },
    // clinical-map: Q-history
    history: {
      tags: 'question',
      on: {
        ANSWER: answerTo('history', ['stage', 'recurrenceSite', 'checkAnswers', 'stageCheck']),
        BACK: backTo('history', ['origin', 'checkAnswers']),
      },
    },
    // clinical-map: Q-stage
    stage: {
      tags: 'question',
      on: {
        ANSWER: answerTo('stage', ['liverHealth', 'liverFunction', 'spread', 'checkAnswers', 'stageCheck']),
        BACK: backTo('stage', ['history', 'checkAnswers']),
      },
    },
    // clinical-map: Q-spread
    spread: {
      tags: 'question',
      on: {
        ANSWER: answerTo('spread', ['liverHealth', 'liverFunction', 'checkAnswers']),
        BACK: backTo('spread', ['stage', 'checkAnswers']),
      },
    },
    // clinical-map: Q-liver
    liverHealth: {
      tags: 'question',
      on: {
        ANSWER: answerTo('liverHealth', ['barriers', 'checkAnswers', 'stageCheck']),
        BACK: backTo('liverHealth', ['stage', 'spread', 'checkAnswers']),
      },
    },
    // clinical-map: Q-barriers
    barriers: {
      tags: 'question',
      on: {
        ANSWER: answerTo('barriers', ['checkAnswers', 'stageCheck']),
        BACK: backTo('barriers', ['liverHealth', 'checkAnswers']),
      },
    },
    // clinical-map: Routing, "Stage III with barriers none": an interruption page before the summary
    stageCheck: {
      tags: 'interruption',
      on: {
        CONTINUE: continueTo('stageCheck', ['checkAnswers']),
        BACK: backTo('stageCheck', ['barriers', 'checkAnswers']),
      },
    },
    // clinical-map: Q-function
    liverFunction: {
      tags: 'question',
      on: {
        ANSWER: answerTo('liverFunction', ['drugLine', 'checkAnswers']),
        BACK: backTo('liverFunction', ['stage', 'spread', 'recurrenceSite', 'firstTreatment', 'checkAnswers']),
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
      on: {
        ANSWER: answerTo('drugLine', ['checkAnswers']),
        BACK: backTo('drugLine', ['liverFunction', 'checkAnswers']),
      },
    },
    // clinical-map: Q-where
    recurrenceSite: {
      tags: 'question',
      on: {
        ANSWER: answerTo('recurrenceSite', ['firstTreatment', 'liverFunction', 'checkAnswers']),
        BACK: backTo('recurrenceSite', ['history', 'checkAnswers']),
      },
    },
    // clinical-map: Q-first
    firstTreatment: {
      tags: 'question',
      on: {
        ANSWER: answerTo('firstTreatment', ['liverFunction', 'checkAnswers']),
        BACK: backTo('firstTreatment', ['recurrenceSite', 'checkAnswers']),
      },
    },
    checkAnswers: {
      tags: 'summary',
      entry: 'stopChanging',
      on: {
        CONTINUE: continueTo('checkAnswers', outcomeIds),
        BACK: backTo('checkAnswers', ['spread', 'barriers', 'stageCheck', 'liverFunction', 'drugLine', 'recurrenceSite']),
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
    // clinical-map: Q-origin "no": an exit page that shows no options
    notCovered: { tags: 'exit', on: { BACK: backTo('notCovered', ['origin']) } },
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

function continueTo(from: StepId, steps: readonly StepId[]) {
  return steps.map((step) => ({ guard: { type: 'continueLeadsTo' as const, params: { from, step } }, target: step }));
}

function backTo(from: StepId, steps: StepId[]) {
  return steps.map((step) => ({ guard: { type: 'backLeadsTo' as const, params: { from, step } }, target: step }));
}

function outcome(from: StepId) {
  return { tags: 'outcome' as const, on: { BACK: backTo(from, ['checkAnswers']) } };
}
