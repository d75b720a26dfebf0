/**
 * Extraction of typed codes (errno, winsock, curl exit codes, HTTP statuses, exit codes) and of
 * the error's context (host, port, tool, service) from pasted text.
 *
 * Everything here is a hand-written scan over tokens or characters: linear in the input, no
 * backtracking regular expressions on user text.
 */
import { CODE_TABLES } from './code-tables';
import { serviceForPort } from './ports';
import type { Token, Tokenized } from './tokenize';

export type ToolName =
  | 'curl'
  | 'wget'
  | 'browser'
  | 'psql'
  | 'mysql'
  | 'redis'
  | 'mongodb'
  | 'ssh'
  | 'node'
  | 'npm'
  | 'python'
  | 'java'
  | 'go'
  | 'dotnet'
  | 'php'
  | 'git'
  | 'docker'
  | 'openssl'
  | 'iptv';

export interface ErrorContext {
  host?: string;
  port?: number;
  errno?: number;
  /** A process exit code; for curl, its `curl: (N)` code. */
  exitCode?: number;
  httpStatus?: number;
  tool?: ToolName;
  service?: { port: number; name: string };
}

/** A code found by extraction: `key` is what articles list (`errno:111`, `http:404`, …). */
export interface TypedCode {
  key: string;
  /** Symbolic name implied by a numeric code (lower case), e.g. `econnrefused` for errno 111. */
  implies?: string;
}

export interface Extraction {
  codes: TypedCode[];
  context: ErrorContext;
}

/** Socket and resolver errno values per platform, and Winsock codes (tables/errno.json). */
const ERRNO_NAMES = CODE_TABLES.errnoNames;
const WINSOCK_NAMES = CODE_TABLES.winsockNames;

/** errno values accepted from a bare "(N)" (MySQL's `… on 'host' (111)`), where nothing says "errno". */
const PAREN_ERRNOS = new Set([48, 49, 51, 53, 54, 60, 61, 64, 65, 98, 99, 101, 103, 104, 110, 111, 112, 113, ...WINSOCK_NAMES.keys()]);

/** HTTP statuses worth recognizing, with the first words of their reason phrase. */
const HTTP_REASONS = new Map<number, string[]>([
  [200, ['ok']],
  [301, ['moved']],
  [302, ['found']],
  [304, ['not']],
  [400, ['bad']],
  [401, ['unauthorized', 'authorization']],
  [402, ['payment']],
  [403, ['forbidden']],
  [404, ['not', 'file']],
  [405, ['method']],
  [406, ['not']],
  [407, ['proxy']],
  [408, ['request']],
  [409, ['conflict']],
  [410, ['gone']],
  [411, ['length']],
  [413, ['payload', 'request', 'entity']],
  [414, ['uri', 'request']],
  [415, ['unsupported']],
  [418, ['i', 'im']],
  [421, ['misdirected']],
  [422, ['unprocessable']],
  [425, ['too']],
  [426, ['upgrade']],
  [429, ['too']],
  [431, ['request']],
  [451, ['unavailable']],
  [444, ['no', 'connection']],
  [494, ['request']],
  [495, ['ssl']],
  [496, ['ssl']],
  [497, ['http']],
  [499, ['client']],
  [500, ['internal']],
  [501, ['not']],
  [502, ['bad', 'proxy']],
  [503, ['service']],
  [504, ['gateway']],
  [505, ['http']],
  [507, ['insufficient']],
  [508, ['loop']],
  [511, ['network']],
  [520, ['web', 'unknown']],
  [521, ['web']],
  [522, ['connection']],
  [523, ['origin']],
  [524, ['a', 'timeout']],
  [525, ['ssl']],
  [526, ['invalid']],
  [530, ['origin', 'site']],
]);

/** Tokens that, right before a number, say it is an HTTP status. */
const HTTP_STATUS_KEYWORDS = new Set([
  'status',
  'statuscode',
  'status_code',
  'code',
  'http',
  'https',
  'httperror',
  'error',
  'err',
  'returned',
  'response',
  'responsecode',
  'got',
  'cloudflare',
  // Chat: "getting 403", "the link gives 404", "it throws a 500" (a, an are skipped below).
  'getting',
  'gets',
  'gives',
  'giving',
  'gave',
  'returns',
  'returning',
  'throws',
  'throwing',
  'shows',
  'showing',
  'says',
  'saying',
  'hitting',
]);

