/**
 * Credential scrubbing for anything that may be echoed or logged. Linear scans only (the
 * patterns have no nested quantifiers), so they are safe on user-supplied text.
 */

// Discord bot tokens: three base64url parts separated by dots.
const DISCORD_TOKEN = /[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{20,}/g;
// user:password@ in URLs.
const URL_USERINFO = /(\b[a-z][a-z0-9+.-]*:\/\/)[^\s/@:]+:[^\s/@]*@/gi;
// password=…, token=…, username=… style key/value pairs (query strings, logs, JSON-ish text).
const SECRET_PARAM = /\b(pass(?:word|wd)?|pwd|token|access_token|api_key|apikey|secret|auth|username|user)(["']?\s*[=:]\s*["']?)[^\s&"',;}]+/gi;
// Authorization headers.
const AUTH_HEADER = /\b(authorization\s*:\s*)(bot|bearer|basic)?\s*[^\s,;]+/gi;

// Every pattern above needs one of these characters: text without any has nothing to redact
// (most log messages), and one scan for them is cheaper than the four replacements.
const MAY_HOLD_SECRET = /[.:=]/;

/** SECRET_PARAM's and AUTH_HEADER's key words, one of which each match holds (any case). */
const SECRET_WORDS = ['pass', 'pwd', 'token', 'api', 'secret', 'auth', 'user'];

export function redactSecrets(text: string): string {
  if (!MAY_HOLD_SECRET.test(text)) return text;
  // The case-folding patterns run only on text that can hold a match: an `@` for URL userinfo,
  // one of the key words (lower-cased, ASCII letters fold as the patterns fold them) for the others.
  let out = text.replace(DISCORD_TOKEN, '[redacted]');
  if (out.includes('@')) out = out.replace(URL_USERINFO, '$1[redacted]@');
  const lower = out.toLowerCase();
  if (SECRET_WORDS.some((w) => lower.includes(w))) out = out.replace(SECRET_PARAM, '$1$2[redacted]').replace(AUTH_HEADER, '$1[redacted]');
  return out;
}
