/**
 * The matcher's precomputed index over a knowledge base's articles.
 *
 * - Every plain code and every phrase becomes a pattern (a token sequence). Each pattern is
 *   indexed under its two rarest tokens ("anchors"), so a text token only visits the few
 *   patterns it could start; a typo in one anchor still leaves the other.
 * - Typed codes (`errno:111`, `http:404`, …) go in an exact map; for HTTP, the article that
 *   claims most statuses of a class (4xx, 5xx) also gets unclaimed statuses of that class.
 * - Long pattern words go in a symmetric-deletion index, so a text word one edit away from a
 *   pattern word ("conenct", "refsued") finds it in O(word length) lookups.
 * - Title, phrase and code words form a weak keyword index weighted by rarity.
 */
import type { Article, KnowledgeBase } from '../knowledge/types';
import { CODE_TABLES } from './code-tables';
import topicTable from './tables/topics.json';
import vagueTable from './tables/vague.json';
import { lexiconEntries, patternTokens, stem } from './tokenize';

export interface Pattern {
  /** Index into MatcherIndex.patterns. */
  id: number;
  article: number;
  kind: 'code' | 'phrase';
  /** As written in the article. */
  source: string;
  tokens: string[];
  /** The tokens stemmed (see `stem`): what phrases are matched on. */
  stems: string[];
  /** Made only of topic words (app, format, product names): context, never evidence on its own. */
  topic: boolean;
  /**
   * Holds a single-character Han/Kana token, or only stopwords and generic words: matched in
   * order, as a run. (A phrase made only of lexicon words, "连接 失败", reads like a Latin one.)
   */
  cjk: boolean;
  /** Per token, how much it counts when matching near: stopwords 0.3, generic words 0.5, others 1. */
  weights: number[];
  /** Added from the code tables (not written in the article). */
  fromTable: boolean;
  /**
   * A phrase that only says a connection failed ("failed to connect to", "can't connect to the
   * server"): it names an article when nothing else does, but weighs little.
   */
  vague: boolean;
  /** Effective length for weighting: the token weights summed, single Han/Kana characters counting half. */
  length: number;
  /**
   * Positions of the anchor words (the pattern's rarest): they say which failure it is, so a
   * phrase that may miss one word never misses one of them ("La connexion a été réinitialisée"
   * is no "la connexion a été refusée").
   */
  keys: number[];
}

export interface AnchorEntry {
  pattern: number;
  /** Position of the anchor token inside the pattern. */
  pos: number;
}

export interface MatcherIndex {
  articles: readonly Article[];
  patterns: Pattern[];
  anchors: Map<string, AnchorEntry[]>;
  typed: Map<string, { article: number; source: string }[]>;
  /** For an HTTP class digit ("4", "5"): the article claiming most statuses in it. */
  httpClassOwner: Map<string, number>;
  /** Every pattern word that may be matched with one edit. */
  fuzzyVocab: Set<string>;
  /** Deletion variant → vocabulary words it comes from. */
  deletions: Map<string, string[]>;
  /**
   * Pattern words as written whose stem differs ("connection" → "connect", "failed" → "fail"):
   * a typo that breaks the ending ("connecton", "faild") is one edit from the written word but
   * more from its stem, so the text word is also compared with these.
   */
  surfaceStems: Map<string, string>;
  /** Deletion variant → written words of `surfaceStems` it comes from. */
  surfaceDeletions: Map<string, string[]>;
  /** Weak keywords: word → articles with a weight. */
  keywords: Map<string, { article: number; weight: number }[]>;
  /** Symbolic codes claimed as single-token codes: token → pattern ids. */
  singleCodes: Map<string, number[]>;
  /** Code families by prefix (ERR_CERT_*, SEC_ERROR_*, …) → article index. */
  prefixes: (readonly [string, number])[];
  /** Every stem of every pattern. */
  stemVocab: ReadonlySet<string>;
  /** Single-token codes that are network errors only in a network context (EACCES, EPERM). */
  localCodes: ReadonlySet<string>;
}

export const STOPWORDS = new Set(
  (
    'a an the to of in on at for from by with and or not no is are was were be been has have had it its this that ' +
    'as into than then there their your you we our can cant could did does do i me my if but so such ' +
    'de la le les des du un une et en est pas el los las y se por para con que o da do dos das em um uma der die das ' +
    'und ist nicht ein eine zu mit von auf'
  ).split(' '),
);

