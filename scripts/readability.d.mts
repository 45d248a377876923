export const limits: { each: number; median: number; minWords: number };
export function gradeOf(text: string): number | undefined;
export function measure(): { scored: { key: string; grade: number }[]; short: number; median: number };
