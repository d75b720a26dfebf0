/**
 * Parse what someone typed after `/check` into a {@link Target}: `host:port`, `[ipv6]:port`, a bare
 * IPv6 address, a bare hostname, or an http(s) URL (Xtream `player_api.php`/`get.php` links and
 * stream links included). Pure: no DNS, no sockets.
 *
 * Decisions worth knowing:
 * - Literal IPv4 in any inet_aton/WHATWG notation (decimal `2130706433`, hex `0x7f000001`,
 *   `0x7f.0.0.1`, octal `0177.0.0.1`, short `127.1`) becomes dotted-quad. IPv6 becomes its RFC 5952
 *   form; IPv4-mapped IPv6 (`::ffff:127.0.0.1`, `::ffff:7f00:1`) becomes the IPv4 address it maps to,
 *   since that is where a connection to it goes.
 * - `portAssumed` is true only when neither a port nor a URL scheme was given (a scheme implies its
 *   standard port, so nothing was guessed).
 * - Credentials (see credentials.ts) are removed from `path`; `display` shows their keys with `…`.
 *   Xtream stream links (`/live/USER/PASS/1.ts`) are probed at `/player_api.php` (the panel's API,
 *   without credentials), never at the stream; the short form `/USER/PASS/1` is probed at `/`.
 * - Fragments (`#…`) are dropped: they are never sent to a server.
 * - A userinfo is found before anything else (credentials.ts `splitUserinfo`), so a password holding
 *   `? # @ : / %` never becomes a port, path or query. Error messages never repeat anything that could
 *   be part of a credential, and nothing at all from a link that has an '@'.
 */
import { domainToASCII, domainToUnicode } from 'node:url';
import { isIPv6 } from 'node:net';
import { parseIPv6 } from './policy';
import { scrubCredentials, splitUserinfo, stripPathCredentials, stripQueryCredentials } from './credentials';
import { defaultGamePort, GAME_PORTS, isGameProtocol } from './protocols';
import type { ConcreteProtocol, Protocol, Target, TargetProblem } from './types';

export type ParseTargetResult = { ok: true; target: Target } | { ok: false; problem: TargetProblem };

export const MAX_TARGET_LENGTH = 2048;

/** Last path segments that mark an Xtream panel link. */
export const XTREAM_PATHS: readonly string[] = ['player_api.php', 'get.php', 'panel_api.php', 'xmltv.php'];
/** Ports inferred as HTTPS / HTTP when the protocol is `auto` and no scheme was given. */
export const HTTPS_PORTS: readonly number[] = [443, 8443];
export const HTTP_PORTS: readonly number[] = [80, 8080, 8000, 8880, 2086, 2095, 25461];

const UNSUPPORTED_SCHEMES_WITHOUT_SLASHES = new Set(['javascript', 'data', 'mailto', 'file', 'vbscript', 'about', 'blob', 'tel', 'sms', 'magnet', 'view-source']);

class TargetError extends Error {
  constructor(readonly problem: TargetProblem) {
    super(problem.code);
  }
}

function fail(problem: TargetProblem): never {
  throw new TargetError(problem);
}

/** A piece of input quoted for a problem (`shown`), or only what it stands for when it might be a secret. */
type Shown = Pick<TargetProblem, 'shown' | 'subject'>;

/** Remove what Discord users wrap links in: `<…>` (no embed) and backticks (code). */
function unwrap(text: string): string {
  let s = text.trim();
  for (;;) {
    if (s.length >= 2 && s.startsWith('<') && s.endsWith('>')) s = s.slice(1, -1).trim();
    else if (s.length >= 2 && s.startsWith('`') && s.endsWith('`')) s = s.replace(/^`+/, '').replace(/`+$/, '').trim();
    else return s;
  }
}

// ---- IPv4 (WHATWG URL / inet_aton numeric forms) ----

// Both cases spelled out instead of the `i` flag (same matches, no case-folding tables to compile).
const NUMERIC_LABEL = /^(?:0[xX][0-9a-fA-F]*|[0-9]+)$/;

