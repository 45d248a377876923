// The wizard's statechart: it only routes. Every guard is a one-line call into ./rules,
// which mirrors the routing table of the clinical map.
import { assign, setup } from 'xstate';
import type { AnswerValue, Answers, QuestionId } from './answers';
import { questionIds } from './answers';
import { canVisit, nextStep, previousStep, stepAfterAnswer, withAnswer } from './rules';
import type { StepId } from './steps';
import { outcomeIds, stepIds } from './steps';
import { isValues, noValues, type Values } from './values';

export type WizardContext = {
  answers: Answers;
  /** True after "Change" on the summary: once nothing is missing, Continue returns to the summary. */
  changing: boolean;
  /** True after "Change" on a result: once nothing is missing, the summary is passed straight through to the result. */
  toResult: boolean;
  /** What matters to the person: no guard reads it. */
  values: Values;
};

export type WizardEvent =
  | { type: 'ANSWER'; value: AnswerValue<QuestionId> }
  | { type: 'BACK' }
  /** The main button of a page that asks nothing: the start page, the stage III check, the summary. */
  | { type: 'CONTINUE' }
  | { type: 'GO_TO'; step: StepId }
  /** From the summary; or from a result (toResult), which the new answer then leads straight back to. */
  | { type: 'CHANGE'; question: QuestionId; toResult?: boolean }
  | { type: 'USE_CALCULATED'; value: 'a' | 'b' | 'c' }
  /** What matters to the person, kept as they rate it (a malformed value is ignored). */
  | { type: 'SET_VALUES'; values: Values }
  | { type: 'START_AGAIN' };

type StepParams = { step: StepId };
type AnswerParams = { question: QuestionId; step: StepId };
type FromParams = { from: StepId; step: StepId };

function answered(context: WizardContext, question: QuestionId, event: WizardEvent): Answers {
  return event.type === 'ANSWER' ? withAnswer(context.answers, question, event.value as never) : context.answers;
}

/**
 * Builds the chart. Called once for the app (`wizardMachine`) and inside the chart tests, so that a
 * deliberate bug in a target (npm run mutate) is built into the chart the test runs.
 */