/** Words too common in error text to be evidence for any one article on their own. */
export const GENERIC_WORDS = new Set(
  (
    'error errors err failed failure fail fatal exception warning warn connect connection connections connecting ' +
    'server client request response host remote local network net code message status unable could cannot ' +
    'while when trying attempt please check try again http https www com org url get set out up using use ' +
    'problem issue occurred unknown invalid bad new time'
  ).split(' '),
);

/** Words of messages that only say a connection failed, not how: "failed to connect to", "can't connect to the server". */
const VAGUE_WORDS = new Set('error errors err failed failure fail unable cannot cant couldnt could connect connection connecting connected server'.split(' '));

/** Words that name a kind of failure, not one failure, when pasted alone (tables/vague.json). */
const BARE_WORDS: ReadonlySet<string> = new Set(vagueTable.alone);

/** App, format and product words (tables/topics.json). */
export const TOPIC_WORDS: ReadonlySet<string> = new Set(topicTable.words);

const TYPED_KINDS = new Set(['errno', 'winsock', 'curl', 'http', 'exit', 'wsa', 'tlsalert', 'x509']);

function isCjk(token: string): boolean {
  const c = token.charCodeAt(0);
  return token.length === 1 && c >= 0x3040 && c <= 0x9fff;
}

function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** `kind:value` when the code is a typed code; undefined for a plain code. */
export function typedCodeKey(code: string): string | undefined {
  const colon = code.indexOf(':');
  if (colon <= 0) return undefined;
  const kind = code.slice(0, colon).trim().toLowerCase();
  const value = code.slice(colon + 1).trim().toLowerCase();
  if (!TYPED_KINDS.has(kind) || !value) return undefined;
  return `${kind === 'wsa' ? 'winsock' : kind}:${value}`;
}

export const FUZZY_MIN_LENGTH = 5;

/** Words that say something failed: generic as keywords, but never optional inside a phrase. */
const FAILURE_WORDS = new Set('error errors err failed failure fail fatal exception warning warn unable cannot could invalid bad unknown problem'.split(' '));

/** A word of another language weighs what the English word it means weighs (tables/lexicon.json): "Verbindung" like "connection". */
function tokenWeights(tokens: readonly string[]): number[] {
  return tokens.map((raw) => {
    const t = lexiconEntries().get(raw) ?? raw;
    return STOPWORDS.has(t) ? 0.3 : GENERIC_WORDS.has(t) && !FAILURE_WORDS.has(t) ? 0.5 : 1;
  });
}

/** The lexicon's concepts of two or more English words ("not found"), as their stems. */
let multiWordConcepts: { concept: string; stems: string[] }[] | null = null;

/**
 * `tokens` with each run of words that spells a multi-word concept of the lexicon replaced by the
 * concept (one list per concept found). Made when the index is built, so a text pays nothing.
 */
function joinedConcepts(tokens: readonly string[]): string[][] {
  if (multiWordConcepts === null) {
    const set = new Set<string>();
    for (const concept of lexiconEntries().values()) if (concept.includes(' ')) set.add(concept);
    multiWordConcepts = [...set].map((concept) => ({ concept, stems: concept.split(' ').map(stem) }));
  }
  const out: string[][] = [];
  const stems = tokens.map(stem);
  for (const { concept, stems: parts } of multiWordConcepts) {
    for (let i = 0; i + parts.length <= stems.length; i++) {
      if (!parts.every((p, k) => stems[i + k] === p)) continue;
      out.push([...tokens.slice(0, i), concept, ...tokens.slice(i + parts.length)]);
      break;
    }
  }
  return out;
}

/** Written pattern words at least this long are compared with text words one edit away. */
export const SURFACE_MIN_LENGTH = 6;

function isPlainWord(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** Deletion variant → the words it comes from (a symmetric-deletion index). */
function deletionIndex(words: Iterable<string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const word of words) {
    for (const d of deletionVariants(word)) {
      const list = out.get(d);
      if (list) {
        if (!list.includes(word)) list.push(word);
      } else out.set(d, [word]);
    }
  }
  return out;
}

