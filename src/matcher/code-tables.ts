/**
 * The typed-code tables (src/matcher/tables/*.json, each naming its sources): errno names and
 * numbers per platform, Winsock codes, curl exit codes, HTTP statuses, TLS alerts and X.509 verify
 * codes, TLS library error names and runtime exception names, each mapped to an article id.
 *
 * Articles keep their own `codes` lists; the index adds the table entries to the article they name
 * when that article exists and no article claims the code itself (an article's own claim wins, and
 * `tableConflicts` lists where the two disagree so a test can keep them in step).
 */
import curlTable from './tables/curl.json';
import errnoTable from './tables/errno.json';
import exceptionTable from './tables/exceptions.json';
import frameTable from './tables/frames.json';
import httpTable from './tables/http.json';
import loginTable from './tables/logins.json';
import tlsTable from './tables/tls.json';
import vagueTable from './tables/vague.json';
import { DERIVED_TABLES, type SerializedTables, type StoredTables } from './derived-tables';
import { lexiconEntries, normalizePattern, patternTokens } from './tokenize';

export interface CodeTables {
  /** Code (normalized: lower case, tokens joined by spaces) → its article id and the name as written. */
  names: ReadonlyMap<string, { article: string; name: string; tokens: readonly string[] }>;
  /** Typed code key (`errno:111`, `winsock:10061`, `curl:7`, `http:404`, `tlsalert:40`, `x509:10`) → article id. */
  typed: ReadonlyMap<string, string>;
  /** Token prefixes (lower case) → article id, for families such as ERR_CERT_* or SEC_ERROR_*. */
  prefixes: readonly (readonly [string, string])[];
  /** errno numbers (Linux, BSD, getaddrinfo, libuv) → symbolic name, lower case. */
  errnoNames: ReadonlyMap<number, string>;
  /** Winsock numbers → symbolic name (without WSA), lower case. */
  winsockNames: ReadonlyMap<number, string>;
  /** Names that are network errors only in a network context (EACCES, EPERM are file errors too). */
  localNames: ReadonlySet<string>;
  /** Names that some library also uses for another failure (ECONNABORTED: axios timeouts): weak evidence. */
  ambiguousNames: ReadonlySet<string>;
}

interface ErrnoRow {
  name: string;
  article: string;
  linux?: number;
  bsd?: number;
  winsock?: number;
  libuv?: number;
  local?: boolean;
  ambiguous?: boolean;
  aliases?: string[];
}

function setOnce<K, V>(map: Map<K, V>, key: K, value: V, what: string): void {
  const prev = map.get(key);
  if (prev !== undefined && prev !== value) throw new Error(`code tables: ${what} ${String(key)} maps to both ${String(prev)} and ${String(value)}`);
  map.set(key, value);
}

function build(): CodeTables {
  const names = new Map<string, { article: string; name: string; tokens: readonly string[] }>();
  const typed = new Map<string, string>();
  const errnoNames = new Map<number, string>();
  const winsockNames = new Map<number, string>();
  const localNames = new Set<string>();
  const ambiguousNames = new Set<string>();
  const addName = (name: string, article: string) => {
    const key = normalizePattern(name);
    const prev = names.get(key);
    if (prev && prev.article !== article) throw new Error(`code tables: ${name} maps to both ${prev.article} and ${article}`);
    if (!prev) names.set(key, { article, name, tokens: key.split(' ') });
  };

  for (const row of errnoTable.errors as ErrnoRow[]) {
    const lower = row.name.toLowerCase();
    addName(row.name, row.article);
    for (const alias of row.aliases ?? []) addName(alias, row.article);
    if (row.local) localNames.add(lower);
    if (row.ambiguous) ambiguousNames.add(lower);
    for (const n of [row.linux, row.bsd, row.libuv]) {
      if (n === undefined) continue;
      setOnce(errnoNames, n, lower, 'errno');
      setOnce(typed, `errno:${n}`, row.article, 'errno');
    }
    if (row.winsock !== undefined) {
      setOnce(winsockNames, row.winsock, lower, 'winsock');
      setOnce(typed, `winsock:${row.winsock}`, row.article, 'winsock');
    }
  }
  for (const [code, article] of Object.entries(curlTable.codes)) if (article) setOnce(typed, `curl:${code}`, article, 'curl');
  for (let status = 400; status <= 599; status++) {
    const own = (httpTable.statuses as Record<string, string>)[String(status)];
    setOnce(typed, `http:${status}`, own ?? (status < 500 ? httpTable.default4xx : httpTable.default5xx), 'http');
  }
  for (const [n, article] of Object.entries(tlsTable.alerts)) setOnce(typed, `tlsalert:${n}`, article, 'tls alert');
  for (const [n, article] of Object.entries(tlsTable.x509Verify)) setOnce(typed, `x509:${n}`, article, 'x509 verify code');
  for (const table of [tlsTable.names, exceptionTable.names] as Record<string, string[]>[]) {
    for (const [article, list] of Object.entries(table)) for (const name of list) addName(name, article);
  }
  const prefixes = Object.entries(tlsTable.prefixes as Record<string, string>).map(([p, a]) => [p, a] as const);
  return { names, typed, prefixes, errnoNames, winsockNames, localNames, ambiguousNames };
}


