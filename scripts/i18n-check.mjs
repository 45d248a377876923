// Checks the words in locales/<BCP 47 tag>/<namespace>.json against English, the source language,
// and the literal keys that src/ passes to t() against the English words. One line per problem;
// exit code 1 when there is any. Usage: npm run i18n:check
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { languageFolders } from './languages.mjs';
import { mayStayEnglish } from './may-stay-english.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
// `--locales DIR` checks another folder of locales (the tests use a broken copy); the code checks
// and i18next-cli then do not run, because they read the project's own files.
const localesArg = process.argv.indexOf('--locales');
const localesDir = localesArg > 0 ? resolve(process.argv[localesArg + 1] ?? '') : join(root, 'locales');
const checkCode = localesArg < 0;
const srcDir = join(root, 'src');
const source = 'en';
const defaultNamespace = 'common';
const problems = [];
/** meta.json of each language, by tag */
const metaOf = new Map();
const problem = (file, message) => problems.push(`${relative(root, file)}: ${message}`);
let invalidJson = 0;

/** Parses a JSON file; a syntax error names the file, the line and the column instead of an offset. */
function readJson(file) {
  const text = readFileSync(file, 'utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    invalidJson += 1;
    throw new Error(`invalid JSON at ${relative(root, file)}:${whereInText(text, error.message)}: ${error.message}`);
  }
}

/** "line:column" of a JSON.parse error: Node 20 gives "at position N", newer Node "(line L column C)". */
function whereInText(text, message) {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return `${lineColumn[1]}:${lineColumn[2]}`;
  const position = Number(/position (\d+)/.exec(message)?.[1] ?? text.length);
  const before = text.slice(0, position).split('\n');
  return `${before.length}:${(before.at(-1) ?? '').length + 1}`;
}

// ---- Read every language -------------------------------------------------------------------

/** { 'a.b': 'text' } from { a: { b: 'text' } }; a value that is neither text nor an object is a problem. */
function flatten(value, file, prefix = '', into = new Map()) {
  for (const [key, child] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof child === 'string') into.set(path, child);
    else if (child && typeof child === 'object' && !Array.isArray(child)) flatten(child, file, path, into);
    else problem(file, `key "${path}" must be text or a group of keys, not ${JSON.stringify(child)}`);
  }
  return into;
}

// Every folder that claims to be a language, with or without a valid meta.json (checkMeta says why).
const languages = languageFolders(localesDir);
/** words.get(language).get(namespace) = Map of flattened key -> text, or null when the file is invalid */
const words = new Map();
for (const language of languages) {
  try {
    if (Intl.getCanonicalLocales(language)[0] !== language) throw new RangeError();
  } catch {
    problem(join(localesDir, language), `"${language}" is not a canonical BCP 47 language tag`);
  }
  const namespaces = new Map();
  checkMeta(language);
  for (const name of readdirSync(join(localesDir, language)).filter((f) => f.endsWith('.json') && f !== 'meta.json').sort()) {
    const file = join(localesDir, language, name);
    try {
      const parsed = readJson(file);
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object of keys');
      namespaces.set(name.slice(0, -'.json'.length), flatten(parsed, file));
    } catch (error) {
      problem(file, `${error.message} (its keys are not checked until it is valid)`);
      namespaces.set(name.slice(0, -'.json'.length), null);
    }
  }
  words.set(language, namespaces);
}
/** meta.json: the language's own name, its direction, and whether a medical reviewer has checked it. */
function checkMeta(language) {
  const file = join(localesDir, language, 'meta.json');
  let meta;
  try {
    meta = readJson(file);
    metaOf.set(language, meta);
  } catch (error) {
    problem(file, error.code === 'ENOENT' ? 'missing: every language needs a meta.json' : error.message);
    return;
  }
  if (typeof meta.nativeName !== 'string' || meta.nativeName.trim() === '') problem(file, '"nativeName" must be the language\'s name in itself');
  if (meta.dir !== 'ltr' && meta.dir !== 'rtl') problem(file, '"dir" must be "ltr" or "rtl"');
  if (meta.sameAsEnglish !== undefined && !(Array.isArray(meta.sameAsEnglish) && meta.sameAsEnglish.every((k) => typeof k === 'string'))) {
    problem(file, '"sameAsEnglish" must be a list of "namespace:key" texts');
  }
  const review = meta.review ?? {};
  if (review.status === 'reviewed') {
    if (typeof review.reviewerRole !== 'string' || review.reviewerRole.trim() === '') problem(file, 'a reviewed language needs "review.reviewerRole"');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(review.date ?? '')) problem(file, 'a reviewed language needs "review.date" as YYYY-MM-DD');
  } else if (review.status !== 'draft') {
    problem(file, '"review.status" must be "draft" or "reviewed"');
  }
}