export function deletionVariants(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

function addKeywordWords(words: Set<string>, tokens: readonly string[]): void {
  for (const t of tokens) {
    if (t.length < 3 || STOPWORDS.has(t) || GENERIC_WORDS.has(t) || isCjk(t)) continue;
    if (hasDigit(t) && t.length < 4) continue;
    words.add(t);
    if (t.includes('_')) for (const part of t.split('_')) if (part.length >= 4 && !GENERIC_WORDS.has(part)) words.add(part);
  }
}

/**
 * A pattern with every field present, in one order (absent flags false, no anchor words yet): all
 * patterns then share one hidden class, in this index and in a compiled file's (JSON keeps the
 * order), so the matcher's reads of `p.kind`, `p.stems`, … stay monomorphic instead of going
 * through V8's megamorphic lookups, one per read.
 */
function makePattern(p: Omit<Pattern, 'fromTable' | 'vague' | 'keys'> & { fromTable?: boolean; vague?: boolean }): Pattern {
  return {
    id: p.id,
    article: p.article,
    kind: p.kind,
    source: p.source,
    tokens: p.tokens,
    stems: p.stems,
    topic: p.topic,
    cjk: p.cjk,
    weights: p.weights,
    fromTable: p.fromTable ?? false,
    vague: p.vague ?? false,
    length: p.length,
    keys: [],
  };
}

export function buildMatcherIndex(articles: readonly Article[]): MatcherIndex {
  const patterns: Pattern[] = [];
  const typed = new Map<string, { article: number; source: string }[]>();
  const httpClassCounts = new Map<string, Map<number, number>>();

  articles.forEach((article, ai) => {
    const addPattern = (kind: 'code' | 'phrase', source: string) => {
      const tokens = patternTokens(source);
      if (tokens.length === 0) return;
      pushPattern(kind, source, tokens);
      // "Server not found" is also read as ["server", "not found"], so one word that says "not
      // found" in another language ("bulunamadi", "introuvable", "找不到") matches it too.
      if (kind === 'phrase') for (const joined of joinedConcepts(tokens)) pushPattern(kind, source, joined);
    };
    const pushPattern = (kind: 'code' | 'phrase', source: string, tokens: string[]) => {
      let length = 0;
      let cjk = false;
      let topic = true;
      const weights = tokenWeights(tokens);
      for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i]!;
        length += isCjk(t) ? 0.5 : weights[i]!;
        if (isCjk(t)) cjk = true;
        if (!TOPIC_WORDS.has(t) && !STOPWORDS.has(t)) topic = false;
      }
      if (!weights.includes(1)) cjk = true;
      const vague = kind === 'phrase' && ((tokens.length > 1 && tokens.every((t) => STOPWORDS.has(t) || VAGUE_WORDS.has(t))) || (tokens.length === 1 && BARE_WORDS.has(tokens[0]!)));
      patterns.push(makePattern({ id: patterns.length, article: ai, kind, source, tokens, stems: tokens.map(stem), topic, cjk, weights, length, vague }));
    };
    for (const code of article.codes) {
      const key = typedCodeKey(code);
      if (key) {
        const list = typed.get(key) ?? [];
        list.push({ article: ai, source: code });
        typed.set(key, list);
        const [kind, value] = key.split(':') as [string, string];
        if (kind === 'http' && value.length === 3) {
          const cls = value[0]!;
          const counts = httpClassCounts.get(cls) ?? new Map<number, number>();
          counts.set(ai, (counts.get(ai) ?? 0) + 1);
          httpClassCounts.set(cls, counts);
        }
      } else {
        addPattern('code', code);
      }
    }
    for (const phrase of article.phrases) addPattern('phrase', phrase);
  });

  // The code tables add what no article claims itself, to the article they name (if it exists).
  const articleIndex = new Map(articles.map((a, i) => [a.id, i] as const));
  const claimed = new Set(patterns.filter((p) => p.kind === 'code').map((p) => p.tokens.join(' ')));
  for (const [key, { article, name, tokens: tableTokens }] of CODE_TABLES.names) {
    const ai = articleIndex.get(article);
    if (ai === undefined || claimed.has(key)) continue;
    const tokens = [...tableTokens];
    patterns.push(makePattern({ id: patterns.length, article: ai, kind: 'code', source: name, tokens, stems: tokens.map(stem), topic: false, cjk: false, weights: tokenWeights(tokens), length: tokens.length, fromTable: true }));
  }
  for (const [key, article] of CODE_TABLES.typed) {
    const ai = articleIndex.get(article);
    if (ai === undefined || typed.has(key)) continue;
    typed.set(key, [{ article: ai, source: key }]);
  }
  const prefixes: (readonly [string, number])[] = [];
  for (const [prefix, article] of CODE_TABLES.prefixes) {
    const ai = articleIndex.get(article);
    if (ai !== undefined) prefixes.push([prefix, ai]);
  }

  // Document frequency of each token over the patterns, to pick the rarest tokens as anchors.
  const df = new Map<string, number>();
  for (const p of patterns) for (const t of new Set(p.stems)) df.set(t, (df.get(t) ?? 0) + 1);

  const anchors = new Map<string, AnchorEntry[]>();
  const singleCodes = new Map<string, number[]>();
  const fuzzyVocab = new Set<string>();
  for (const p of patterns) {
    // A phrase read with a joined concept ("server" + "not found") only matters where a text has the
    // concept's word ("introuvable"): it is found from that word alone, so "server" visits no more patterns.
    const joined = p.stems.some((t) => t.includes(' '));
    const candidates = p.stems.map((t, pos) => ({ t, pos })).filter(({ pos }) => !STOPWORDS.has(p.tokens[pos]!));
    const pool = candidates.length > 0 ? candidates : p.stems.map((t, pos) => ({ t, pos }));
    pool.sort((a, b) => (df.get(a.t) ?? 0) - (df.get(b.t) ?? 0) || b.t.length - a.t.length || a.pos - b.pos);
    const chosen = new Set<string>();
    for (const { t, pos } of pool) {
      if (chosen.size >= 2) break;
      if (chosen.has(t)) continue;
      chosen.add(t);
      p.keys.push(pos);
      if (joined && !t.includes(' ')) continue;
      const list = anchors.get(t) ?? [];
      list.push({ pattern: p.id, pos });
      anchors.set(t, list);
    }
    if (p.kind === 'code' && p.tokens.length === 1) {
      const list = singleCodes.get(p.tokens[0]!) ?? [];
      list.push(p.id);
      singleCodes.set(p.tokens[0]!, list);
    }
    p.stems.forEach((t, pos) => {
      if (t.length >= FUZZY_MIN_LENGTH && !hasDigit(t) && !STOPWORDS.has(p.tokens[pos]!)) fuzzyVocab.add(t);
    });
  }

  const deletions = deletionIndex(fuzzyVocab);
  // Written forms of pattern words whose stem differs, for typos that break the ending.
  const surfaceStems = new Map<string, string>();
  for (const p of patterns) {
    if (p.topic) continue;
    p.tokens.forEach((t, pos) => {
      const s = p.stems[pos]!;
      if (t.length >= SURFACE_MIN_LENGTH && s !== t && !hasDigit(t) && !STOPWORDS.has(t) && isPlainWord(t)) surfaceStems.set(t, s);
    });
  }
  // Other languages' words for pattern words (tables/lexicon.json): their inflections one edit away too.
  for (const [word, s] of lexiconEntries()) if (word.length >= SURFACE_MIN_LENGTH && !hasDigit(word) && df.has(s)) surfaceStems.set(word, s);
  const surfaceDeletions = deletionIndex(surfaceStems.keys());

  const httpClassOwner = new Map<string, number>();
  for (const [cls, counts] of httpClassCounts) {
    let best = -1;
    let bestCount = 1; // a class needs at least two statuses from one article
    let tie = false;
    for (const [ai, n] of counts) {
      if (n > bestCount) {
        best = ai;
        bestCount = n;
        tie = false;
      } else if (n === bestCount && best >= 0) tie = true;
    }
    if (best >= 0 && !tie) httpClassOwner.set(cls, best);
    if (counts.size === 1) for (const [ai] of counts) httpClassOwner.set(cls, ai);
  }

  // Weak keywords: words of the title, phrases and code parts, weighted by how few articles use
  // them. Phrase and code words come from the patterns already tokenized (not the table codes).
  const articleWords: Set<string>[] = articles.map((a) => {
    const words = new Set<string>();
    addKeywordWords(words, patternTokens(a.title));
    return words;
  });
  for (const p of patterns) if (!p.fromTable) addKeywordWords(articleWords[p.article]!, p.tokens);
  const wordDf = new Map<string, number>();
  for (const words of articleWords) for (const w of words) wordDf.set(w, (wordDf.get(w) ?? 0) + 1);
  const keywords = new Map<string, { article: number; weight: number }[]>();
  const n = Math.max(articles.length, 1);
  articleWords.forEach((words, ai) => {
    for (const w of words) {
      const d = wordDf.get(w)!;
      if (n >= 6 && d > n / 3) continue;
      const weight = Math.min(1, Math.log(1 + n / d) / Math.log(1 + n));
      const list = keywords.get(w) ?? [];
      list.push({ article: ai, weight });
      keywords.set(w, list);
    }
  });

  return { articles, patterns, anchors, typed, httpClassOwner, fuzzyVocab, deletions, surfaceStems, surfaceDeletions, keywords, singleCodes, prefixes, stemVocab: new Set(df.keys()), localCodes: CODE_TABLES.localNames };
}