/** Words after a status that opens a chat message: "403 when I open the link", "502 on every channel". */
const STATUS_LEAD_FOLLOWERS = new Set(['when', 'on', 'from', 'for', 'every', 'whenever', 'after', 'since', 'again', 'now', 'all']);

/** Words right after a 3-digit reply code that make it an FTP or mail server's reply, not HTTP. */
const NOT_HTTP_REPLY = new Set(['login', 'user', 'password', 'authentication', 'logged', 'passive', 'ftp', 'smtp']);

/**
 * Words that, earlier on the same line, make a small bare "(N)" a socket errno (BSD's 61 in
 * "… server on 'h' (61)"); numbers from 98 up (Linux socket errnos, Winsock codes) need none,
 * and "Invalid credentials (49)" is LDAP's result code, not errno 49.
 */
const CONNECTION_WORDS = new Set(['connect', 'connection', 'connecting', 'server', 'host', 'socket', 'network', 'lost', 'communication', 'refused', 'reset', 'unreachable', 'route', 'timed', 'timeout']);

/** Does the line before token `i` (at most 16 tokens back) talk about a connection? */
function saysConnection(tz: Tokenized, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 16; k--) {
    for (let c = tz.tokens[k]!.end; c < tz.tokens[k + 1]!.start; c++) {
      const ch = tz.folded.charCodeAt(c);
      if (ch === 10 || ch === 13) return false;
    }
    if (CONNECTION_WORDS.has(tz.tokens[k]!.text)) return true;
  }
  return false;
}

