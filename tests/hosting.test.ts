// docs/hosting.md gives a host's administrator the headers of scripts/headers.mjs for nginx and
// Caddy: each block holds every header with its exact value, and the caching rules.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cacheControl, contentSecurityPolicy, headersFile, securityHeaders } from '../scripts/headers.mjs';
import { parseHeadersFile } from '../scripts/serve.mjs';

const page = readFileSync(new URL('../docs/hosting.md', import.meta.url), 'utf8');
const block = (language: string) => [...page.matchAll(new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``, 'g'))].map((m) => m[1]).join('\n');

describe('the hosting headers', () => {
  it.each([
    ['nginx', (name: string, value: string) => `add_header ${name} "${value}" always;`],
    ['caddy', (name: string, value: string) => `${name} "${value}"`],
  ])('are all in docs/hosting.md for %s, with the same values', (language, line) => {
    const text = block(language);
    expect(text.length).toBeGreaterThan(0);
    expect(Object.entries(securityHeaders).filter(([name, value]) => !text.includes(line(name, value)))).toEqual([]);
    for (const value of new Set(Object.values(cacheControl))) expect(text).toContain(`Cache-Control "${value}"`);
  });

  it('are written to _headers as a static host reads them: every path with its headers', () => {
    const rules = parseHeadersFile(headersFile());
    expect(rules.find((rule) => rule.pattern === '/*')?.headers).toEqual(securityHeaders);
    for (const [path, value] of Object.entries(cacheControl)) {
      expect(rules.find((rule) => rule.pattern === path)?.headers).toEqual({ 'Cache-Control': value });
    }
  });

  it('send the page its own policy, plus who may frame it (which a <meta> policy cannot say)', () => {
    expect(securityHeaders['Content-Security-Policy']).toBe(`${contentSecurityPolicy}; frame-ancestors 'none'`);
    expect(contentSecurityPolicy).toContain("default-src 'none'");
  });
});
