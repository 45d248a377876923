// Sizes of the built files, and the budget for what the first screen downloads in every language:
// dist/index.html itself (with the start page and first question prerendered into it), the
// chunks and stylesheet of the start page (not the chart's: StartFirst draws it before those),
// plus that language's words for the first screen (src/facts.mjs firstScreenNamespaces; the rest
// load when the browser is idle).
// Prints every chunk. Builds first if dist/ is missing. Usage: npm run size
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { firstScreenNamespaces } from '../src/facts.mjs';
import { discoverLanguages } from './languages.mjs';

const budgetBytes = 110_000; // gzip -9, first screen: HTML, JS, CSS and words together (issue 10)

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const assets = join(dist, 'assets');

if (!existsSync(join(dist, 'index.html'))) {
  console.log('size: no build in dist/, running vite build');
  const build = spawnSync('npx', ['vite', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const sum = (names, field) => names.reduce((total, name) => total + sizes.get(name)[field], 0);
const sizes = new Map(
  readdirSync(assets)
    .filter((name) => /\.(js|css)$/.test(name))
    .sort()
    .map((name) => {
      const content = readFileSync(join(assets, name));
      // The development-only pseudo-languages (src/i18n/pseudo.ts) must never reach patients.
      const pseudo = /en-XA|ar-XB/.test(content.toString('utf8'));
      return [name, { raw: content.length, gzip: gzipSync(content, { level: 9 }).length, pseudo }];
    }),
);

const nameWidth = Math.max(...[...sizes.keys()].map((name) => name.length), 4);
const row = (name, raw, gzip) => `  ${name.padEnd(nameWidth)}  ${raw.padStart(10)}  ${gzip.padStart(10)}`;
console.log(row('file', 'raw', 'gzip -9'));
for (const [name, size] of sizes) console.log(row(name, kB(size.raw), kB(size.gzip)));

// The first screen, from Vite's manifest (build.manifest): index.html's entry (src/start.ts), the
// app it starts once the page has painted (its dynamic import, src/main.tsx), every chunk these
// import and their stylesheets ...
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
const page = manifest['index.html'];
if (!page?.isEntry) fail('dist/.vite/manifest.json has no entry for index.html');
const firstScreenChunks = new Set();
const follow = (key) => {
  const chunk = manifest[key];
  if (!chunk || firstScreenChunks.has(chunk)) return;
  firstScreenChunks.add(chunk);
  for (const imported of chunk.imports ?? []) follow(imported);
};
for (const key of ['index.html', ...(page.dynamicImports ?? [])]) follow(key);
const firstScreenFiles = [...firstScreenChunks].flatMap((chunk) => [chunk.file, ...(chunk.css ?? [])]).map((file) => file.split('/').at(-1));
const entry = page.file.split('/').at(-1);
if (!sizes.has(entry)) fail(`cannot find the entry chunk that dist/index.html loads (${entry})`);

// ... plus the locale chunks it needs: vite.config.ts names them locale-<tag>-<namespace>-<hash>.js.
const localeChunk = /^locale-(.+)-([a-z]+)-[\w-]{8}\.js$/i;
const chunksOf = (language) => [...sizes.keys()].filter((name) => localeChunk.exec(name)?.[1] === language);
const firstScreenWords = (language) =>
  firstScreenNamespaces.map((namespace) => {
    const found = chunksOf(language).filter((name) => localeChunk.exec(name)?.[2] === namespace);
    if (found.length !== 1) fail(`cannot tell which chunk holds ${language}/${namespace}: ${found.join(', ') || 'none'}`);
    return found[0];
  });

// Each language is downloaded on its own: its chunks, added up.
const languagesBuilt = [...new Set([...sizes.keys()].map((name) => localeChunk.exec(name)?.[1]).filter(Boolean))].sort();
console.log('\nWords per language (all namespaces, only the active language is downloaded):');
for (const language of languagesBuilt) {
  const chunks = chunksOf(language);
  console.log(row(`${language} (${chunks.length} chunks)`, kB(sum(chunks, 'raw')), kB(sum(chunks, 'gzip'))));
}

const pseudoInBuild = [...sizes].filter(([, size]) => size.pseudo).map(([name]) => name);
if (pseudoInBuild.length > 0) fail(`the pseudo-languages en-XA / ar-XB are in the build: ${pseudoInBuild.join(', ')}`);

const shell = firstScreenFiles.filter((name) => sizes.has(name));
const htmlBytes = readFileSync(join(dist, 'index.html'));
sizes.set('index.html', { raw: htmlBytes.length, gzip: gzipSync(htmlBytes, { level: 9 }).length, pseudo: false });
shell.unshift('index.html');
console.log(`\nFirst screen: ${shell.join(', ')} and the words of ${firstScreenNamespaces.join(', ')}`);
console.log(row('language', 'raw', 'gzip -9'));
const totals = Object.keys(discoverLanguages(join(root, 'locales'))).map((language) => {
  const firstScreen = [...shell, ...firstScreenWords(language)];
  const total = sum(firstScreen, 'gzip');
  console.log(row(`${language}${total > budgetBytes ? '  OVER BUDGET' : ''}`, kB(sum(firstScreen, 'raw')), kB(total)));
  return { language, total };
});
// Loaded only when a person opens them: the handout (with the QR code library) and the overview
// (with the decision map, laid out at build time): never in the first screen.
console.log('\nLoaded only when used:');
for (const screen of ['HandoutScreen', 'OverviewScreen']) {
  const chunk = [...sizes.keys()].find((name) => name.startsWith(`${screen}-`));
  if (!chunk) fail(`no chunk of its own for ${screen}`);
  if (shell.includes(chunk)) fail(`${chunk} is loaded with the first screen`);
  console.log(row(`${chunk} (${screen === 'HandoutScreen' ? 'handout and QR code' : 'overview and decision map'})`, kB(sizes.get(chunk).raw), kB(sizes.get(chunk).gzip)));
}

const over = totals.filter(({ total }) => total > budgetBytes).map(({ language, total }) => `${language} ${kB(total)}`);
const largest = Math.max(...totals.map(({ total }) => total));
const verdict = over.length === 0 ? 'within budget in every language' : `OVER BUDGET: ${over.join(', ')}`;
console.log(`\nsize: first screen at most ${kB(largest)} gzip, budget ${kB(budgetBytes)}: ${verdict}`);
if (over.length > 0) process.exit(1);

function fail(message) {
  console.error(`size: ${message}`);
  process.exit(1);
}
