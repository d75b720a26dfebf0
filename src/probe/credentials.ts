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

/**
 * Query keys whose values are credentials (compared case-insensitively, after percent-decoding).
 * Besides these, any key ending in `token` or `secret` (`x_token`, `accessToken`, `CLIENTSECRET`) or
 * in `_key`/`-key`/camelCase `…Key` is a credential too: see {@link isCredentialKey}.
 */
export const CREDENTIAL_QUERY_KEYS: readonly string[] = [
  'username',
  'user',
  'password',
  'passwd',
  'pass',
  'pwd',
  'pw',
  'token',
  'access_token',
  'refresh_token',
  'id_token',
  'auth',
  'api_key',
  'apikey',
  'key',
  'secret',
  'client_secret',
  'signature',
  'sig',
];
const KEY_SET = new Set(CREDENTIAL_QUERY_KEYS);
/** `x_token`, `accesstoken`, `client-secret`, `stream_key` (lower-cased; `monkey` is not one). */
const CREDENTIAL_SUFFIX = /(?:token|secret|[_-]key)$/;
/** `apiKey`, `streamKey`: camelCase, checked before lower-casing. */
const CREDENTIAL_CAMEL_SUFFIX = /[a-z0-9]Key$/;

/** First path segment of Xtream stream links that carry `/USER/PASS` right after it. */
export const XTREAM_STREAM_PREFIXES: readonly string[] = ['live', 'movie', 'series', 'timeshift'];
const PREFIX_SET = new Set(XTREAM_STREAM_PREFIXES);

/** Short Xtream live form `/USER/PASS/12345` (optionally `.ts`/`.m3u8`/…): last segment is a stream id. */
const SHORT_STREAM_ID = /^\d+(?:\.(?:ts|m3u8|m3u|mp4|mkv|avi))?$/i;

