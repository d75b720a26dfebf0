/**
 * scrubCredentials and redactSecrets run each pattern only on text holding what a match needs
 * (`@`, `/`, `=`, a key word): for any text, the same result as running every pattern.
 */
import fc from 'fast-check';
import { CREDENTIAL_QUERY_KEYS, scrubCredentials, XTREAM_STREAM_PREFIXES } from '../../src/probe/credentials';
import { redactSecrets } from '../../src/util/redact';

// The earlier forms, every pattern run on every text (patterns as in the modules).
function redactBefore(text: string): string {
  if (!/[.:=]/.test(text)) return text;
  return text
    .replace(/[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{20,}/g, '[redacted]')
    .replace(/(\b[a-z][a-z0-9+.-]*:\/\/)[^\s/@:]+:[^\s/@]*@/gi, '$1[redacted]@')
    .replace(/\b(pass(?:word|wd)?|pwd|token|access_token|api_key|apikey|secret|auth|username|user)(["']?\s*[=:]\s*["']?)[^\s&"',;}]+/gi, '$1$2[redacted]')
    .replace(/\b(authorization\s*:\s*)(bot|bearer|basic)?\s*[^\s,;]+/gi, '$1[redacted]');
}
function scrubBefore(text: string): string {
  const P = '…';
  const scrubbed = text
    .replace(/(\b[a-z][a-z0-9+.-]*:\/\/)[^\s@]*@/gi, `$1${P}@`)
    .replace(/(^|[\s<(`"'])[^\s/?#@:<>`"']+:[^\s<>`"']*@(?=[a-z0-9[])/gi, `$1${P}@`)
    .replace(new RegExp(`(/(?:${XTREAM_STREAM_PREFIXES.join('|')})/)[^\\s/?#"'<>\`]+/[^\\s/?#"'<>\`]+`, 'gi'), `$1${P}/${P}`)
    .replace(/(:\/\/[^\s/?#"'<>`]+\/)[^\s/?#"'<>`]+\/[^\s/?#"'<>`]+(\/\d+(?:\.(?:ts|m3u8|m3u|mp4|mkv|avi))?)(?=$|[\s?#"'<>`),.])/gi, `$1${P}/${P}$2`)
    .replace(new RegExp(`(^|[^a-z0-9_-])(${CREDENTIAL_QUERY_KEYS.join('|')}|[a-z0-9_-]*(?:token|secret|[_-]key))(\\s*=\\s*)[^\\s&#"'<>\`;,]+`, 'gi'), `$1$2$3${P}`);
  return redactBefore(scrubbed);
}

const unit = fc.constantFrom('@', '/', '=', ':', '.', ' ', 'a', 'B', '1', '-', '_', '?', '&', 'http://', 'Pass', 'TOKEN', 'user', 'Authorization: ', 'Bot ', 'api_key', 'live/', 'x'.repeat(20), 'İ', 'ſ', '\u212a', 'ı');
const texts = fc.oneof(
  fc.string({ unit, maxLength: 24 }),
  fc.constantFrom('127.0.0.1:8080', 'http://u:p@h/x', 'http://h:80/live/u/p/1.ts', 'a?password=x&token=y', 'Authorization: Bearer abc', 'ſecret=1', 'USER=me'),
);

test('redactSecrets: as every pattern run', () => {
  fc.assert(fc.property(texts, (t) => expect(redactSecrets(t)).toBe(redactBefore(t))), { numRuns: 5000 });
});

test('scrubCredentials: as every pattern run', () => {
  fc.assert(fc.property(texts, (t) => expect(scrubCredentials(t)).toBe(scrubBefore(t))), { numRuns: 5000 });
});

test('a scheme is read the same with both cases spelled out as with the i flag', () => {
  const chars = fc.constantFrom('h', 'T', 'p', 'S', ':', '/', '+', '.', '-', '1', 'ſ', 'İ', '\u212a', 'k', ' ', '\n');
  fc.assert(
    fc.property(fc.string({ unit: chars, maxLength: 12 }), (t) => {
      expect(/^([a-zA-Z][a-zA-Z0-9+.-]*):\/\//.exec(t)?.[0]).toBe(/^([a-z][a-z0-9+.-]*):\/\//i.exec(t)?.[0]);
      expect(/^([a-zA-Z][a-zA-Z0-9+.-]*):(.*)$/.exec(t)?.slice(0, 3)).toEqual(/^([a-z][a-z0-9+.-]*):(.*)$/i.exec(t)?.slice(0, 3));
    }),
    { numRuns: 5000 },
  );
});