const english = words.get(source);
if (!english) {
  console.error(`i18n: no ${relative(root, join(localesDir, source))} folder: English is the source language`);
  process.exit(1);
}

// A text may equal English when every word in it is one translators are told to keep
// (locales/_context doNotTranslate), or when the language declares it the same on purpose.
const contextOf = new Map();
function doNotTranslate(namespace, key) {
  if (!contextOf.has(namespace)) {
    try {
      contextOf.set(namespace, readJson(join(localesDir, '_context', `${namespace}.json`)));
    } catch {
      contextOf.set(namespace, {});
    }
  }
  const entry = key.split('.').reduce((node, part) => node?.[part], contextOf.get(namespace));
  return entry?.doNotTranslate ?? [];
}
const keepsEnglish = (language, namespace, key, text) =>
  mayStayEnglish({
    id: `${namespace}:${key}`,
    text,
    keep: doNotTranslate(namespace, key),
    sameAsEnglish: metaOf.get(language)?.sameAsEnglish,
  });

// ---- Every language against English --------------------------------------------------------

/** @type {(text: string) => string[]} */
const placeholders = (text) => [...text.matchAll(/\{\{\s*([^},\s]+)[^}]*\}\}/g)].map((m) => m[1]);
/** @type {(text: string) => string[]} */
const tags = (text) => [...text.matchAll(/<(\/?)([A-Za-z][\w.-]*)[^<>]*?(\/?)>/g)].map((m) => `<${m[1]}${m[2]}${m[3]}>`);
const asSet = (list) => [...new Set(list)].sort().join(', ') || 'none';

const allNamespaces = new Set([...words.values()].flatMap((namespaces) => [...namespaces.keys()]));
for (const [language, namespaces] of words) {
  for (const namespace of allNamespaces) {
    if (!namespaces.has(namespace)) {
      const presentIn = languages.filter((l) => words.get(l).has(namespace)).join(', ');
      problem(join(localesDir, language, `${namespace}.json`), `missing namespace file (present in ${presentIn})`);
    }
  }
  for (const [namespace, keys] of namespaces) {
    if (!keys) continue;
    const file = join(localesDir, language, `${namespace}.json`);
    for (const [key, text] of keys) if (text.trim() === '') problem(file, `key "${key}" is empty`);
    const englishKeys = english.get(namespace);
    if (language === source || !englishKeys) continue; // no English file: reported as a missing namespace
    for (const key of englishKeys.keys()) if (!keys.has(key)) problem(file, `missing key "${key}" (present in en)`);
    for (const [key, text] of keys) {
      const englishText = englishKeys.get(key);
      if (englishText === undefined) {
        problem(file, `extra key "${key}" (not in en)`);
        continue;
      }
      if (text === englishText && !keepsEnglish(language, namespace, key, text)) {
        problem(
          file,
          `key "${key}" is the same as English: translate it, or, if the words are the same in this language, ` +
            `add "${namespace}:${key}" to "sameAsEnglish" in meta.json`,
        );
      }
      for (const [what, extract] of /** @type {const} */ ([['placeholders', placeholders], ['tags', tags]])) {
        const [mine, theirs] = [asSet(extract(text)), asSet(extract(englishText))];
        if (mine !== theirs) problem(file, `key "${key}" has ${what} ${mine}; en has ${theirs}`);
      }
    }
  }
}

// ---- Context for translators: one entry per English key ------------------------------------

const contextDir = join(localesDir, '_context');
/** The entries of a context file by key path: its leaves are objects with a "purpose". */
function contextKeys(value, file, prefix = '', into = new Map()) {
  for (const [key, child] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (child && typeof child === 'object' && typeof child.purpose === 'string') {
      if (child.purpose.trim() === '') problem(file, `context for "${path}" has an empty purpose`);
      into.set(path, child);
    } else if (child && typeof child === 'object') contextKeys(child, file, path, into);
    else problem(file, `context for "${path}" must be an object with "screen" and "purpose"`);
  }
  return into;
}
for (const [namespace, keys] of english) {
  if (!keys) continue;
  const file = join(contextDir, `${namespace}.json`);
  let context;
  try {
    context = contextKeys(readJson(file), file);
  } catch (error) {
    problem(file, error.code === 'ENOENT' ? 'missing: translators need context for every key' : error.message);
    continue;
  }
  for (const key of keys.keys()) if (!context.has(key)) problem(file, `no context for "${key}"`);
  for (const [key, entry] of context) {
    const text = keys.get(key);
    if (text === undefined) {
      problem(file, `context for "${key}", which is not in en`);
      continue;
    }
    // A context must tell of every {{placeholder}} and <tag> its English text has; one that keeps
    // (doNotTranslate) or defines ("{{drugs}} is ...") one the text no longer has describes an older text.
    const told = `${entry.purpose} ${(entry.doNotTranslate ?? []).join(' ')}`;
    for (const [what, extract] of /** @type {const} */ ([['placeholder', placeholders], ['tag', tags]])) {
      const inText = new Set(extract(text));
      for (const item of inText) if (!extract(told).includes(item)) problem(file, `context for "${key}" does not mention the ${what} ${item} its text has`);
      const defined = [...extract((entry.doNotTranslate ?? []).join(' ')), ...[...entry.purpose.matchAll(/(\{\{[^}]+\}\}) (?:is|are|will)\b/g)].flatMap((m) => extract(m[1]))];
      for (const item of new Set(defined)) if (!inText.has(item)) problem(file, `context for "${key}" describes the ${what} ${item}, which its text no longer has`);
    }
  }
}