/**
 * Where the articles' own claims and the code tables disagree: a code an article claims that the
 * tables give to another article that exists. Empty for a consistent knowledge base.
 */
export function tableConflicts(articles: readonly Article[]): { code: string; claimedBy: string; table: string }[] {
  const ids = new Set(articles.map((a) => a.id));
  const out: { code: string; claimedBy: string; table: string }[] = [];
  for (const a of articles) {
    for (const code of a.codes) {
      const key = typedCodeKey(code);
      const table = key ? CODE_TABLES.typed.get(key) : CODE_TABLES.names.get(patternTokens(code).join(' '))?.article;
      if (table && table !== a.id && ids.has(table)) out.push({ code, claimedBy: a.id, table });
    }
  }
  return out;
}

const cache = new WeakMap<object, MatcherIndex>();

/**
 * Where a knowledge base loaded from a compiled file (knowledge/snapshot.ts) keeps its stored
 * index: a function returning it, under a registered symbol (so the knowledge side attaches it
 * without loading the matcher).
 */
const STORED_INDEX = Symbol.for('netmedic.knowledge.storedIndex');
/**
 * An attached index is also kept on the knowledge base under a registered symbol: the CLI bundle
 * (cli/bundle.ts) holds its own copy of this module, and a knowledge base built by the loader's
 * copy must not have its index built twice.
 */
