// The hazard log (docs/clinical-safety.md) names the tests that guard each control: every name
// must still be a test (or a browser-suite check) in the file it names.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const log = readFileSync('docs/clinical-safety.md', 'utf8');
const rows = log.split('\n').filter((line) => /^\| H\d+ /.test(line));
const references = rows.flatMap((row) => {
  const id = /^\| (H\d+) /.exec(row)?.[1] ?? '';
  return [...row.matchAll(/`(tests\/[^`]+)` › `([^`]+)`/g)].map(([, file, name]) => ({ id, file: file!, name: name! }));
});

describe('the hazard log', () => {
  it('lists the hazards, each guarded by at least one named test', () => {
    expect(rows.length).toBeGreaterThanOrEqual(9);
    for (const row of rows) expect(row, row.slice(0, 40)).toMatch(/`tests\/[^`]+` › `[^`]+`/);
  });

  it.each(references.map((ref) => [`${ref.id}: ${ref.file} › ${ref.name}`, ref] as const))('%s exists', (_label, { file, name }) => {
    expect(existsSync(file), `${file} does not exist`).toBe(true);
    // A test name, or a check name in the browser suite, as it is written in the file.
    expect(readFileSync(file, 'utf8').includes(name), `no test "${name}" in ${file}`).toBe(true);
  });
});
