// npm run i18n:check as a translator meets it: on a broken copy of locales/, it names the file,
// the line and the column of a JSON error, and it catches context that no longer fits its text.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

let copy: string;
beforeEach(() => {
  copy = mkdtempSync(join(tmpdir(), 'lcn-i18n-'));
  cpSync('locales', join(copy, 'locales'), { recursive: true });
});
afterEach(() => rmSync(copy, { recursive: true, force: true }));

function check() {
  const run = spawnSync(process.execPath, ['scripts/i18n-check.mjs', '--locales', join(copy, 'locales')], { encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a locale file is any nesting of keys
function edit(file: string, change: (json: Record<string, any>) => void) {
  const path = join(copy, 'locales', file);
  const json = JSON.parse(readFileSync(path, 'utf8'));
  change(json);
  writeFileSync(path, JSON.stringify(json, null, 2));
}

describe('i18n:check', () => {
  it('passes on the locales as they are', () => {
    expect(check()).toMatchObject({ status: 0 });
  });

  it('names the file, line and column of a JSON syntax error, without a stack trace, and fails', () => {
    const path = join(copy, 'locales', 'es', 'common.json');
    const lines = readFileSync(path, 'utf8').split('\n');
    lines[2] = lines[2]!.replace(/,$/, ''); // drop the comma at the end of line 3
    writeFileSync(path, lines.join('\n'));
    const { status, output } = check();
    expect(status).toBe(1);
    expect(output).toMatch(/es\/common\.json:4:\d+: /);
    expect(output).not.toMatch(/\n\s+at /);
  });

  it('fails when a context keeps a placeholder its English text no longer has', () => {
    edit('_context/options.json', (context) => {
      context.atezolizumabBevacizumab.what.doNotTranslate = ['{{drugs}}'];
    });
    const { status, output } = check();
    expect(status).toBe(1);
    expect(output).toContain('context for "atezolizumabBevacizumab.what" describes the placeholder drugs, which its text no longer has');
  });

  it('fails when a context does not tell of a placeholder its English text has', () => {
    edit('_context/common.json', (context) => {
      context.service.titlePattern.purpose = 'The browser tab title.';
      context.service.titlePattern.doNotTranslate = [];
    });
    const { status, output } = check();
    expect(status).toBe(1);
    expect(output).toContain('context for "service.titlePattern" does not mention the placeholder page its text has');
  });
});