// ---- Literal keys in src/ against English -------------------------------------------------

const sourceFiles = (checkCode ? readdirSync(srcDir, { recursive: true, encoding: 'utf8' }) : [])
  .filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.d.ts'))
  .map((f) => join(srcDir, f));
let codeKeys = 0;
for (const file of sourceFiles) {
  const code = readFileSync(file, 'utf8');
  // Which namespace each t-function name uses, from the point it is bound:
  // `const { t, i18n } = useTranslation('questions')`, `const { t: tc } = useTranslation()`,
  // `const t = i18next.t.bind(i18next)`. A name bound twice in a file takes the nearest binding above.
  const bindings = [];
  for (const m of code.matchAll(/\{([^{}]*)\}\s*=\s*useTranslation\(\s*\[?\s*(?:(['"])([^'"]+)\2)?/g)) {
    const name = /(?:^|,)\s*t\s*(?::\s*([\w$]+))?\s*(?:,|$)/.exec(m[1]);
    if (name) bindings.push({ name: name[1] ?? 't', namespace: m[3] ?? defaultNamespace, at: m.index });
  }
  for (const m of code.matchAll(/\b(?:const|let)\s+([\w$]+)\s*=\s*(?:i18next|i18n)\.t\b/g)) {
    bindings.push({ name: m[1], namespace: defaultNamespace, at: m.index });
  }
  const namespaceOf = (name, at) => {
    const bound = bindings.filter((b) => b.name === name);
    return (bound.filter((b) => b.at < at).at(-1) ?? bound[0])?.namespace;
  };
  // A call whose first argument is a plain string; template-literal keys are typed by TypeScript.
  for (const m of code.matchAll(/(?<![\w$.])((?:i18next\.|i18n\.)?[\w$]+)\(\s*(['"])([^'"\\\n]+)\2/g)) {
    const callee = m[1];
    let namespace = /^(i18next|i18n)\.t$/.test(callee) ? defaultNamespace : namespaceOf(callee, m.index);
    if (!namespace) continue;
    let key = m[3];
    const prefixed = /^([\w-]+):(.+)$/.exec(key);
    if (prefixed && allNamespaces.has(prefixed[1])) [, namespace, key] = prefixed;
    codeKeys += 1;
    const line = code.slice(0, m.index).split('\n').length;
    if (!english.get(namespace)?.has(key)) {
      problems.push(`${relative(root, file)}:${line}: key "${key}" in namespace "${namespace}" is not in locales/en/${namespace}.json`);
    }
  }
}

// ---- i18next-cli: extraction drift and hard-coded strings ----------------------------------

// `extract --ci --dry-run` fails when the code uses a key some language lacks (or files would be
// rewritten); `lint` fails on user-facing text written in code. Both run even when the checks
// above found problems, so a translator sees everything at once.
const cli = join(root, 'node_modules', '.bin', 'i18next-cli');
if (checkCode && invalidJson > 0) {
  problems.push(`i18next-cli checks skipped: they cannot read a file that is not valid JSON (fix the ${invalidJson} above first)`);
}
for (const args of checkCode && invalidJson === 0 ? [['extract', '--ci', '--dry-run'], ['lint']] : []) {
  const run = spawnSync(cli, args, { cwd: root, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
  if (run.status !== 0) {
    const output = `${run.stdout}${run.stderr}`.trim().split('\n').filter((line) => line.trim() !== '');
    problems.push(`i18next-cli ${args.join(' ')} failed:\n${output.map((line) => `    ${line}`).join('\n')}`);
  }
}

// ---- Report ---------------------------------------------------------------------------------

for (const line of problems) console.error(line);
const englishKeyCount = [...english.values()].reduce((sum, keys) => sum + keys.size, 0);
console.log(
  `i18n: ${allNamespaces.size} namespaces, ${languages.length} language(s), ${englishKeyCount} keys in en, ` +
    `${codeKeys} literal keys in src; ${problems.length} problem${problems.length === 1 ? '' : 's'}`,
);
if (problems.length > 0) process.exit(1);