const ATTACHED_INDEX = Symbol.for('netmedic.matcher.attachedIndex');

function own(kb: KnowledgeBase, key: symbol): unknown {
  return (kb as unknown as Record<symbol, unknown>)[key];
}

function storedIndex(kb: KnowledgeBase): IndexSource | undefined {
  const get = own(kb, STORED_INDEX);
  return typeof get === 'function' ? (get as () => IndexSource)() : undefined;
}

/**
 * The index for a knowledge base, built once per knowledge base object (and per articles array),
 * or taken from the knowledge base's stored index when it has one.
 */
export function indexFor(kb: KnowledgeBase): MatcherIndex {
  let index = cache.get(kb) ?? (own(kb, ATTACHED_INDEX) as MatcherIndex | undefined);
  if (index && index.articles === kb.articles) return index;
  const stored = storedIndex(kb);
  index = stored ? deserializeIndex(stored, kb.articles) : buildMatcherIndex(kb.articles);
  cache.set(kb, index);
  return index;
}

/** Store a prebuilt index for `kb` (the loader does this so matching never pays for building). */
export function attachIndex(kb: KnowledgeBase, index: MatcherIndex): void {
  cache.set(kb, index);
  if (Object.isExtensible(kb)) Object.defineProperty(kb, ATTACHED_INDEX, { value: index, configurable: true, writable: true, enumerable: false });
}

/** A MatcherIndex as plain JSON data (maps and sets as entry lists), for the compiled knowledge base. */
export interface SerializedIndex {
  patterns: Pattern[];
  anchors: [string, AnchorEntry[]][];
  typed: [string, { article: number; source: string }[]][];
  httpClassOwner: [string, number][];
  fuzzyVocab: string[];
  deletions: [string, string[]][];
  surfaceStems: [string, string][];
  surfaceDeletions: [string, string[]][];
  keywords: [string, { article: number; weight: number }[]][];
  singleCodes: [string, number[]][];
  prefixes: [string, number][];
  stemVocab: string[];
}

export function serializeIndex(index: MatcherIndex): SerializedIndex {
  return {
    patterns: index.patterns,
    anchors: [...index.anchors],
    typed: [...index.typed],
    httpClassOwner: [...index.httpClassOwner],
    fuzzyVocab: [...index.fuzzyVocab],
    deletions: [...index.deletions],
    surfaceStems: [...index.surfaceStems],
    surfaceDeletions: [...index.surfaceDeletions],
    keywords: [...index.keywords],
    singleCodes: [...index.singleCodes],
    prefixes: index.prefixes.map(([p, a]) => [p, a]),
    stemVocab: [...index.stemVocab],
  };
}

/**
 * What deserializeIndex builds an index from: a SerializedIndex, or one whose map and set fields
 * are ready-made (a compiled file's lookups that parse one key at a time, knowledge/compiled.ts).
 */