function isDigits(s: string): boolean {
  if (!s) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** True when `gap` only holds characters from `allowed` and is at most `max` long. */
function gapOnly(gap: string, allowed: string, max: number): boolean {
  if (gap.length > max) return false;
  for (let i = 0; i < gap.length; i++) if (!allowed.includes(gap[i]!)) return false;
  return true;
}

const TOOL_CUES: [ToolName, string[]][] = [
  ['iptv', ['xtream', 'iptv', 'm3u', 'm3u8', 'm3u_plus', 'tivimate', 'smarters', 'xteve', 'player_api', 'epg', 'stalker', 'ott']],
  ['psql', ['psql', 'postgres', 'postgresql', 'pg_hba', 'libpq', 'pgadmin']],
  ['mysql', ['mysql', 'mysqldump', 'mariadb', 'mysqli', 'pymysql']],
  ['redis', ['redis', 'ioredis']],
  ['mongodb', ['mongodb', 'mongoose', 'mongod', 'mongoservererror', 'mongonetworkerror']],
  ['ssh', ['ssh', 'sshd', 'openssh', 'debug1', 'scp', 'sftp']],
  ['git', ['git', 'github', 'gitlab', 'clone', 'pull', 'push', 'fetch', 'remote']],
  ['curl', ['curl', 'libcurl']],
  ['wget', ['wget']],
  ['docker', ['docker', 'dockerd', 'containerd']],
  ['openssl', ['openssl', 's_client']],
  ['npm', ['npm', 'yarn', 'pnpm']],
  ['browser', ['chrome', 'firefox', 'edge', 'safari', 'browser', 'chromium', 'net']],
  ['python', ['traceback', 'python', 'python3', 'urllib3', 'urllib2', 'urllib', 'requests', 'aiohttp', 'httpx', 'pip']],
  ['java', ['java', 'javax', 'okhttp', 'jdbc', 'kotlin', 'android']],
  ['dotnet', ['httprequestexception', 'socketexception', 'kestrel', 'dotnet', 'aspnetcore', 'webexception']],
  ['go', ['goroutine', 'golang', 'dial']],
  ['php', ['php', 'guzzle', 'guzzlehttp', 'laravel']],
  ['node', ['node', 'nodejs', 'axioserror', 'axios', 'undici', 'node_modules', 'internalconnect', 'tcpconnectwrap']],
];

/** Cues that need a second token to count (one-word cues would be too loose). */
const TOOL_PAIRS: [ToolName, string, string][] = [
  ['git', 'fatal', 'unable'],
  ['browser', 'this', 'site'],
  ['go', 'dial', 'tcp'],
];

const PAIR_HEADS = new Set(TOOL_PAIRS.map(([, a]) => a));

const WEAK_TOOL_CUES = new Set(['clone', 'pull', 'push', 'fetch', 'remote', 'net', 'dial', 'edge', 'requests', 'epg', 'ott', 'github', 'gitlab', 'pip']);

const TOOL_SERVICES: Partial<Record<ToolName, { port: number; name: string }>> = {
  psql: { port: 5432, name: 'PostgreSQL' },
  mysql: { port: 3306, name: 'MySQL' },
  redis: { port: 6379, name: 'Redis' },
  mongodb: { port: 27017, name: 'MongoDB' },
  ssh: { port: 22, name: 'SSH' },
};

/** Browser net error codes (Chrome's ERR_*), as opposed to Node's ERR_SOCKET_*, ERR_TLS_*, … */
const BROWSER_ERR_PREFIXES = ['err_connection', 'err_name', 'err_cert', 'err_ssl', 'err_timed', 'err_internet', 'err_address', 'err_network', 'err_proxy', 'err_tunnel', 'err_too_many', 'err_empty', 'err_http2', 'err_quic', 'err_blocked'];

/** The tool the text comes from: the earliest clear cue wins, except that IPTV wins whenever present. */
const CUE_TOOL = new Map<string, ToolName>();
for (const [tool, cues] of TOOL_CUES) for (const cue of cues) if (!WEAK_TOOL_CUES.has(cue) && !CUE_TOOL.has(cue)) CUE_TOOL.set(cue, tool);

/**
 * A browser net error code (BROWSER_ERR_PREFIXES). A function of its own, not a closure in
 * detectTool's loop: a closure there capturing the token makes V8 allocate a context for every
 * token of the text, a third of what a long paste's match allocated.
 */
function isBrowserErrorCode(t: string): boolean {
  for (const prefix of BROWSER_ERR_PREFIXES) if (t.startsWith(prefix)) return true;
  return false;
}

/** Per word, what detectTool asks of it (the tool it is a clear cue for, whether it opens a pair): one lookup per token. */
const TOOL_WORDS = new Map<string, { tool: ToolName | undefined; pairHead: boolean }>();
for (const [cue, tool] of CUE_TOOL) TOOL_WORDS.set(cue, { tool, pairHead: PAIR_HEADS.has(cue) });
for (const head of PAIR_HEADS) if (!TOOL_WORDS.has(head)) TOOL_WORDS.set(head, { tool: undefined, pairHead: true });

function detectTool(tokens: Token[]): ToolName | undefined {
  let found: ToolName | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!.text;
    const word = TOOL_WORDS.get(t);
    let tool = word?.tool;
    if (!tool && t.startsWith('err_') && isBrowserErrorCode(t)) tool = 'browser';
    if (!tool && i + 1 < tokens.length && word?.pairHead) {
      for (const [pairTool, a, b] of TOOL_PAIRS) if (t === a && tokens[i + 1]!.text === b) tool = pairTool;
    }
    if (!tool) continue;
    if (tool === 'iptv') return tool;
    found ??= tool;
  }
  return found;
}