export function createWizardMachine() {
  return setup({
    types: {
      context: {} as WizardContext,
      events: {} as WizardEvent,
      tags: {} as 'start' | 'question' | 'interruption' | 'outcome' | 'exit' | 'reference' | 'summary' | 'tool' | 'values',
    },
    guards: {
      answerLeadsTo: ({ context, event }, { question, step }: AnswerParams) =>
        stepAfterAnswer(answered(context, question, event), question, context.changing) === step,
      backLeadsTo: ({ context }, { from, step }: FromParams) =>
        previousStep(context.answers, from, context.changing) === step,
      continueLeadsTo: ({ context }, { from, step }: FromParams) => nextStep(context.answers, from) === step,
      returnsToResult: ({ context }, { from, step }: FromParams) => context.toResult && nextStep(context.answers, from) === step,
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
      recordValues: assign(({ context, event }) => ({
        values: event.type === 'SET_VALUES' && isValues(event.values) ? event.values : context.values,
      })),
      startChanging: assign(({ event }) => ({ changing: true, toResult: event.type === 'CHANGE' && event.toResult === true })),
      stopChanging: assign({ changing: false }),
      stopReturning: assign({ toResult: false }),
      forgetAnswers: assign({ answers: {}, changing: false, toResult: false, values: noValues }),
    },
  }).createMachine({
    id: 'wizard',
    context: { answers: {}, changing: false, toResult: false, values: noValues },
    initial: 'start',
    on: {
      START_AGAIN: { target: '.start', actions: 'forgetAnswers' },
      SET_VALUES: { actions: 'recordValues' },
      GO_TO: stepIds.map((step) => ({ guard: { type: 'mayVisit' as const, params: { step } }, target: `.${step}` })),
      CHANGE: questionIds.map((step) => ({
        guard: { type: 'mayChange' as const, params: { step } },
        target: `.${step}`,
        actions: 'startChanging' as const,
      })),
    },
    states: {
      start: {
        description: 'Start page, before Q-origin: who the guide is for',
        tags: 'start',
        on: { CONTINUE: continueTo('start', ['origin']) },
      },
      origin: {
        description: 'Question Q-origin: did the cancer start in the liver?',
        tags: 'question',
        on: {
          ANSWER: answerTo('origin', ['history', 'notCovered', 'checkAnswers', 'stageCheck']),
          BACK: backTo('origin', ['start', 'checkAnswers']),
        },
      },
      history: {
        description: 'Question Q-history: first treatment, or has it come back?',
        tags: 'question',
        on: {
          ANSWER: answerTo('history', ['stage', 'recurrenceSite', 'checkAnswers', 'stageCheck']),
          BACK: backTo('history', ['origin', 'checkAnswers']),
        },
      },
      stage: {
        description: 'Question Q-stage: the stage, for those who know it',
        tags: 'question',
        on: {
          ANSWER: answerTo('stage', ['liverHealth', 'liverFunction', 'spread', 'checkAnswers', 'stageCheck']),
          BACK: backTo('stage', ['history', 'checkAnswers']),
        },
      },
      spread: {
        description: 'Question Q-spread: spread to lymph nodes or other organs?',
        tags: 'question',
        on: {
          ANSWER: answerTo('spread', ['liverHealth', 'liverFunction', 'checkAnswers']),
          BACK: backTo('spread', ['stage', 'checkAnswers']),
        },
      },
      liverHealth: {
        description: 'Question Q-liver: is the rest of the liver healthy?',
        tags: 'question',
        on: {
          ANSWER: answerTo('liverHealth', ['barriers', 'checkAnswers', 'stageCheck']),
          BACK: backTo('liverHealth', ['stage', 'spread', 'checkAnswers']),
        },
      },
      barriers: {
        description: 'Question Q-barriers: what the care team has said rules out surgery',
        tags: 'question',
        on: {
          ANSWER: answerTo('barriers', ['checkAnswers', 'stageCheck']),
          BACK: backTo('barriers', ['liverHealth', 'checkAnswers']),
        },
      },
      stageCheck: {
        description: 'Stage III check: an interruption before the summary when stage III meets a surgical group',
        tags: 'interruption',
        on: {
          CONTINUE: continueTo('stageCheck', ['checkAnswers']),
          BACK: backTo('stageCheck', ['barriers', 'checkAnswers']),
        },
      },
      liverFunction: {
        description: 'Question Q-function: Child-Pugh class',
        tags: 'question',
        on: {
          ANSWER: answerTo('liverFunction', ['drugLine', 'checkAnswers']),
          BACK: backTo('liverFunction', ['stage', 'spread', 'recurrenceSite', 'firstTreatment', 'checkAnswers']),
        },
      },
      childPughCalculator: {
        description: 'Child-Pugh calculator: Q-function "work it out"',
        tags: 'tool',
        on: {
          USE_CALCULATED: { target: 'liverFunction', actions: 'recordCalculated' },
          BACK: backTo('childPughCalculator', ['liverFunction']),
        },
      },
      drugLine: {
        description: 'Question Q-line: has a first drug treatment stopped working?',
        tags: 'question',
        on: {
          ANSWER: answerTo('drugLine', ['checkAnswers']),
          BACK: backTo('drugLine', ['liverFunction', 'checkAnswers']),
        },
      },
      recurrenceSite: {
        description: 'Question Q-where: where has it come back?',
        tags: 'question',
        on: {
          ANSWER: answerTo('recurrenceSite', ['firstTreatment', 'liverFunction', 'checkAnswers']),
          BACK: backTo('recurrenceSite', ['history', 'checkAnswers']),
        },
      },
      firstTreatment: {
        description: 'Question Q-first: what was the first treatment?',
        tags: 'question',
        on: {
          ANSWER: answerTo('firstTreatment', ['liverFunction', 'checkAnswers']),
          BACK: backTo('firstTreatment', ['recurrenceSite', 'checkAnswers']),
        },
      },
      checkAnswers: {
        description: 'Check your answers: the summary before every outcome',
        tags: 'summary',
        entry: 'stopChanging',
        // After "Change" on a result: straight on to the result the answers now lead to.
        always: outcomeIds.map((step) => ({
          guard: { type: 'returnsToResult' as const, params: { from: 'checkAnswers' as const, step } },
          target: step,
        })),
        on: {
          CONTINUE: continueTo('checkAnswers', outcomeIds),
          BACK: backTo('checkAnswers', ['spread', 'barriers', 'stageCheck', 'liverFunction', 'drugLine', 'recurrenceSite']),
        },
      },
      resectable: outcome('resectable', 'Outcome O-resectable: potentially resectable'),
      transplantable: outcome('transplantable', 'Outcome O-transplantable: potentially transplantable'),
      unresectable: outcome('unresectable', 'Outcome O-unresectable: not spread, cannot be removed safely'),
      localUnknown: outcome('localUnknown', 'Outcome O-local-unknown: the local groups still possible'),
      advanced: outcome('advanced', 'Outcome O-advanced: spread to lymph nodes or other organs'),
      spreadUnknown: outcome('spreadUnknown', 'Outcome O-spread-unknown: spread not known'),
      recurrentLocal: outcome('recurrentLocal', 'Outcome O-recurrent-local: come back in the liver'),
      recurrentDistant: outcome('recurrentDistant', 'Outcome O-recurrent-distant: come back elsewhere'),
      recurrentUnknown: outcome('recurrentUnknown', 'Outcome O-recurrent-unknown: where it came back not known'),
      notCovered: {
        description: 'Outcome O-not-covered: exit page for cancer that started elsewhere (no options)',
        tags: 'exit',
        on: { BACK: backTo('notCovered', ['origin']) },
      },
      downstaging: {
        description: 'Reference from O-unresectable: if treatment shrinks the tumor',
        tags: 'reference',
        on: { BACK: backTo('downstaging', ['unresectable']) },
      },
      ifRecurrent: {
        description: 'Reference for Q-history "not sure": if the cancer has come back',
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
      values: {
        description: 'What matters to you: optional, offered from every outcome; it changes no option',
        tags: 'values',
        on: { BACK: backTo('values', [...outcomeIds]) },
      },
    },
  });
}

export const wizardMachine = createWizardMachine();

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

function outcome(from: StepId, description: string) {
  return { description, tags: 'outcome' as const, entry: 'stopReturning' as const, on: { BACK: backTo(from, ['checkAnswers']) } };
}