export interface IndexSource {
  patterns: readonly Pattern[];
  anchors: SerializedIndex['anchors'] | Map<string, AnchorEntry[]>;
  typed: SerializedIndex['typed'] | Map<string, { article: number; source: string }[]>;
  httpClassOwner: SerializedIndex['httpClassOwner'] | Map<string, number>;
  fuzzyVocab: SerializedIndex['fuzzyVocab'] | Set<string>;
  deletions: SerializedIndex['deletions'] | Map<string, string[]>;
  surfaceStems: SerializedIndex['surfaceStems'] | Map<string, string>;
  surfaceDeletions: SerializedIndex['surfaceDeletions'] | Map<string, string[]>;
  keywords: SerializedIndex['keywords'] | Map<string, { article: number; weight: number }[]>;
  singleCodes: SerializedIndex['singleCodes'] | Map<string, number[]>;
  prefixes: SerializedIndex['prefixes'];
  stemVocab: SerializedIndex['stemVocab'] | Set<string>;
}

function mapOf<V>(v: [string, V][] | Map<string, V>): Map<string, V> {
  return v instanceof Map ? v : new Map(v);
}

function setOf(v: string[] | Set<string>): Set<string> {
  return v instanceof Set ? v : new Set(v);
}

/**
 * The index `serializeIndex` stored, over `articles` (the same articles, in the same order).
 * Each field is converted on first access (and then kept): a compiled knowledge base whose
 * sections parse lazily (knowledge/compiled.ts) then parses only what a match touches, e.g.
 * never the fuzzy-matching tables when every word of the text is known. The fields are getters
 * of a class, not properties redefined on the object: an object whose properties are redefined
 * one by one turns into a dictionary, and every `index.anchors` of a match would be a hash lookup.
 */
class StoredIndex implements MatcherIndex {
  readonly localCodes: ReadonlySet<string> = CODE_TABLES.localNames;
  private patternsValue: Pattern[] | undefined = undefined;
  private anchorsValue: Map<string, AnchorEntry[]> | undefined = undefined;
  private typedValue: Map<string, { article: number; source: string }[]> | undefined = undefined;
  private httpClassOwnerValue: Map<string, number> | undefined = undefined;
  private fuzzyVocabValue: Set<string> | undefined = undefined;
  private deletionsValue: Map<string, string[]> | undefined = undefined;
  private surfaceStemsValue: Map<string, string> | undefined = undefined;
  private surfaceDeletionsValue: Map<string, string[]> | undefined = undefined;
  private keywordsValue: Map<string, { article: number; weight: number }[]> | undefined = undefined;
  private singleCodesValue: Map<string, number[]> | undefined = undefined;
  private prefixesValue: (readonly [string, number])[] | undefined = undefined;
  private stemVocabValue: Set<string> | undefined = undefined;

  constructor(
    private readonly source: IndexSource,
    readonly articles: readonly Article[],
  ) {}

  get patterns(): Pattern[] {
    return (this.patternsValue ??= this.source.patterns as Pattern[]);
  }
  get anchors(): Map<string, AnchorEntry[]> {
    return (this.anchorsValue ??= mapOf(this.source.anchors));
  }
  get typed(): Map<string, { article: number; source: string }[]> {
    return (this.typedValue ??= mapOf(this.source.typed));
  }
  get httpClassOwner(): Map<string, number> {
    return (this.httpClassOwnerValue ??= mapOf(this.source.httpClassOwner));
  }
  get fuzzyVocab(): Set<string> {
    return (this.fuzzyVocabValue ??= setOf(this.source.fuzzyVocab));
  }
  get deletions(): Map<string, string[]> {
    return (this.deletionsValue ??= mapOf(this.source.deletions));
  }
  get surfaceStems(): Map<string, string> {
    return (this.surfaceStemsValue ??= mapOf(this.source.surfaceStems));
  }
  get surfaceDeletions(): Map<string, string[]> {
    return (this.surfaceDeletionsValue ??= mapOf(this.source.surfaceDeletions));
  }
  get keywords(): Map<string, { article: number; weight: number }[]> {
    return (this.keywordsValue ??= mapOf(this.source.keywords));
  }
  get singleCodes(): Map<string, number[]> {
    return (this.singleCodesValue ??= mapOf(this.source.singleCodes));
  }
  get prefixes(): (readonly [string, number])[] {
    return (this.prefixesValue ??= this.source.prefixes);
  }
  get stemVocab(): Set<string> {
    return (this.stemVocabValue ??= setOf(this.source.stemVocab));
  }
}

export function deserializeIndex(s: IndexSource, articles: readonly Article[]): MatcherIndex {
  return new StoredIndex(s, articles);
}