/** Collects typed codes from the token stream. */
function extractCodes(tz: Tokenized, ctx: ErrorContext): TypedCode[] {
  const { folded, tokens } = tz;
  const codes: TypedCode[] = [];
  const seen = new Set<string>();
  const add = (key: string, implies?: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    codes.push(implies ? { key, implies } : { key });
  };
  const gapAfterAt = (i: number) => (i + 1 < tokens.length ? folded.slice(tokens[i]!.end, tokens[i + 1]!.start) : '');
  const gapBefore = (i: number) => (i > 0 ? folded.slice(tokens[i - 1]!.end, tokens[i]!.start) : folded.slice(0, tokens[i]!.start));
  const addErrno = (n: number) => {
    const winsock = WINSOCK_NAMES.get(n);
    if (winsock || (n >= 10000 && n < 12000)) {
      add(`winsock:${n}`, winsock);
      ctx.errno ??= n;
      return;
    }
    add(`errno:${n}`, ERRNO_NAMES.get(n));
    ctx.errno ??= n;
  };
  const addHttp = (n: number) => {
    if (!HTTP_REASONS.has(n)) return;
    add(`http:${n}`);
    if (ctx.httpStatus === undefined && n >= 400) ctx.httpStatus = n;
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!.text;
    const next = tokens[i + 1];

    // errno N, [Errno N], errno: -111, WinError N
    if ((t === 'errno' || t === 'winerror' || t === 'wsaerror') && next && isDigits(next.text) && gapOnly(gapAfterAt(i), ' :=-[]()\'"', 5)) {
      const n = Number(next.text) * (gapAfterAt(i).includes('-') && t === 'errno' ? -1 : 1);
      addErrno(Math.abs(n) >= 3000 || n > -10 ? n : Math.abs(n));
      continue;
    }
    // MySQL: "system error: 104"
    if (t === 'error' && tokens[i - 1]?.text === 'system' && next && isDigits(next.text) && gapOnly(gapAfterAt(i), ' :', 3)) {
      const n = Number(next.text);
      if (ERRNO_NAMES.has(n) || WINSOCK_NAMES.has(n)) addErrno(n);
    }
    // ConnectionResetError(104, …), error(10054, …), socket.error(111, …)
    if (next && next.start - tokens[i]!.end === 1 && folded.charCodeAt(tokens[i]!.end) === 40 && isDigits(next.text) && (t.endsWith('error') || t.endsWith('exception'))) {
      const n = Number(next.text);
      const after = tokens[i + 2] ? folded.slice(next.end, tokens[i + 2]!.start) : folded.slice(next.end, next.end + 1);
      if (after.startsWith(',') || after.startsWith(')')) {
        if (WINSOCK_NAMES.has(n) || ERRNO_NAMES.has(n)) addErrno(n);
      }
    }
    // curl: (7) … / curl:(7) / cURL error 28: / RPC failed; curl 56
    if (t === 'curl' && next) {
      if (isDigits(next.text) && gapOnly(gapAfterAt(i), ' :(', 4) && gapAfterAt(i).includes('(')) {
        const n = Number(next.text);
        if (n > 0 && n < 100) {
          add(`curl:${n}`);
          ctx.exitCode ??= n;
        }
      } else if (isDigits(next.text) && gapAfterAt(i) === ' ' && tokens[i - 1]?.text === 'failed' && folded.charCodeAt(tokens[i]!.start - 2) === 59) {
        // git: "error: RPC failed; curl 56 Recv failure: …"
        const n = Number(next.text);
        if (n > 0 && n < 100) {
          add(`curl:${n}`);
          ctx.exitCode ??= n;
        }
      } else if (next.text === 'error' && tokens[i + 2] && isDigits(tokens[i + 2]!.text)) {
        const n = Number(tokens[i + 2]!.text);
        if (n > 0 && n < 100) {
          add(`curl:${n}`);
          ctx.exitCode ??= n;
        }
      }
    }
    // exit code N / exit status N / exited with code N
    if ((t === 'exit' || t === 'exited') && next) {
      let j = i + 1;
      if (tokens[j]?.text === 'with') j++;
      if (tokens[j]?.text === 'code' || tokens[j]?.text === 'status') j++;
      const num = tokens[j];
      if (j > i + 1 && num && isDigits(num.text) && num.text.length <= 3) {
        const n = Number(num.text);
        add(`exit:${n}`);
        ctx.exitCode ??= n;
      }
    }
    // OpenSSL: "SSL alert number 40"; "verify error:num=10", "Verify return code: 10 (…)".
    if (t === 'alert' && next?.text === 'number' && tokens[i + 2] && isDigits(tokens[i + 2]!.text)) {
      const n = Number(tokens[i + 2]!.text);
      if (n > 0 && n < 256) add(`tlsalert:${n}`);
    }
    if (t === 'num' && tokens[i - 1]?.text === 'error' && tokens[i - 2]?.text === 'verify' && next && isDigits(next.text) && gapOnly(gapAfterAt(i), '=', 1)) {
      const n = Number(next.text);
      if (n > 0) add(`x509:${n}`);
    }
    if (t === 'code' && tokens[i - 1]?.text === 'return' && tokens[i - 2]?.text === 'verify' && next && isDigits(next.text) && gapOnly(gapAfterAt(i), ': ', 3)) {
      const n = Number(next.text);
      if (n > 0) add(`x509:${n}`);
    }
    if (!isDigits(t)) continue;
    const n = Number(t);
    // Most numbers in a log are neither a socket errno nor an HTTP status: no copy for them.
    if (!PAREN_ERRNOS.has(n) && (t.length !== 3 || !HTTP_REASONS.has(n))) continue;
    const before = gapBefore(i);

    // A bare "(N)" that is a socket errno (MySQL: Can't connect to MySQL server on 'h' (111)).
    // Not after "curl": `curl: (60)` is curl's exit code (60: certificate problem), not errno 60.
    if (PAREN_ERRNOS.has(n) && before.endsWith("(") && tokens[i - 1]?.text !== 'curl' && (n >= 98 || saysConnection(tz, i))) {
      const after = next ? gapAfterAt(i) : folded.slice(tokens[i]!.end, tokens[i]!.end + 2);
      if (after.startsWith(')') || after.startsWith(',') || after.startsWith(' "') || after.startsWith(" '")) addErrno(n);
    }

    if (t.length !== 3 || !HTTP_REASONS.has(n)) continue;
    const prev = tokens[i - 1];
    // HTTP/1.1 503, HTTP/2 429
    if (prev && isDigits(prev.text) && prev.text.length <= 1 && before.length <= 2) {
      let k = i - 1;
      while (k > 0 && isDigits(tokens[k]!.text) && tokens[k]!.text.length <= 1) k--;
      if (tokens[k]?.text === 'http' && folded.slice(tokens[k]!.end, tokens[k]!.end + 1) === '/') {
        addHttp(n);
        continue;
      }
    }
    // status code 404, HTTP Error 404, Error code: 429, returned error: 403, [ERROR] 403:
    // (not an FTP or mail server's reply: "Response: 530 Login authentication failed")
    if (prev && HTTP_STATUS_KEYWORDS.has(prev.text) && gapOnly(before, ' :=#[]()\'"-', 4) && !(next && NOT_HTTP_REPLY.has(next.text))) {
      // "error 2003"-style database codes have four digits and never get here.
      addHttp(n);
      continue;
    }
    // "gives a 404": an article between a chat verb and the status.
    if (prev && (prev.text === 'a' || prev.text === 'an') && gapOnly(before, ' ', 1)) {
      const verb = tokens[i - 2];
      if (verb && HTTP_STATUS_KEYWORDS.has(verb.text) && gapOnly(folded.slice(verb.end, prev.start), ' ', 1)) {
        addHttp(n);
        continue;
      }
    }
    // A chat message that opens with the status: "403 when I open the link"; or a status pasted
    // alone ("502"), which in a support channel means that status as much as "got 502" does.
    // The same after a comma starts a new clause: "Unable to connect to server, 502 from the proxy".
    const opensClause = i === 0 || (before.includes(',') && gapOnly(before, ', ', 2));
    if ((opensClause && next && STATUS_LEAD_FOLLOWERS.has(next.text) && gapOnly(gapAfterAt(i), ' ', 1)) || tokens.length === 1) {
      addHttp(n);
      continue;
    }
    // 404 Not Found, 503 Service Unavailable, 401 Client Error: Unauthorized
    if (next && gapOnly(gapAfterAt(i), ' :-', 3)) {
      const reasons = HTTP_REASONS.get(n)!;
      const afterNext = tokens[i + 2]?.text;
      if (reasons.includes(next.text) || ((next.text === 'client' || next.text === 'server') && afterNext === 'error')) {
        addHttp(n);
      }
    }
  }
  return codes;
}

