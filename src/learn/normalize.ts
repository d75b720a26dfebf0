/**
 * What the learning loop keeps of a paste: the error's wording with secrets, URLs, e-mail
 * addresses, hosts, IP addresses, numbers and long ids replaced by placeholders, folded to lower
 * case and cut. Two pastes of the same error with another host or port become the same text, so
 * they cluster. Pure; the patterns are linear (no nested quantifiers) on text cut to 4000 chars.
 */
import { redactSecrets } from '../util/redact';

export const NORMALIZED_MAX = 300;

const URL = /\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>]+/gi;
const EMAIL = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g;
const IPV6 = /\[?\b(?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{0,4}\b\]?/gi;
const IPV4 = /\b\d{1,3}(?:\.\d{1,3}){3}(?::\d{1,5})?\b/g;
const HOST = /\b(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}\b(?::\d{1,5}\b)?/gi;
const HEXID = /\b(?=[0-9a-f]*\d)[0-9a-f]{12,}\b/gi;
const NUMBER = /\d+/g;
const PATHLIKE = /(?:[a-z]:)?(?:[\\/][\w.-]+){2,}/gi;

export function normalizePaste(text: string): string {
  return redactSecrets(text.slice(0, 4000))
    .replace(URL, ' <url> ')
    .replace(EMAIL, ' <email> ')
    .replace(IPV4, ' <ip> ')
    .replace(IPV6, (m) => (m.replace(/[[\]]/g, '').split(':').filter(Boolean).length >= 2 ? ' <ip> ' : m))
    .replace(HOST, ' <host> ')
    .replace(PATHLIKE, ' <path> ')
    .replace(HEXID, ' <id> ')
    .replace(NUMBER, '<n>')
    .replace(/\[redacted\]/g, '<secret>')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/(?:<n>[:.,]?\s?){2,}/g, '<n> ')
    .trim()
    .slice(0, NORMALIZED_MAX);
}
