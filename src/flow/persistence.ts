// What is kept in sessionStorage: only a versioned list of answers. It is validated when read,
// and replayed through the machine (./replay) so the guards run again; anything invalid is dropped.
// Why sessionStorage: docs/adr/001-answers-in-session-storage.md
import type { AnswerValue, Answers, QuestionId } from './answers';
import { isValidAnswer, questionIds } from './answers';
import { routeOf } from './rules';

import { storage } from '../facts.mjs';

export const storageKey = storage.answersKey;
/** The stored format's version (src/facts.mjs says what changed in each). */
export const schemaVersion = storage.schemaVersion;

type StoredAnswers = { schemaVersion: typeof schemaVersion; answers: [QuestionId, AnswerValue<QuestionId>][] };

export function serializeAnswers(answers: Answers): string {
  const list = routeOf(answers)
    .questions.filter((q) => answers[q] !== undefined)
    .map((q) => [q, answers[q]] as [QuestionId, AnswerValue<QuestionId>]);
  const stored: StoredAnswers = { schemaVersion, answers: list };
  return JSON.stringify(stored);
}

export type ReadResult = { answers: Answers; rejected: boolean };

/** Reads stored answers. Anything not exactly as this version writes it is rejected whole. */
export function parseStoredAnswers(raw: string | null): ReadResult {
  if (raw === null) return { answers: {}, rejected: false };
  const rejected = { answers: {}, rejected: true };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return rejected;
  }
  if (!isRecord(data) || data.schemaVersion !== schemaVersion || !Array.isArray(data.answers)) return rejected;
  if (Object.keys(data).some((key) => key !== 'schemaVersion' && key !== 'answers')) return rejected;
  const answers: Record<string, unknown> = {};
  for (const entry of data.answers) {
    if (!Array.isArray(entry) || entry.length !== 2) return rejected;
    const [question, value] = entry as [unknown, unknown];
    if (typeof question !== 'string' || !(questionIds as readonly string[]).includes(question)) return rejected;
    if (question in answers || !isValidAnswer(question as QuestionId, value)) return rejected;
    answers[question] = value;
  }
  return { answers: answers as Answers, rejected: false };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