// ---------------------------------------------------------------------------------------------
// Host and port

const CODE_EXTENSIONS = new Set(
  (
    'js mjs cjs jsx ts tsx py pyc java class jar kt kts go rs c h cc cpp hpp cs vb rb php dart swift m mm scala ' +
    'ex exs erl lua pl pm sh bash ps1 bat cmd json yml yaml toml ini conf cfg xml html htm css scss md txt log ' +
    'lock sock pid so dll exe dylib a o lib png jpg jpeg gif svg ico webp zip gz tgz tar bz2 xz 7z rar apk ipa ' +
    'deb rpm msi dmg iso img csv tsv sql db sqlite map wasm vue svelte pem crt key cer p12 pfx der csr env'
  ).split(' '),
);
/** Generic TLDs accepted without further evidence (any two-letter country TLD is accepted too). */
const COMMON_TLDS = new Set(
  (
    'com net org edu gov mil int arpa info biz name pro mobi asia tel travel museum coop aero ' +
    'io dev app xyz online site tech cloud store shop club top icu fun space website live link ' +
    'tv me ai sh cc ws eu network host services digital email media world blog news stream ' +
    'local lan internal home localdomain corp intranet test example invalid onion'
  ).split(' '),
);
const PACKAGE_PREFIXES = new Set(['com', 'org', 'net', 'java', 'javax', 'android', 'androidx', 'kotlin', 'kotlinx', 'sun', 'jdk', 'io', 'dev', 'okhttp3', 'system', 'microsoft', 'node', 'requests', 'urllib3', 'socket', 'os']);

function isHostChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || c === 46;
}

function hasDot(raw: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (raw.charCodeAt(k) === 46) return true;
  return false;
}

/** Four dot-separated numbers of one to three digits, each at most 255. One scan, no split. */
function isIPv4(s: string): boolean {
  let parts = 0;
  let digits = 0;
  let value = 0;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 46;
    if (c === 46) {
      if (digits === 0 || value > 255 || ++parts > 4) return false;
      digits = 0;
      value = 0;
    } else if (c >= 48 && c <= 57 && digits < 3) {
      digits++;
      value = value * 10 + (c - 48);
    } else return false;
  }
  return parts === 4;
}

function isHostname(raw: string): boolean {
  if (raw.length > 253) return false;
  const labels = raw.split('.');
  if (labels.length < 2) return false;
  for (const label of labels) {
    if (!label || label.length > 63 || label.startsWith('-') || label.endsWith('-')) return false;
    // camelCase inside a label: a class or method name (java.net.UnknownHostException), not a host.
    for (let i = 1; i < label.length; i++) {
      const a = label.charCodeAt(i - 1);
      const b = label.charCodeAt(i);
      if (a >= 97 && a <= 122 && b >= 65 && b <= 90) return false;
    }
  }
  const tld = labels[labels.length - 1]!.toLowerCase();
  if (tld.length < 2 || tld.length > 12) return false;
  for (let i = 0; i < tld.length; i++) {
    const c = tld.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  if (CODE_EXTENSIONS.has(tld)) return false;
  if (tld.length > 2 && !COMMON_TLDS.has(tld)) return false;
  if (labels.length >= 3 && PACKAGE_PREFIXES.has(labels[0]!.toLowerCase())) return false;
  return true;
}

/** Words that, just before a host, say it is the host the error is about. */
const HOST_KEYWORDS = new Map<string, number>([
  ['host', 3],
  ['lookup', 3],
  ['resolve', 3],
  ['enotfound', 3],
  ['eai_again', 3],
  ['econnrefused', 3],
  ['etimedout', 3],
  ['ehostunreach', 3],
  ['enetunreach', 3],
  ['econnreset', 3],
  ['server', 2],
  ['connect', 2],
  ['to', 1.5],
  ['on', 1],
  ['at', 1],
  ['reach', 2],
  ['hostname', 3],
  ['address', 2],
  ['from', 1],
]);
const LOCAL_MARKERS = ['local', 'laddr', 'localaddr', 'local_addr', 'source', 'src', 'client'];

/** The word just before `pos` in `raw` (skipping spaces and light punctuation), lower-cased. */
function wordBefore(raw: string, pos: number): string {
  let i = pos - 1;
  let skipped = 0;
  while (i >= 0 && skipped < 6 && ' \t:\'"=(`<[@'.includes(raw[i]!)) {
    i--;
    skipped++;
  }
  const end = i + 1;
  let count = 0;
  while (i >= 0 && count < 24) {
    const c = raw.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95)) break;
    i--;
    count++;
  }
  return raw.slice(i + 1, end).toLowerCase();
}