function parseIpv4Number(part: string): bigint | null {
  if (/^0[xX]/.test(part)) return part.length === 2 ? 0n : BigInt(part);
  if (part.length > 1 && part.startsWith('0')) return /^[0-7]+$/.test(part) ? BigInt('0o' + part.slice(1)) : null;
  return BigInt(part);
}

/** Dotted-quad for a numeric host, or a problem. `labels` are already known to be numeric. */
function parseIpv4(labels: string[], shown: Shown): string {
  if (labels.length > 4) fail({ code: 'ipv4-parts', ...shown });
  const values: bigint[] = [];
  for (const label of labels) {
    if (label.length > 40) fail({ code: 'ipv4-part-too-large', ...shown });
    const value = parseIpv4Number(label);
    if (value === null) fail({ code: 'ipv4-octal', ...shown });
    values.push(value);
  }
  const last = values.pop() ?? 0n;
  if (values.some((v) => v > 255n)) fail({ code: 'ipv4-part-range', ...shown });
  if (last >= 256n ** BigInt(4 - values.length)) fail({ code: 'ipv4-out-of-range', ...shown });
  let n = last;
  values.forEach((v, i) => {
    n += v * 256n ** BigInt(3 - i);
  });
  return [24n, 16n, 8n, 0n].map((shift) => String((n >> shift) & 255n)).join('.');
}

// ---- IPv6 ----

/** Canonical form of an IPv6 literal; IPv4-mapped addresses become the IPv4 address. */
function canonicalIpv6(text: string, shown: Shown): { host: string; v6: boolean } {
  if (text.includes('%')) fail({ code: 'ipv6-zone', ...shown });
  if (!isIPv6(text)) fail({ code: 'ipv6-invalid', ...shown });
  const parsed = parseIPv6(text);
  if (parsed.isIPv4MappedAddress()) return { host: parsed.toIPv4Address().toString(), v6: false };
  return { host: parsed.toRFC5952String(), v6: true };
}

// ---- Hostnames ----

const LDH_LABEL = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;

interface HostInfo {
  host: string;
  displayHost: string;
  isIp: boolean;
  v6: boolean;
}

function parseHost(raw: string, echo: Echo): HostInfo {
  if (raw === '') fail({ code: 'host-missing' });
  if (raw.includes('%')) fail({ code: 'host-percent', ...echo(raw, 'host') });
  let ascii = raw.toLowerCase();
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(ascii)) {
    // IDN (and full-width dots/digits): UTS #46 mapping to punycode, as browsers do.
    ascii = domainToASCII(ascii);
    if (ascii === '') fail({ code: 'idn-invalid', ...echo(raw, 'host') });
  }
  if (ascii.endsWith('.')) ascii = ascii.slice(0, -1);
  const labels = ascii.split('.');
  if (labels.every((l) => NUMERIC_LABEL.test(l))) {
    const ip = parseIpv4(labels, echo(raw, 'address'));
    return { host: ip, displayHost: ip, isIp: true, v6: false };
  }
  const lastLabel = labels[labels.length - 1] ?? '';
  if (NUMERIC_LABEL.test(lastLabel)) {
    fail({ code: 'host-ends-in-number', ...echo(raw, 'host') });
  }
  if (ascii.length > 253) fail({ code: 'host-too-long', length: ascii.length, limit: 253 });
  for (const label of labels) {
    if (label === '') fail({ code: 'host-empty-label', ...echo(raw, 'host') });
    if (label.length > 63) fail({ code: 'host-label-too-long', ...echo(raw, 'host') });
    if (!LDH_LABEL.test(label)) {
      if (label.startsWith('-') || label.endsWith('-')) fail({ code: 'host-hyphen', ...echo(raw, 'host') });
      fail({ code: 'host-characters', ...echo(raw, 'host') });
    }
  }
  // Validates xn-- labels too: an invalid punycode label makes domainToASCII return ''.
  if (labels.some((l) => l.startsWith('xn--')) && domainToASCII(ascii) === '') {
    fail({ code: 'idn-invalid', ...echo(raw, 'host') });
  }
  const unicode = domainToUnicode(ascii);
  return { host: ascii, displayHost: unicode === '' ? ascii : unicode, isIp: false, v6: false };
}

