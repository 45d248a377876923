// What matters to the person (values clarification, IPDAS): how important each of a few things is
// to them, and anything else in their own words. No rule reads it: it never changes, filters or
// ranks the options. It is kept with the answers (./persistence) and shown beside the options.

export const valueIds = [
  'liveLonger',
  'avoidSideEffects',
  'lessTimeInHospital',
  'dailyLife',
  'closeToHome',
  'tryNewTreatment',
] as const;
export type ValueId = (typeof valueIds)[number];

export const importanceLevels = ['notImportant', 'somewhat', 'very'] as const;
export type Importance = (typeof importanceLevels)[number];

export type Values = { ratings: Partial<Record<ValueId, Importance>>; other: string };

export const noValues: Values = { ratings: {}, other: '' };

/** The longest "anything else" kept: enough for a few sentences, never a document. */
export const otherMaxLength = 1000;

export function isImportance(value: unknown): value is Importance {
  return (importanceLevels as readonly unknown[]).includes(value);
}

export function isValueId(value: unknown): value is ValueId {
  return (valueIds as readonly unknown[]).includes(value);
}

/** Whether the person has said anything about what matters to them. */
export function hasValues(values: Values): boolean {
  return Object.keys(values.ratings).length > 0 || values.other.trim() !== '';
}

/** The statements rated, grouped by level, most important first (levels with none left out). */
export function byImportance(values: Values): { level: Importance; ids: ValueId[] }[] {
  return [...importanceLevels]
    .reverse()
    .map((level) => ({ level, ids: valueIds.filter((id) => values.ratings[id] === level) }))
    .filter(({ ids }) => ids.length > 0);
}

/** Exactly the shape this version keeps: known statements, known levels, text within its length. */
export function isValues(value: unknown): value is Values {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { ratings, other, ...rest } = value as Record<string, unknown>;
  if (Object.keys(rest).length > 0 || typeof other !== 'string' || other.length > otherMaxLength) return false;
  if (typeof ratings !== 'object' || ratings === null || Array.isArray(ratings)) return false;
  return Object.entries(ratings).every(([id, level]) => isValueId(id) && isImportance(level));
}