function decodeLoose(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/** True when a query key (raw, possibly percent-encoded) names a credential. */
export function isCredentialKey(rawKey: string): boolean {
  const key = decodeLoose(rawKey).trim();
  const lower = key.toLowerCase();
  return KEY_SET.has(lower) || CREDENTIAL_SUFFIX.test(lower) || CREDENTIAL_CAMEL_SUFFIX.test(key);
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
 * Strip USER/PASS segments from an Xtream stream path (no query): `/live|movie|series|timeshift/
 * USER/PASS[/…]` and the short live form `/USER/PASS/ID`. The request path for a stream
 * link is `/` (the stream itself is never requested); the display keeps the shape with placeholders.
 */
export function stripPathCredentials(path: string): StrippedPath {
  const segments = path.split('/');
  // segments[0] is '' for an absolute path.
  const first = segments[1]?.toLowerCase();
  // With or without the stream id: /live/USER/PASS, /live/USER/PASS/, /live/USER/PASS/1.ts.
  if (segments.length >= 4 && first !== undefined && PREFIX_SET.has(first) && segments[2] !== '' && segments[3] !== '') {
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

// --- Userinfo --------------------------------------------------------------------------------

/** An authority that names a real server: a dotted name, a dotted-quad or a [bracketed] IPv6, optional :port. */
// eslint-disable-next-line no-control-regex
const QUALIFIED_AUTHORITY = /^(?:\[[0-9a-f:.]+\]|\d{1,3}(?:\.\d{1,3}){3}|(?:[^\x00-\x20@:/?#[\]%.。．｡]+[.。．｡])+[^\x00-\x20@:/?#[\]%.。．｡\d][^\x00-\x20@:/?#[\]%.。．｡]*[.。．｡]?)(?::\d{1,5})?$/i;
/** A single-label name (or a bare number) with an optional :port. */
const BARE_AUTHORITY = /^[a-z0-9-]+(?::\d{1,5})?$/i;

function authorityAt(text: string, start: number): string {
  const end = text.slice(start).search(/[/?#]/);
  return end === -1 ? text.slice(start) : text.slice(start, start + end);
}

export interface UserinfoSplit {
  /** The text after the userinfo's '@' (or the whole text when there is no userinfo). */
  rest: string;
  userinfo: boolean;
  /** More than one '@' could end the userinfo and none is followed by a dotted name: refuse the link. */
  ambiguous?: boolean;
}

/**
 * Find where a userinfo (`user:password@`) ends in `rest` (the text after `scheme://`), before
 * anything else is read from it, so that a password holding `? # @ : / %` is never mistaken for a
 * host, port, path or query. Browsers end the authority at the first `/ ? #`; people's passwords do
 * not, so: when the text up to the first `/ ? #` is an ordinary `host[:port]` there is no userinfo;
 * otherwise the userinfo ends at the first '@' that is followed by a dotted name, IPv4 or [IPv6]
 * (then `/ ? #` or the end), or failing that (and unless that text was a single-label `name[:port]`)
 * at the only '@' followed by a single-label name; with several such '@', `ambiguous` is set. With
 * no such '@', nothing is split here (the caller's errors then quote nothing from the authority).
 * Over-reading a userinfo hides a little of a link; under-reading it would show a password.
 */
export function splitUserinfo(rest: string): UserinfoSplit {
  if (!rest.includes('@')) return { rest, userinfo: false };
  const authority = authorityAt(rest, 0);
  if (!authority.includes('@') && QUALIFIED_AUTHORITY.test(authority)) {
    // `john.doe:1234/x@host.example`: a password starting with digits and holding '/'.
    if (!authority.includes(':')) return { rest, userinfo: false };
    const query = rest.search(/[?#]/);
    const at = (query === -1 ? rest : rest.slice(0, query)).lastIndexOf('@');
    if (at > authority.length && QUALIFIED_AUTHORITY.test(authorityAt(rest, at + 1))) return { rest: rest.slice(at + 1), userinfo: true };
    return { rest, userinfo: false };
  }
  const ats: number[] = [];
  for (let i = rest.indexOf('@'); i !== -1; i = rest.indexOf('@', i + 1)) ats.push(i);
  const qualified = ats.find((i) => QUALIFIED_AUTHORITY.test(authorityAt(rest, i + 1)));
  if (qualified !== undefined) return { rest: rest.slice(qualified + 1), userinfo: true };
  // `intranet:8080/live/u@x/p`: an ordinary single-label authority gives way only to a dotted one.
  if (!authority.includes('@') && BARE_AUTHORITY.test(authority)) return { rest, userinfo: false };
  const bare = ats.filter((i) => BARE_AUTHORITY.test(authorityAt(rest, i + 1)));
  // Two single-label readings (`u:p@x/y@intranet`): any choice could show a piece of a password.
  if (bare.length > 1) return { rest, userinfo: true, ambiguous: true };
  if (bare.length === 0) return { rest, userinfo: false };
  return { rest: rest.slice(bare[0]! + 1), userinfo: true };
}

// --- Free text -------------------------------------------------------------------------------
// Every pattern is a run of negated character classes (no nested quantifiers): linear on any input.

// scheme://userinfo@ → scheme://…@, up to the last '@' of the URL (a password may hold / ? # @).
const TEXT_URL_USERINFO = /(\b[a-z][a-z0-9+.-]*:\/\/)[^\s@]*@/gi;
// user:pass@host without a scheme (requires the colon so plain e-mail addresses stay readable).
const TEXT_BARE_USERINFO = /(^|[\s<(`"'])[^\s/?#@:<>`"']+:[^\s<>`"']*@(?=[a-z0-9[])/gi;
// key=value for the credential keys (and any *token, *secret, *_key), in query strings or anywhere else.
const TEXT_PARAM = new RegExp(`(^|[^a-z0-9_-])(${CREDENTIAL_QUERY_KEYS.join('|')}|[a-z0-9_-]*(?:token|secret|[_-]key))(\\s*=\\s*)[^\\s&#"'<>\`;,]+`, 'gi');
// /live/USER/PASS and friends, with or without a stream id after it.
const TEXT_XTREAM_PREFIXED = new RegExp(`(/(?:${XTREAM_STREAM_PREFIXES.join('|')})/)[^\\s/?#"'<>\`]+/[^\\s/?#"'<>\`]+`, 'gi');
// http://host:port/USER/PASS/12345 (short live form), only right after an authority.
const TEXT_XTREAM_SHORT = /(:\/\/[^\s/?#"'<>`]+\/)[^\s/?#"'<>`]+\/[^\s/?#"'<>`]+(\/\d+(?:\.(?:ts|m3u8|m3u|mp4|mkv|avi))?)(?=$|[\s?#"'<>`),.])/gi;

/**
 * Remove credentials from any text before it is echoed to Discord or logged: URL userinfo,
 * credential query values, Xtream stream USER/PASS segments, then everything the logger's
 * {@link redactSecrets} knows (bot tokens, Authorization headers, `secret=`…). Over-redaction is
 * preferred to leaks. Removed values become a placeholder (`…` or `[redacted]`).
 */
export function scrubCredentials(text: string): string {
  // Each pattern runs only on text holding the character it cannot match without (`@`, `/`,
  // `=`): a CLI check of `host:port` then compiles none of these case-folding patterns.
  let scrubbed = text;
  if (scrubbed.includes('@')) scrubbed = scrubbed.replace(TEXT_URL_USERINFO, `$1${PLACEHOLDER}@`).replace(TEXT_BARE_USERINFO, `$1${PLACEHOLDER}@`);
  if (scrubbed.includes('/')) scrubbed = scrubbed.replace(TEXT_XTREAM_PREFIXED, `$1${PLACEHOLDER}/${PLACEHOLDER}`).replace(TEXT_XTREAM_SHORT, `$1${PLACEHOLDER}/${PLACEHOLDER}$2`);
  if (scrubbed.includes('=')) scrubbed = scrubbed.replace(TEXT_PARAM, `$1$2$3${PLACEHOLDER}`);
  return redactSecrets(scrubbed);
}
