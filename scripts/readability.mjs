// Plain language, measured: the Flesch-Kincaid grade of every English outcome, option and question
// text (locales/en/{outcomes,options,questions}.json), with the maintained `flesch-kincaid` and
// `syllable` packages. Fails when any text is above grade 8 or the median above grade 6; prints
// the distribution and the hardest texts. Usage: npm run readability
//
// What is scored: prose of 8 words or more. Shorter texts (names, headings, labels, choices) are
// too short for the formula to mean anything; they are counted and listed as not scored. Words in
// brackets are the medical names given beside the plain words, e.g. "(partial hepatectomy)", and
// are explained in the glossary, and drug names are proper names (src/content/drugs.ts): both are
// left out of the score.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

const root = fileURLToPath(new URL('..', import.meta.url));
const files = ['outcomes', 'options', 'questions'];
export const limits = { each: 8, median: 6, minWords: 8 };
/** The generic drug names, read from src/content/drugs.ts (proper names, not plain words to score). */
const drugNames = new Set(
  [...readFileSync(`${root}src/content/drugs.ts`, 'utf8').matchAll(/generic: '([a-z]+)'/g)].map((match) => match[1]),
);

function flatten(value, prefix, into) {
  for (const [key, child] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof child === 'string') into.push([path, child]);
    else flatten(child, path, into);
  }
  return into;
}

/** The grade of one text, or undefined when it is too short to score. */
export function gradeOf(text) {
  const plain = text
    .replace(/\{\{[^}]*\}\}/g, 'it')
    .replace(/<[^>]*>/g, '')
    .replace(/\([^)]*\)/g, '');
  const words = (plain.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).filter((word) => !drugNames.has(word.toLowerCase()));
  if (words.length < limits.minWords) return undefined;
  const sentences = Math.max(1, (plain.match(/[.!?:;](\s|$)/g) ?? []).length);
  const syllables = words.reduce((sum, word) => sum + Math.max(1, syllable(word)), 0);
  return fleschKincaid({ sentence: sentences, word: words.length, syllable: syllables });
}

export function measure() {
  const scored = [];
  let short = 0;
  for (const file of files) {
    const words = JSON.parse(readFileSync(`${root}locales/en/${file}.json`, 'utf8'));
    for (const [key, text] of flatten(words, '', [])) {
      const grade = gradeOf(text);
      if (grade === undefined) short += 1;
      else scored.push({ key: `${file}:${key}`, grade });
    }
  }
  scored.sort((a, b) => a.grade - b.grade);
  const median = scored.length ? scored[Math.floor((scored.length - 1) / 2)].grade : 0;
  return { scored, short, median };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { scored, short, median } = measure();
  const bands = [[-Infinity, 4], [4, 5], [5, 6], [6, 7], [7, 8], [8, Infinity]];
  console.log(`readability: ${scored.length} English texts scored (Flesch-Kincaid grade), ${short} too short to score`);
  for (const [low, high] of bands) {
    const count = scored.filter(({ grade }) => grade > low && grade <= high).length;
    const label = low === -Infinity ? `     <= ${high}` : high === Infinity ? `      > ${low}` : `${low} < g <= ${high}`;
    console.log(`  grade ${label.padStart(10)}: ${String(count).padStart(4)} ${'#'.repeat(Math.ceil(count / 2))}`);
  }
  console.log(`  median ${median.toFixed(1)} (limit ${limits.median}), hardest ${scored.at(-1)?.grade.toFixed(1)} (limit ${limits.each})`);
  const over = scored.filter(({ grade }) => grade > limits.each);
  for (const { key, grade } of [...scored].reverse().slice(0, Math.max(5, over.length))) console.log(`  ${grade.toFixed(1)}  ${key}`);
  if (over.length > 0 || median > limits.median) {
    console.error(`readability: ${over.length} text(s) above grade ${limits.each}${median > limits.median ? `, median above ${limits.median}` : ''}`);
    process.exit(1);
  }
}
