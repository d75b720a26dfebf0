/**
 * Credential scrubbing for anything that may be echoed or logged. Linear scans only (the
 * patterns have no nested quantifiers), so they are safe on user-supplied text.
 */

// Discord bot tokens: three base64url parts separated by dots.
const DISCORD_TOKEN = /[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{20,}/g;
// user:password@ in URLs.
const URL_USERINFO = /(\b[a-z][a-z0-9+.-]*:\/\/)[^\s/@:]+:[^\s/@]*@/gi;
// password=…, token=…, username=… style key/value pairs (query strings, logs, JSON-ish text).
const SECRET_KEYS = 'pass(?:word|wd)?|pwd|token|access_token|api_key|apikey|secret|auth|username|user';
const SECRET_PARAM = new RegExp(`\\b(${SECRET_KEYS})(["']?\\s*[=:]\\s*["']?)[^\\s&"',;}]+`, 'gi');
// Authorization headers.
const AUTH_HEADER = /\b(authorization\s*:\s*)(bot|bearer|basic)?\s*[^\s,;]+/gi;
/** A key word of SECRET_PARAM or AUTH_HEADER anywhere (any case): made from the same keys, so the two cannot drift apart. */
const NAMES_A_SECRET = new RegExp(`${SECRET_KEYS}|authorization`, 'i');

// Every pattern above needs one of these characters: text without any has nothing to redact
// (most log messages), and one scan for them is cheaper than the four replacements.
const MAY_HOLD_SECRET = /[.:=]/;

export function redactSecrets(text: string): string {
  if (!MAY_HOLD_SECRET.test(text)) return text;
  // The case-folding patterns run only on text that can hold a match: an `@` for URL userinfo,
  // one of their key words for the others.
  let out = text.replace(DISCORD_TOKEN, '[redacted]');
  if (out.includes('@')) out = out.replace(URL_USERINFO, '$1[redacted]@');
  if (NAMES_A_SECRET.test(out)) out = out.replace(SECRET_PARAM, '$1$2[redacted]').replace(AUTH_HEADER, '$1[redacted]');
  return out;
}
