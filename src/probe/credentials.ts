/**
 * Credentials in what people paste: `user:pass@` userinfo, `?username=…&password=…` query values
 * and the USER/PASS segments of Xtream stream links (`/live/USER/PASS/123.ts`). Pure functions.
 *
 * Policy (documented for the rest of the app):
 * - The probe never sends credentials: they are removed from the request path entirely.
 * - What we show keeps the *key* so people can see what we understood, with the value replaced by
 *   {@link PLACEHOLDER} (`?username=…&password=…`, `/live/…/…/123.ts`).
 * - Anything echoed or logged that may contain user text goes through {@link scrubCredentials}.
 */
import { redactSecrets } from '../util/redact';

/** Shown instead of a removed credential. */
export const PLACEHOLDER = '…';

/** Query keys whose values are credentials (compared case-insensitively, after percent-decoding). */
export const CREDENTIAL_QUERY_KEYS: readonly string[] = ['username', 'password', 'pass', 'pwd', 'user', 'token', 'api_key', 'key', 'auth'];
const KEY_SET = new Set(CREDENTIAL_QUERY_KEYS);

/** First path segment of Xtream stream links that carry `/USER/PASS/` right after it. */
export const XTREAM_STREAM_PREFIXES: readonly string[] = ['live', 'movie', 'series', 'timeshift'];
const PREFIX_SET = new Set(XTREAM_STREAM_PREFIXES);

/** Short Xtream live form `/USER/PASS/12345` (optionally `.ts`/`.m3u8`): last segment is a stream id. */
const SHORT_STREAM_ID = /^\d+(?:\.(?:ts|m3u8|m3u))?$/i;

function decodeLoose(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/** True when a query key (raw, possibly percent-encoded) names a credential. */
export function isCredentialKey(rawKey: string): boolean {
  return KEY_SET.has(decodeLoose(rawKey).trim().toLowerCase());
}

export interface StrippedPart {
  /** For the request: credential parameters/segments removed. */
  probe: string;
  /** For people: values replaced by the placeholder. */
  display: string;
  /** Whether anything was removed. */
  removed: boolean;
}

/**
 * Strip credential values from a query string (without the leading `?`). `probe` drops the
 * parameters; `display` keeps the keys with a placeholder value.
 */
export function stripQueryCredentials(query: string): StrippedPart {
  if (query === '') return { probe: '', display: '', removed: false };
  const probe: string[] = [];
  const display: string[] = [];
  let removed = false;
  for (const pair of query.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const key = eq === -1 ? pair : pair.slice(0, eq);
    if (isCredentialKey(key)) {
      // A bare `?password` without a value has nothing secret in it, but drop it all the same.
      removed = removed || eq !== -1;
      display.push(eq === -1 ? key : `${key}=${PLACEHOLDER}`);
    } else {
      probe.push(pair);
      display.push(pair);
    }
  }
  return { probe: probe.join('&'), display: display.join('&'), removed };
}

export interface StrippedPath extends StrippedPart {
  /** `prefixed` for /live|movie|series|timeshift/USER/PASS/…, `short` for /USER/PASS/ID. */
  stream: 'prefixed' | 'short' | null;
}

/**
 * Strip USER/PASS segments from an Xtream stream path (no query). The request path for a stream
 * link is `/` (the stream itself is never requested); the display keeps the shape with placeholders.
 */
export function stripPathCredentials(path: string): StrippedPath {
  const segments = path.split('/');
  // segments[0] is '' for an absolute path.
  const first = segments[1]?.toLowerCase();
  if (segments.length >= 5 && first !== undefined && PREFIX_SET.has(first) && segments[2] !== '' && segments[3] !== '') {
    const shown = [...segments];
    shown[2] = PLACEHOLDER;
    shown[3] = PLACEHOLDER;
    return { probe: '/', display: shown.join('/'), removed: true, stream: 'prefixed' };
  }
  const last = segments[3];
  if (segments.length === 4 && segments[1] !== '' && segments[2] !== '' && last !== undefined && SHORT_STREAM_ID.test(last)) {
    return { probe: '/', display: `/${PLACEHOLDER}/${PLACEHOLDER}/${last}`, removed: true, stream: 'short' };
  }
  return { probe: path, display: path, removed: false, stream: null };
}

// --- Free text -------------------------------------------------------------------------------
// Every pattern is a run of negated character classes (no nested quantifiers): linear on any input.

// scheme://userinfo@ → scheme://…@
const TEXT_URL_USERINFO = /(\b[a-z][a-z0-9+.-]*:\/\/)[^\s/?#@]+@/gi;
// user:pass@host without a scheme (requires the colon so plain e-mail addresses stay readable).
const TEXT_BARE_USERINFO = /(^|[\s<(`"'])[^\s/?#@:<>`"']+:[^\s/?#@<>`"']+@(?=[a-z0-9[])/gi;
// key=value for the credential keys, in query strings or anywhere else.
const TEXT_PARAM = new RegExp(`(^|[^a-z0-9_])(${CREDENTIAL_QUERY_KEYS.join('|')})(\\s*=\\s*)[^\\s&#"'<>\`;,]+`, 'gi');
// /live/USER/PASS/… and friends.
const TEXT_XTREAM_PREFIXED = new RegExp(`(/(?:${XTREAM_STREAM_PREFIXES.join('|')})/)[^\\s/?#"'<>\`]+/[^\\s/?#"'<>\`]+/`, 'gi');
// http://host:port/USER/PASS/12345 (short live form), only right after an authority.
const TEXT_XTREAM_SHORT = /(:\/\/[^\s/?#"'<>`]+\/)[^\s/?#"'<>`]+\/[^\s/?#"'<>`]+(\/\d+(?:\.(?:ts|m3u8|m3u))?)(?=$|[\s?#"'<>`),.])/gi;

/**
 * Remove credentials from any text before it is echoed to Discord or logged: URL userinfo,
 * credential query values, Xtream stream USER/PASS segments, then everything the logger's
 * {@link redactSecrets} knows (bot tokens, Authorization headers, `secret=`…). Over-redaction is
 * preferred to leaks. Removed values become a placeholder (`…` or `[redacted]`).
 */
export function scrubCredentials(text: string): string {
  const scrubbed = text
    .replace(TEXT_URL_USERINFO, `$1${PLACEHOLDER}@`)
    .replace(TEXT_BARE_USERINFO, `$1${PLACEHOLDER}@`)
    .replace(TEXT_XTREAM_PREFIXED, `$1${PLACEHOLDER}/${PLACEHOLDER}/`)
    .replace(TEXT_XTREAM_SHORT, `$1${PLACEHOLDER}/${PLACEHOLDER}$2`)
    .replace(TEXT_PARAM, `$1$2$3${PLACEHOLDER}`);
  return redactSecrets(scrubbed);
}