interface HostCandidate {
  host: string;
  port?: number;
  score: number;
  pos: number;
}

function parsePortAt(raw: string, i: number): { port: number; end: number } | undefined {
  let j = i;
  while (j < raw.length && j - i < 6) {
    const c = raw.charCodeAt(j);
    if (c < 48 || c > 57) break;
    j++;
  }
  if (j === i || j - i > 5) return undefined;
  const c = raw.charCodeAt(j);
  // The port must end the run: "host:443/path" and "host:443 " are fine, "a.js:11:66585" is not.
  if (j < raw.length && ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46)) return undefined;
  if (raw[j] === ':' && j + 1 < raw.length && raw.charCodeAt(j + 1) >= 48 && raw.charCodeAt(j + 1) <= 57) return undefined;
  const port = Number(raw.slice(i, j));
  return port > 0 && port <= 65535 ? { port, end: j } : undefined;
}

/**
 * Where the next run of host characters worth a look starts, from `i` (not inside a run). With
 * `lower` (`raw` lower-cased, same offsets: ASCII text), only the run holding the next dot or the
 * next "localhost" — no other run can be a host — found by native searches instead of a loop
 * over every character. Without it, the next run of any kind.
 */
function nextRunStart(raw: string, lower: string | null, i: number): number {
  if (lower === null) {
    while (i < raw.length && !isHostChar(raw.charCodeAt(i))) i++;
    return i;
  }
  const dot = raw.indexOf('.', i);
  const local = lower.indexOf('localhost', i);
  let at = dot < 0 ? local : local < 0 ? dot : Math.min(dot, local);
  if (at < 0) return raw.length;
  while (at > i && isHostChar(raw.charCodeAt(at - 1))) at--;
  return at;
}

function scanHosts(raw: string, lowered: string | null): HostCandidate[] {
  const out: HostCandidate[] = [];
  let i = 0;
  while (out.length < 64) {
    i = nextRunStart(raw, lowered, i);
    if (i >= raw.length) break;
    const start = i;
    let dot = false;
    for (; i < raw.length; i++) {
      const c = raw.charCodeAt(i);
      if (!isHostChar(c)) break;
      if (c === 46) dot = true;
    }
    // A search hit on a character that only lower-cases like a host's starts no run: go past it.
    if (i === start) {
      i++;
      continue;
    }
    // Without a dot only "localhost" can be a host (nine characters): most runs end here.
    if (!dot && i - start < 9) continue;
    let s = start;
    let e = i;
    while (s < e && (raw[s] === '.' || raw[s] === '-')) s++;
    while (e > s && (raw[e - 1] === '.' || raw[e - 1] === '-')) e--;
    // Only a dotted name or "localhost" can be a host: most runs are skipped without a copy.
    if (e - s !== 9 && !hasDot(raw, s, e)) continue;
    const candidate = raw.slice(s, e);
    const lower = candidate.toLowerCase();
    const isLocalhost = lower === 'localhost';
    if (!isLocalhost && (candidate.indexOf('.') < 0 || (!isIPv4(candidate) && !isHostname(candidate)))) continue;
    // A path segment ("/usr/lib/foo.so") is not a host; "//host" (a URL) is.
    if (raw[s - 1] === '/' && raw[s - 2] !== '/') continue;
    // obj.method( and obj.field_name are code, not hosts.
    if (!isIPv4(candidate) && (raw[e] === '(' || raw[e] === '_')) continue;
    let score = 0.5;
    const word = wordBefore(raw, s);
    score += HOST_KEYWORDS.get(word) ?? 0;
    if (raw.slice(Math.max(0, s - 3), s) === '://') score += 1;
    if (LOCAL_MARKERS.includes(word) || raw.slice(Math.max(0, s - 7), s).toLowerCase().includes('local')) score -= 5;
    let port: number | undefined;
    if (raw[e] === ':') {
      const p = parsePortAt(raw, e + 1);
      if (p) {
        port = p.port;
        score += 2;
      }
    } else {
      // "host github.com port 22", "to localhost port 1080"
      let k = e;
      while (k < raw.length && k - e < 3 && (raw[k] === ' ' || raw[k] === "'" || raw[k] === '"' || raw[k] === ',')) k++;
      if (raw.slice(k, k + 5).toLowerCase() === 'port ') {
        const p = parsePortAt(raw, k + 5);
        if (p) {
          port = p.port;
          score += 2;
        }
      }
    }
    out.push(port === undefined ? { host: lower, score, pos: s } : { host: lower, port, score, pos: s });
  }
  return out;
}

