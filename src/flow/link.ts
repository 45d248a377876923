// A link that reopens the same answers on another device (the handout's QR code, offered only when
// the person asks for it). The answers travel in the address's fragment, which a browser never
// sends to a server: #/<step>?answers=<the stored format, base64url>. Reading it goes through the
// same validation as stored answers (./persistence), and boot replays it through the machine.
import type { Answers } from './answers';
import { parseStoredAnswers, serializeAnswers, type ReadResult } from './persistence';
import type { StepId } from './steps';
import { noValues } from './values';

const parameter = 'answers';

export function sharedLink(address: string, step: StepId, answers: Answers): string {
  return `${address}#/${step}?${parameter}=${toBase64Url(serializeAnswers(answers))}`;
}

/** The answers a link carries: undefined when it carries none; rejected when they cannot be read. */
export function answersFromLink(hash: string): ReadResult | undefined {
  const query = hash.indexOf('?');
  if (!hash.startsWith('#/') || query === -1) return undefined;
  const payload = new URLSearchParams(hash.slice(query + 1)).get(parameter);
  if (payload === null) return undefined;
  const json = fromBase64Url(payload);
  return json === undefined ? { answers: {}, values: noValues, rejected: true } : parseStoredAnswers(json);
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return undefined;
  }
}
