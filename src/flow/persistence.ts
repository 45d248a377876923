// What is kept in sessionStorage: a versioned list of answers and what matters to the person. It
// is validated when read and the answers are replayed through the machine (./replay) so the guards
// run again; anything not exactly as a known version writes it is rejected whole.
// Why sessionStorage: docs/adr/001-answers-in-session-storage.md
import type { AnswerValue, Answers, QuestionId } from './answers';
import { isValidAnswer, questionIds } from './answers';
import { routeOf } from './rules';
import { isImportance, isValueId, noValues, otherMaxLength, type Importance, type ValueId, type Values } from './values';

import { storage } from '../facts.mjs';

export const storageKey = storage.answersKey;
/** The stored format's version (src/facts.mjs says what changed in each). */
export const schemaVersion = storage.schemaVersion;

type StoredValues = { ratings: [ValueId, Importance][]; other: string };
type Stored = { schemaVersion: typeof schemaVersion; answers: [QuestionId, AnswerValue<QuestionId>][]; values: StoredValues };

export type Kept = { answers: Answers; values: Values };

export function serializeAnswers(answers: Answers, values: Values = noValues): string {
  const list = routeOf(answers)
    .questions.filter((q) => answers[q] !== undefined)
    .map((q) => [q, answers[q]] as [QuestionId, AnswerValue<QuestionId>]);
  const ratings = Object.entries(values.ratings) as [ValueId, Importance][];
  const stored: Stored = { schemaVersion, answers: list, values: { ratings, other: values.other } };
  return JSON.stringify(stored);
}

export type ReadResult = Kept & { rejected: boolean };

/**
 * Reads what was kept. Version 2 (answers only) is read as answers with nothing said about what
 * matters; anything else not exactly as this version writes it is rejected whole.
 */
export function parseStoredAnswers(raw: string | null): ReadResult {
  const nothing = { answers: {}, values: noValues };
  if (raw === null) return { ...nothing, rejected: false };
  const rejected = { ...nothing, rejected: true };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return rejected;
  }
  if (!isRecord(data)) return rejected;
  const keys = data.schemaVersion === 2 ? ['schemaVersion', 'answers'] : ['schemaVersion', 'answers', 'values'];
  if (data.schemaVersion !== 2 && data.schemaVersion !== schemaVersion) return rejected;
  if (Object.keys(data).sort().join() !== [...keys].sort().join()) return rejected;
  const answers = readAnswers(data.answers);
  const values = data.schemaVersion === 2 ? noValues : readValues(data.values);
  if (!answers || !values) return rejected;
  return { answers, values, rejected: false };
}

function readAnswers(list: unknown): Answers | undefined {
  if (!Array.isArray(list)) return undefined;
  const answers: Record<string, unknown> = {};
  for (const entry of list) {
    if (!Array.isArray(entry) || entry.length !== 2) return undefined;
    const [question, value] = entry as [unknown, unknown];
    if (typeof question !== 'string' || !(questionIds as readonly string[]).includes(question)) return undefined;
    if (question in answers || !isValidAnswer(question as QuestionId, value)) return undefined;
    answers[question] = value;
  }
  return answers as Answers;
}

function readValues(stored: unknown): Values | undefined {
  if (!isRecord(stored) || Object.keys(stored).sort().join() !== 'other,ratings') return undefined;
  const { ratings, other } = stored;
  if (typeof other !== 'string' || other.length > otherMaxLength || !Array.isArray(ratings)) return undefined;
  const read: Partial<Record<ValueId, Importance>> = {};
  for (const entry of ratings) {
    if (!Array.isArray(entry) || entry.length !== 2) return undefined;
    const [id, level] = entry as [unknown, unknown];
    if (!isValueId(id) || id in read || !isImportance(level)) return undefined;
    read[id] = level;
  }
  return { ratings: read, other };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