/** The article a code belongs to according to the tables (a name, a typed key or a prefix family). */
export function tableArticle(code: string): string | undefined {
  const key = normalizePattern(code);
  const byName = CODE_TABLES.names.get(key);
  if (byName) return byName.article;
  const typed = CODE_TABLES.typed.get(code.toLowerCase());
  if (typed) return typed;
  for (const [prefix, article] of CODE_TABLES.prefixes) if (key.startsWith(prefix)) return article;
  return undefined;
}

/**
 * Login phrases (tables/logins.json): which words make a phrase a general "login failed", which
 * words of a text say what service it is about, and which article each service's logins have.
 */
export interface LoginTable {
  /** A login phrase has at least one of these (folded tokens). */
  heads: ReadonlySet<string>;
  /** …and nothing but heads and these. */
  words: ReadonlySet<string>;
  /** Folded token → service kind (`ssh`, `auth`, `iptv`). */
  cues: ReadonlyMap<string, string>;
  /** Service name (ports.ts, e.g. `PostgreSQL`) → service kind. */
  services: ReadonlyMap<string, string>;
  /** Service kind → article id. */
  routes: ReadonlyMap<string, string>;
}

/** A frame (tables/frames.json): words saying on which leg a connection failure happened. */
export interface Frame {
  name: string;
  article: string;
  /** Folded tokens, any of which marks the frame. */
  markers: ReadonlySet<string>;
  /** Pairs of folded tokens that mark it together. */
  pairs: readonly (readonly [string, string])[];
}

const folded = (words: readonly string[]) => words.flatMap((w) => patternTokens(w));

function buildLogins(): LoginTable {
  const cues = new Map<string, string>();
  for (const [kind, list] of Object.entries(loginTable.cues as Record<string, string[]>)) for (const t of folded(list)) if (!cues.has(t)) cues.set(t, kind);
  return {
    heads: new Set(folded(loginTable.heads)),
    words: new Set(folded(loginTable.words)),
    cues,
    services: new Map(Object.entries(loginTable.services as Record<string, string>)),
    routes: new Map(Object.entries(loginTable.routes as Record<string, string>)),
  };
}


/** Is this phrase (its folded tokens) a general login-failure phrase? */
export function isLoginPhrase(tokens: readonly string[]): boolean {
  let head = false;
  for (const t of tokens) {
    if (LOGIN_TABLE.heads.has(t)) head = true;
    else if (!LOGIN_TABLE.words.has(t)) return false;
  }
  return head;
}

function buildFrames(): Frame[] {
  return frameTable.frames.map((f) => ({
    name: f.name,
    article: f.article,
    markers: new Set(folded(f.markers)),
    pairs: f.pairs.map(([a, b]) => [patternTokens(a!)[0]!, patternTokens(b!)[0]!] as const),
  }));
}

/** Derives every table from the JSON files (folding and tokenizing their words). */
export function deriveTables(): SerializedTables {
  const code = build();
  const logins = buildLogins();
  return {
    code: {
      names: [...code.names].map(([k, v]) => [k, { article: v.article, name: v.name, tokens: [...v.tokens] }]),
      typed: [...code.typed],
      prefixes: code.prefixes.map(([p, a]) => [p, a]),
      errnoNames: [...code.errnoNames],
      winsockNames: [...code.winsockNames],
      localNames: [...code.localNames],
      ambiguousNames: [...code.ambiguousNames],
    },
    logins: { heads: [...logins.heads], words: [...logins.words], cues: [...logins.cues], services: [...logins.services], routes: [...logins.routes] },
    frames: buildFrames().map((f) => ({ name: f.name, article: f.article, markers: [...f.markers], pairs: f.pairs.map(([a, b]) => [a, b]) })),
    vague: folded(vagueTable.words),
    lexicon: [...lexiconEntries()],
  };
}

const TABLES: StoredTables = DERIVED_TABLES ?? deriveTables();

/** A deferred table (derived-tables.ts): its entries, parsed from the stored text on first use. */
function entries<T>(stored: T | string): T {
  return typeof stored === 'string' ? (JSON.parse(stored) as T) : stored;
}

let names: CodeTables['names'] | null = null;
let typed: CodeTables['typed'] | null = null;

export const CODE_TABLES: CodeTables = {
  // The two big tables are built when first read: the index build reads them, a match against
  // a compiled index (the CLI's explain) does not.
  get names() {
    return (names ??= new Map(entries(TABLES.code.names)));
  },
  get typed() {
    return (typed ??= new Map(entries(TABLES.code.typed)));
  },
  prefixes: TABLES.code.prefixes,
  errnoNames: new Map(TABLES.code.errnoNames),
  winsockNames: new Map(TABLES.code.winsockNames),
  localNames: new Set(TABLES.code.localNames),
  ambiguousNames: new Set(TABLES.code.ambiguousNames),
};

export const LOGIN_TABLE: LoginTable = {
  heads: new Set(TABLES.logins.heads),
  words: new Set(TABLES.logins.words),
  cues: new Map(TABLES.logins.cues),
  services: new Map(TABLES.logins.services),
  routes: new Map(TABLES.logins.routes),
};

/** The category whose connection failures frames re-attribute (tables/frames.json). */
export const FRAME_CATEGORY: string = frameTable.category;

export const FRAMES: readonly Frame[] = TABLES.frames.map((f) => ({ name: f.name, article: f.article, markers: new Set(f.markers), pairs: f.pairs }));

/** Words of localised messages that only say a connection failed (tables/vague.json), folded. */
export const VAGUE_WORDS_LOCAL: ReadonlySet<string> = new Set(TABLES.vague);