// ---- Ports ----

function parsePort(raw: string, echo: Echo): number {
  if (raw === '') fail({ code: 'port-missing' });
  if (!/^\d+$/.test(raw)) fail({ code: 'port-not-number', ...echo(raw, 'value') });
  const digits = raw.replace(/^0+(?=\d)/, '');
  const port = digits.length > 6 ? Infinity : Number(digits);
  if (port < 1 || port > 65535) fail({ code: 'port-range', value: digits.length > 12 ? digits.slice(0, 12) + '…' : digits });
  return port;
}

// ---- Protocol ----

function isXtreamPath(pathname: string): boolean {
  const last = pathname.split('/').pop()?.toLowerCase() ?? '';
  return XTREAM_PATHS.includes(last);
}

function encodePath(path: string): string {
  // Non-ASCII characters are percent-encoded (UTF-8); everything else is sent as given.
  // eslint-disable-next-line no-control-regex
  return path.replace(/[^\x00-\x7f]+/g, (s) => encodeURIComponent(s));
}

/**
 * Candidate secrets in a link without '@' (a link with one quotes nothing at all): credential
 * query values and the first path segments. Used only to keep error messages from echoing them.
 */
function secretCandidates(rest: string): string[] {
  const out: string[] = [];
  const end = rest.search(/[?#]/);
  const beforeQuery = end === -1 ? rest : rest.slice(0, end);
  const q = end === -1 ? '' : rest.slice(end + 1);
  for (const m of q.matchAll(/(?:^|[&?#])[^=&#]*=([^&#]*)/g)) if (m[1]) out.push(m[1]);
  const segs = beforeQuery.split('/');
  out.push(...segs.slice(1, 4).filter(Boolean));
  return out;
}

/** Quote a piece of the input for a problem, or name only what it is (`subject`) when it might be a secret. */
type Echo = (s: string, subject: NonNullable<Shown['subject']>) => Shown;

function makeEcho(secrets: string[]): Echo {
  return (s, subject) => {
    const risky = s === '' || secrets.some((secret) => secret.includes(s) || s.includes(secret));
    if (risky) return { subject };
    const short = s.length > 60 ? s.slice(0, 57) + '…' : s;
    return { shown: `'${scrubCredentials(short)}'` };
  };
}

function defaultPortFor(protocol: ConcreteProtocol, tls: boolean): number | null {
  switch (protocol) {
    case 'https':
      return 443;
    case 'http':
      return 80;
    case 'xtream':
      return tls ? 443 : 80;
    case 'tcp':
      return null;
    default:
      return defaultGamePort(protocol);
  }
}

function parse(input: string, requested: Protocol): Target {
  if (input.length > MAX_TARGET_LENGTH) {
    fail({ code: 'too-long', length: input.length, limit: MAX_TARGET_LENGTH });
  }
  let text = unwrap(input);
  if (text === '') fail({ code: 'empty' });
  // "host port" (as people type it, and as `nc host port` takes it) means host:port.
  const spaced = /^([^\s:/[\]]+) +(\d{1,5})$/.exec(text);
  if (spaced) text = `${spaced[1]}:${spaced[2]}`;
  // eslint-disable-next-line no-control-regex
  if (/[\s\x00-\x1f\x7f]/.test(text)) {
    fail({ code: 'spaces' });
  }

  if (text.includes('\\')) {
    // Browsers read '\' as '/' in http(s) URLs; refusing it keeps everyone's reading the same.
    fail({ code: 'backslash' });
  }

  // Bare IPv6 (no brackets, no port): `::1`, `2001:db8::1`, `fe80::1`.
  if (!text.includes('/') && (text.match(/:/g)?.length ?? 0) >= 2 && !text.includes('@') && !text.includes('[')) {
    const noZone = text.split('%')[0] ?? text;
    if (isIPv6(noZone)) {
      const ip = canonicalIpv6(text, { shown: `'${text}'` });
      return build({ scheme: null, host: { host: ip.host, displayHost: ip.host, isIp: true, v6: ip.v6 }, port: null, rawPath: '/', rawQuery: '' }, requested);
    }
  }

  let scheme: 'http' | 'https' | null = null;
  let rest = text;
  // Letters spelled in both cases rather than the `i` flag: the same matches (without `u`, `i` folds
  // only ASCII letters onto ASCII), and V8 compiles no case-folding tables at every check.
  const schemeMatch = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\//.exec(text);
  if (schemeMatch) {
    const name = (schemeMatch[1] ?? '').toLowerCase();
    if (name !== 'http' && name !== 'https') {
      fail({ code: 'scheme-unsupported', scheme: `${name}://` });
    }
    scheme = name;
    rest = text.slice(schemeMatch[0].length);
  } else if (text.startsWith('//')) {
    rest = text.slice(2);
  } else {
    const bare = /^([a-zA-Z][a-zA-Z0-9+.-]*):(.*)$/.exec(text);
    const name = bare?.[1]?.toLowerCase();
    if (name !== undefined && UNSUPPORTED_SCHEMES_WITHOUT_SLASHES.has(name) && !/^\d*(?:[/?#]|$)/.test(bare?.[2] ?? '')) {
      fail({ code: 'scheme-unsupported-bare', scheme: `${name}:` });
    }
  }

  // A userinfo is recognised before anything else is read, so no piece of a password (which may
  // hold ? # @ : / %) is ever taken for a host, port, path or query. When the link has an '@'
  // anywhere, no error message quotes any of it.
  const echo: Echo = rest.includes('@') ? (_s, subject) => ({ subject }) : makeEcho(secretCandidates(rest));
  const split = splitUserinfo(rest);
  if (split.ambiguous) {
    fail({ code: 'userinfo-ambiguous' });
  }
  let hadUserinfo = split.userinfo;
  rest = split.rest;

  // Split authority / path / query; the fragment is dropped.
  const hash = rest.indexOf('#');
  if (hash !== -1) rest = rest.slice(0, hash);
  const authEnd = rest.search(/[/?]/);
  let authority = authEnd === -1 ? rest : rest.slice(0, authEnd);
  const pathAndQuery = authEnd === -1 ? '' : rest.slice(authEnd);
  const q = pathAndQuery.indexOf('?');
  const rawPath = (q === -1 ? pathAndQuery : pathAndQuery.slice(0, q)) || '/';
  const rawQuery = q === -1 ? '' : pathAndQuery.slice(q + 1);

  const at = authority.lastIndexOf('@');
  if (at !== -1) {
    hadUserinfo = true;
    authority = authority.slice(at + 1);
  }

  let hostPart: string;
  let portPart: string | null = null;
  if (authority.startsWith('[')) {
    const close = authority.indexOf(']');
    if (close === -1) fail({ code: 'ipv6-missing-bracket' });
    hostPart = authority.slice(1, close);
    const after = authority.slice(close + 1);
    if (after !== '') {
      if (!after.startsWith(':')) fail({ code: 'ipv6-expected-port' });
      portPart = after.slice(1);
    }
    if (hostPart === '') fail({ code: 'ipv6-empty-brackets' });
    const ip = canonicalIpv6(hostPart, echo(`[${hostPart}]`, 'address'));
    const port = portPart === null ? null : parsePort(portPart, echo);
    return build({ scheme, host: { host: ip.host, displayHost: ip.host, isIp: true, v6: ip.v6 }, port, rawPath, rawQuery, hadUserinfo }, requested);
  }
  const colons = authority.match(/:/g)?.length ?? 0;
  if (colons >= 2) {
    fail({ code: 'ipv6-needs-brackets' });
  }
  if (colons === 1) {
    const c = authority.indexOf(':');
    hostPart = authority.slice(0, c);
    portPart = authority.slice(c + 1);
  } else {
    hostPart = authority;
  }
  const host = parseHost(hostPart, echo);
  const port = portPart === null ? null : parsePort(portPart, echo);
  return build({ scheme, host, port, rawPath, rawQuery, hadUserinfo }, requested);
}

interface Parts {
  scheme: 'http' | 'https' | null;
  host: HostInfo;
  port: number | null;
  rawPath: string;
  rawQuery: string;
  hadUserinfo?: boolean;
}

function build(parts: Parts, requested: Protocol): Target {
  const { scheme, host, port: givenPort, rawPath, rawQuery } = parts;
  const pathStrip = stripPathCredentials(rawPath);
  const queryStrip = stripQueryCredentials(rawQuery);
  const hadCredentials = Boolean(parts.hadUserinfo) || pathStrip.removed || queryStrip.removed;

  // Protocol.
  let protocol: ConcreteProtocol;
  if (requested !== 'auto') protocol = requested;
  else if (isXtreamPath(rawPath) || pathStrip.stream === 'prefixed') protocol = 'xtream';
  else if (scheme !== null) protocol = scheme;
  else if (givenPort === null) protocol = 'http';
  else if (HTTPS_PORTS.includes(givenPort)) protocol = 'https';
  else if (HTTP_PORTS.includes(givenPort)) protocol = 'http';
  else protocol = GAME_PORTS[givenPort] ?? 'tcp';
  // Game protocols and raw TCP take a host and a port, never a path.
  const socketOnly = protocol === 'tcp' || isGameProtocol(protocol);

  const tls =
    protocol === 'https' ||
    (protocol === 'xtream' && (scheme === 'https' || (scheme === null && givenPort !== null && HTTPS_PORTS.includes(givenPort))));

  // Port.
  let port = givenPort;
  if (port === null) {
    port = scheme !== null && !isGameProtocol(protocol) ? (scheme === 'https' ? 443 : 80) : defaultPortFor(protocol, tls);
    const shownHost = host.v6 ? `[${host.displayHost}]` : host.displayHost;
    if (port === null && protocol !== 'tcp') fail({ code: 'query-port-needed', protocol, host: shownHost });
    if (port === null) fail({ code: 'tcp-port-needed', host: shownHost });
  }
  const portAssumed = givenPort === null && (scheme === null || isGameProtocol(protocol));

  // Path (request) and the displayed path.
  let path = '/';
  let shownPath = '';
  if (!socketOnly) {
    let probePath = pathStrip.probe;
    if (pathStrip.stream === 'prefixed') probePath = '/player_api.php';
    path = encodePath(probePath) + (queryStrip.probe === '' ? '' : `?${encodePath(queryStrip.probe)}`);
    const displayPath = pathStrip.display + (queryStrip.display === '' ? '' : `?${queryStrip.display}`);
    shownPath = displayPath === '/' ? '' : displayPath;
  }

  const urlHost = host.v6 ? `[${host.displayHost}]` : host.displayHost;
  let display: string;
  if (socketOnly) {
    display = `${urlHost}:${port}`;
  } else {
    const shownScheme = tls ? 'https' : 'http';
    const standard = tls ? 443 : 80;
    display = `${shownScheme}://${urlHost}${port === standard ? '' : `:${port}`}${shownPath}`;
  }

  return {
    host: host.host,
    displayHost: host.displayHost,
    port,
    portAssumed,
    protocol,
    path,
    isIp: host.isIp,
    hadCredentials,
    display,
    tls,
  };
}

/** Problems never repeat a credential: every string parameter is scrubbed once more. */
function scrubProblem(problem: TargetProblem): TargetProblem {
  const out: TargetProblem = { code: problem.code };
  for (const [key, value] of Object.entries(problem)) if (key !== 'code') out[key] = typeof value === 'string' ? scrubCredentials(value) : value;
  return out;
}

/**
 * Parse and validate a target. `protocol` other than `auto` is used as given (an `http://` link
 * checked with protocol `tcp` is a TCP check of its host and port).
 */
export function parseTarget(text: string, protocol: Protocol = 'auto'): ParseTargetResult {
  try {
    return { ok: true, target: parse(text, protocol) };
  } catch (err) {
    if (err instanceof TargetError) return { ok: false, problem: scrubProblem(err.problem) };
    throw err;
  }
}