/** "[::1]:5432" style bracketed IPv6 addresses with a port. */
function scanBracketed(raw: string): HostCandidate[] {
  const out: HostCandidate[] = [];
  let from = 0;
  while (out.length < 8) {
    const open = raw.indexOf('[', from);
    if (open < 0) break;
    let j = open + 1;
    // An IPv6 address has at least two colons; counted here so "[42]" (worker[42], pid[1234]) costs no copy.
    let colons = 0;
    while (j < raw.length && j - open < 42) {
      const c = raw.charCodeAt(j);
      if (!((c >= 48 && c <= 58) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70) || c === 46)) break;
      if (c === 58) colons++;
      j++;
    }
    from = open + 1;
    if (raw[j] !== ']' || j - open < 3 || colons < 2) continue;
    const host = raw.slice(open + 1, j).toLowerCase();
    if (raw[j + 1] === ':') {
      const p = parsePortAt(raw, j + 2);
      if (p) out.push({ host, port: p.port, score: 2.5, pos: open });
    }
  }
  return out;
}

function sameLength(text: string, as: string): string | null {
  return text.length === as.length ? text : null;
}

/** `port N` anywhere ("port 22", "Port: 5432"). */
function scanPortWord(tokens: Token[], folded: string): number | undefined {
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i]!.text !== 'port') continue;
    const next = tokens[i + 1]!;
    const gap = folded.slice(tokens[i]!.end, next.start);
    if (isDigits(next.text) && gapOnly(gap, ' :=', 3)) {
      const n = Number(next.text);
      if (n > 0 && n <= 65535) return n;
    }
  }
  return undefined;
}

/** Extract typed codes and the context from text that was already cut and tokenized. */
export function extract(raw: string, tz: Tokenized): Extraction {
  const context: ErrorContext = {};
  const codes = extractCodes(tz, context);

  // The host scan searches the text lower-cased, which must keep every offset: ASCII text folds to
  // just that; other text is lower-cased here, and used when its length did not change (lower-
  // casing never shortens a character, so no character's lower case was longer either).
  const lowered = tz.ascii ? tz.folded : sameLength(raw.toLowerCase(), raw);
  const hosts = [...scanHosts(raw, lowered), ...scanBracketed(raw)];
  let best: HostCandidate | undefined;
  for (const h of hosts) if (h.score > 0 && (!best || h.score > best.score || (h.score === best.score && h.pos < best.pos))) best = h;
  if (best) {
    context.host = best.host;
    if (best.port !== undefined) context.port = best.port;
  }
  if (context.port === undefined) {
    const p = scanPortWord(tz.tokens, tz.folded);
    if (p !== undefined) context.port = p;
  }
  const tool = detectTool(tz.tokens);
  if (tool) context.tool = tool;
  if (context.port !== undefined) {
    const svc = serviceForPort(context.port);
    if (svc) context.service = { port: svc.port, name: svc.name };
  }
  if (!context.service && tool && TOOL_SERVICES[tool]) context.service = { ...TOOL_SERVICES[tool] };
  return { codes, context };
}
