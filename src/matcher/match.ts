/**
 * match(): which knowledge-base article explains a pasted error.
 *
 * 1. Cut the input to 4000 characters, fold and tokenize it (one pass).
 * 2. Extract typed codes and context (errno, winsock, curl exit code, HTTP status, host, port, tool).
 * 3. Find patterns: each text token looks up the patterns anchored on it (exactly, or one edit
 *    away for long words) and each candidate is aligned around the anchor, tolerating one typo
 *    per long word, one extra word in the text, and one missing word in long phrases.
 * 4. Score each article: evidence weights (codes and typed codes strong, phrases strong, longer
 *    phrases stronger, fuzzy matches discounted), combined with diminishing returns, plus capped
 *    weak keyword overlap; a small boost when the text's tool belongs to the article's category.
 * 5. Calibrate: confidence = (1 − e^(−score/2.2)) × a margin factor (how far ahead of the
 *    runner-up), damped when the text carries markers of non-network errors and the best article
 *    has no code evidence. Below MATCH_THRESHOLD: no match, up to three suggestions.
 *
 * Cost: linear in the number of text tokens times the (small) anchor fan-out; no regular expressions.
 */
import type { FaqEntry, KnowledgeBase } from '../knowledge/types';
import { deletionVariants, FUZZY_MIN_LENGTH, GENERIC_WORDS, indexFor, SURFACE_MIN_LENGTH, STOPWORDS, TOPIC_WORDS, type MatcherIndex, type Pattern } from './build-index';
import { CODE_TABLES, FRAME_CATEGORY, FRAMES, isLoginPhrase, LOGIN_TABLE, VAGUE_WORDS_LOCAL } from './code-tables';
import { extract, type ErrorContext, type TypedCode } from './extract';
import { stem, subWords, tokenize, tokenizeFolded, withinOneEdit, type Token } from './tokenize';

export type { ErrorContext, ToolName, TypedCode } from './extract';

export const MAX_INPUT = 4000;
/** Longer words are never matched fuzzily (no pattern word is this long; it bounds the work). */
const FUZZY_MAX_LENGTH = 40;
/** At or above this confidence a best article is reported as the match. */
export const MATCH_THRESHOLD = 0.4;
/** At or above this confidence (and not ambiguous) the match is called confident. */
export const CONFIDENT_THRESHOLD = 0.55;

/**
 * One piece of evidence, as data (src/render/evidence.ts words it): a code or phrase an article
 * lists (`fuzzy` when matched with a typo or words apart), a typed code found in the text (its
 * table key, the symbolic name it stands for, or the HTTP class that claimed it), topic words,
 * weak keywords, a frame that moved a connection failure to its leg, or a phrase a server taught.
 */
export type EvidenceFact =
  | { kind: 'code'; code: string; fuzzy: boolean }
  | { kind: 'phrase'; phrase: string; fuzzy: boolean }
  | { kind: 'typed'; key: string; means?: string; httpClass?: string }
  | { kind: 'topic'; words: string[] }
  | { kind: 'keywords'; words: string[] }
  | { kind: 'frame'; frame: string; of: EvidenceFact }
  | { kind: 'taught'; phrase: string };

export interface Match {
  id: string;
  title: string;
  /** 0..1, calibrated (see module comment). */
  confidence: number;
  /** What matched: the code ECONNREFUSED, the phrase "actively refused it", errno 111, … */
  evidence: EvidenceFact[];
}

export interface MatchResult {
  match: Match | null;
  /** Other plausible articles (when matched), or suggestions (when not), best first, at most 3. */
  alternatives: Match[];
  context: ErrorContext;
  confident: boolean;
  /** When there is no confident match: ids of FAQ entries whose title or aliases share words with the text, best first (at most 3). */
  faq?: string[];
}

const W = {
  code: 3.0,
  typedErrno: 3.0,
  typedHttp: 3.0,
  httpClass: 2.0,
  typedCurl: 1.5,
  typedExit: 1.5,
  implied: 2.5,
  /** A code some library also uses for another failure (tables/errno.json "ambiguous"). */
  ambiguous: 1.5,
  /** A phrase used as a setting's name ("set the connection timeout to 10 s"). */
  configFactor: 0.5,
  /** What a framed connection failure keeps for its own article (the rest goes to the frame's). */
  framed: 0.4,
  /** What a phrase inside a longer phrase of another article on the same words keeps. */
  subsumed: 0.5,
  keywordCap: 0.9,
  categoryBoost: 1.6,
  topic: 0.5,
  topicInError: 1.5,
  topicCapInError: 1.8,
  topicCap: 0.8,
  decay: 0.5,
  vague: 1.2,
  scale: 2.2,
} as const;

/** Tools whose presence makes an article category more likely. */
const TOOL_CATEGORY: Partial<Record<NonNullable<ErrorContext['tool']>, string>> = {
  iptv: 'iptv',
  ssh: 'ssh',
  psql: 'auth',
  mysql: 'auth',
  redis: 'auth',
  mongodb: 'auth',
};

/**
 * Words that say something went wrong, in the languages we see most. Without one of them (or a
 * code), app and format names are context only: "how do I add a playlist in TiviMate" is not an
 * error report.
 */
const ERROR_WORDS = new Set(
  (
    'error errors err failed fails fail failure unable cannot cant couldnt wont doesnt denied refused timeout ' +
    'exception fatal invalid expired problem broken erreur echec echoue impossible fehler fehlgeschlagen ' +
    'fallo fallido falla errore fallito impossibile erro falha falhou ошибка ошибки сбой hata basarisiz ' +
    'blad nieudane fout mislukt'
  ).split(' '),
);

const ERROR_WORD_LIST = [...ERROR_WORDS];

/**
 * First words of questions, in the languages we see most: a question with no code in it asks how
 * to do something and gets no confident answer ("how do I add a playlist in TiviMate").
 */
const QUESTION_WORDS = new Set(
  (
    'how what whats where which why can could should is does do are anyone any ' +
    'como comment wie welche welcher welches was come qual quale quali cual cuales quel quelle ' +
    'как какой какая какие что где почему можно nasil hangi jak gdzie czy hoe welke waar wat ' +
    'warum wann pourquoi quand perche quando porque cuando dlaczego kiedy waarom wanneer neden niye nicin зачем когда ' +
    '怎 如 哪 什 为 どう なぜ'
  ).split(' '),
);
/** Words said before a question (so the question word is the second one): "hey, how do I…". */
const QUESTION_LEAD = new Set('hey hi hello guys pls please so ok okay anyone quick yo hola bonjour hallo ciao привет'.split(' '));

/** Verbs and nouns of settings: right before a phrase, the phrase names a setting, not an error. */
const CONFIG_WORDS = new Set('set sets setting settings increase raise change configure adjust lower reduce decrease default option parameter tune'.split(' '));
/** Words skipped when looking for a setting verb before a phrase ("set the connection timeout"). */
const CONFIG_SKIP = new Set('the a an my your our this that its'.split(' '));

/** The highest confidence a question without a code gets: enough to name an article, below confident. */
const QUESTION_CAP = 0.5;

/** Syscalls and words of file operations: next to them EACCES / EPERM are about files. */
const FILE_OPERATIONS = new Set(
  'open mkdir scandir unlink rename stat lstat access copyfile symlink rmdir chmod chown mkdtemp realpath readdir utime uv_cwd file directory'.split(' '),
);

/** Services (from the port or the tool) whose logins have their own article category. */
const SERVICE_CATEGORY: Record<string, string> = { SSH: 'ssh', PostgreSQL: 'auth', MySQL: 'auth', Redis: 'auth', MongoDB: 'auth' };

/** Tokens that mark a programming or local error rather than a network one. */
const DECOY_MARKERS = new Set([
  'typeerror',
  'syntaxerror',
  'referenceerror',
  'rangeerror',
  'attributeerror',
  'keyerror',
  'indexerror',
  'valueerror',
  'nameerror',
  'importerror',
  'modulenotfounderror',
  'zerodivisionerror',
  'nullpointerexception',
  'classnotfoundexception',
  'illegalargumentexception',
  'eresolve',
  'eacces',
  'eperm',
  'enoent',
  'eisdir',
  'enotdir',
  'eexist',
  'cuda',
  'outofmemoryerror',
  'segmentation',
  'segfault',
  'undefined',
  'null',
  'deprecated',
  // A bundler's or runtime's module lookup ("Module not found: Error: Can't resolve './Header'",
  // "Cannot find module 'express'") is a programming error, not a name lookup on the network.
  'module',
]);

function phraseWeight(p: Pattern): number {
  if (p.kind === 'code') return p.tokens.length === 1 && CODE_TABLES.ambiguousNames.has(p.tokens[0]!) ? W.ambiguous : W.code;
  if (p.vague) return W.vague;
  const k = p.length;
  if (k <= 1) return p.tokens[0]!.length >= 5 ? 1.6 : 1.4;
  if (k <= 2) return 1.9;
  if (k <= 3) return 2.2;
  if (k <= 4) return 2.5;
  return 2.8;
}

interface Evidence {
  weight: number;
  fact: EvidenceFact;
  /** Identity of the fact: the same fact for one article counts once. */
  key: string;
  strong: boolean;
  /** From a vague phrase: counted only when the article has no other evidence. */
  vague?: boolean;
  /** The text segment (line) of the pattern it comes from; none for typed codes. */
  seg?: number;
}

function isNumber(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return s.length > 0;
}

/** 1 at every token of each occurrence of `host`'s name in the text (also set in `numeric`). */
function markHost(host: string | undefined, tokens: readonly Token[], numeric: Uint8Array): Uint8Array {
  const at = new Uint8Array(tokens.length);
  if (!host || host.indexOf('.') < 0) return at;
  const parts = tokenizeFolded(host);
  if (parts.length < 2) return at;
  const first = parts[0]!.text;
  for (let i = 0; i + parts.length <= tokens.length; i++) {
    if (tokens[i]!.text !== first) continue;
    let k = 1;
    while (k < parts.length && tokens[i + k]!.text === parts[k]!.text && tokens[i + k]!.start - tokens[i + k - 1]!.end === 1) k++;
    if (k < parts.length) continue;
    for (let j = i; j < i + k; j++) at[j] = numeric[j] = 1;
    i += k - 1;
  }
  return at;
}

/** A line break: phrases never span lines. */
const GAP_LINE = 1;
/** A comma, semicolon, or a sentence end (".", "!", "?") after a word and before a space. */
const GAP_CLAUSE = 2;
/** Nothing but spaces. */
const GAP_SPACES = 4;
/** A single dot: the two tokens are parts of one dotted name. */
const GAP_DOT = 8;

/** What separates two tokens (GAP_* bits). */
function gapKind(folded: string, from: number, to: number): number {
  if (to - from === 1) {
    const c = folded.charCodeAt(from);
    return c === 32 ? GAP_SPACES : c === 46 ? GAP_DOT : c === 10 || c === 13 ? GAP_LINE : 0;
  }
  let kind = GAP_SPACES;
  for (let i = from; i < to; i++) {
    const c = folded.charCodeAt(i);
    if (c === 32) continue;
    if (c === 10 || c === 13) return GAP_LINE;
    kind &= ~GAP_SPACES;
    // After a word (not a number: "(535, b'5.7.3 …')" is one message), before a space.
    const prev = folded.charCodeAt(i - 1);
    const afterWord = (prev >= 97 && prev <= 122) || prev >= 0x80;
    if (afterWord && (c === 44 || c === 59 || c === 46 || c === 33 || c === 63) && i + 1 < to && folded.charCodeAt(i + 1) === 32) kind |= GAP_CLAUSE;
  }
  return kind;
}

function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** Similarity of a text token to a pattern token: 1 exact, 0.8 one edit (long words), else 0. */
function tokenScore(text: string, pattern: string): number {
  if (text === pattern) return 1;
  if (text.length >= FUZZY_MIN_LENGTH && pattern.length >= FUZZY_MIN_LENGTH && !hasDigit(pattern) && withinOneEdit(text, pattern)) return 0.8;
  // Four-letter words: only two neighbouring letters swapped ("hsot", "rset").
  if (text.length === 4 && pattern.length === 4 && !hasDigit(pattern) && isSwap(text, pattern)) return 0.8;
  return 0;
}

function isSwap(a: string, b: string): boolean {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/**
 * Align `p` around its token `anchorPos` found at text position `at`. Returns a quality in 0..1
 * (1 = exact contiguous) or 0 when it does not align.
 */
function alignInOrder(p: Pattern, anchorPos: number, at: number, words: readonly string[], anchorScore: number): number {
  const P = p.stems;
  const tokens = words;
  const k = P.length;
  if (k === 1) {
    if (anchorScore === 1) return 1;
    return P[0]!.length >= 7 ? anchorScore : 0;
  }
  const insertAllowed = k >= 3 && p.kind === 'phrase' ? 1 : 0;
  const missAllowed = k >= 5 && p.kind === 'phrase' ? 1 : 0;
  let matched = anchorScore;
  let ins = 0;
  let miss = 0;
  // Right of the anchor.
  let j = anchorPos + 1;
  let q = at + 1;
  while (j < k) {
    const here = q < tokens.length ? tokenScore(tokens[q]!, P[j]!) : 0;
    if (here > 0) {
      matched += here;
      j++;
      q++;
      continue;
    }
    if (ins < insertAllowed && q + 1 < tokens.length && !STOPWORDS.has(p.tokens[j]!) && tokenScore(tokens[q + 1]!, P[j]!) > 0) {
      ins++;
      q++;
      continue;
    }
    if (ins < insertAllowed && q + 1 < tokens.length && tokenScore(tokens[q + 1]!, P[j]!) === 1) {
      ins++;
      q++;
      continue;
    }
    if (miss < missAllowed && j + 1 < k && q < tokens.length && tokenScore(tokens[q]!, P[j + 1]!) > 0) {
      miss++;
      j++;
      continue;
    }
    return 0;
  }
  // Left of the anchor.
  j = anchorPos - 1;
  q = at - 1;
  while (j >= 0) {
    const here = q >= 0 ? tokenScore(tokens[q]!, P[j]!) : 0;
    if (here > 0) {
      matched += here;
      j--;
      q--;
      continue;
    }
    if (ins < insertAllowed && q - 1 >= 0 && tokenScore(tokens[q - 1]!, P[j]!) > 0) {
      ins++;
      q--;
      continue;
    }
    if (miss < missAllowed && j - 1 >= 0 && q >= 0 && tokenScore(tokens[q]!, P[j - 1]!) > 0) {
      miss++;
      j--;
      continue;
    }
    return 0;
  }
  const quality = matched / k - 0.1 * ins;
  return quality >= 0.7 ? Math.min(1, quality) : 0;
}

/** Words allowed between the two words of a two-word phrase. */
const MAX_BETWEEN_PAIR = 2;
/** Tokens either side of the anchor searched for the other words of a phrase, beyond its length. */
const NEAR_SLACK = 6;

/**
 * Align phrase `p` around its token `anchorPos` found at text position `at`, tolerating word
 * order and words in between: each other word of the phrase is looked for within the anchor's
 * neighbourhood (the phrase length plus NEAR_SLACK tokens either side, never across a line), exactly or one edit away. Stopwords in a phrase count little; a phrase of four
 * or more words may miss one. Quality = matched share − 0.03 per word in between (numbers and
 * addresses do not count) − 0.1 when the order differs. Bounded work: k × (2k + 2·slack) steps.
 */
/** Where each word of the text is: stem → positions (ascending), exact and one edit away. */
interface Positions {
  exact: Map<string, number[]>;
  near: Map<string, number[]>;
  /** The stems of both: "is this word in the text at all" in one lookup (most anchor checks fail). */
  present: Set<string>;
}

/**
 * Is every content word among `p`'s anchor words, but the one at `anchorPos`, somewhere in the
 * text? A phrase never aligns without them (see alignNear), and for most patterns a common word
 * anchors this is where they end.
 */
function otherAnchorsPresent(p: Pattern, anchorPos: number, present: ReadonlySet<string>): boolean {
  for (const j of p.keys) if (j !== anchorPos && p.weights[j] === 1 && !present.has(p.stems[j]!)) return false;
  return true;
}

/** The position in `list` (ascending) within [lo, hi], not in `used`, closest to `expected`; -1 if none. */
function closest(list: readonly number[] | undefined, lo: number, hi: number, expected: number, used: readonly number[]): number {
  if (!list) return -1;
  let best = -1;
  for (const q of list) {
    if (q < lo) continue;
    if (q > hi) break;
    if (used.includes(q)) continue;
    if (best < 0 || Math.abs(q - expected) < Math.abs(best - expected)) best = q;
  }
  return best;
}

function alignNear(p: Pattern, anchorPos: number, at: number, words: readonly string[], segs: Int32Array, numeric: Uint8Array, topicAt: Uint8Array, knownAt: Uint8Array, clause: Uint8Array, anchorScore: number, span: number[], pos: Positions, order = Order.Free): number {
  const P = p.stems;
  const k = P.length;
  if (k === 1) {
    span[0] = at;
    span[1] = at;
    if (anchorScore === 1) return 1;
    return P[0]!.length >= 6 ? anchorScore : 0;
  }
  // An anchor word that is a content word must be in the text (see below): look it up first.
  if (!otherAnchorsPresent(p, anchorPos, pos.present)) return 0;
  const allowedMissing = k >= 4 ? 1 : 0;
  const reach = k + NEAR_SLACK;
  const seg = segs[at]!;
  let lo = at;
  while (lo > 0 && at - lo < reach && segs[lo - 1] === seg) lo--;
  let hi = at;
  while (hi + 1 < words.length && hi - at < reach && segs[hi + 1] === seg) hi++;
  const used: number[] = [at];
  const anchorWeight = p.weights[anchorPos]!;
  let total = anchorWeight;
  let got = anchorWeight * anchorScore;
  let minPos = at;
  let maxPos = at;
  let disorder = false;
  let missing = 0;
  let negationMissing = false;
  for (let j = 0; j < k; j++) {
    if (j === anchorPos) continue;
    const w = p.weights[j]!;
    total += w;
    const expected = at + (j - anchorPos);
    let q = closest(pos.exact.get(P[j]!), lo, hi, expected, used);
    let score = 1;
    if (q < 0) {
      q = closest(pos.near.get(P[j]!), lo, hi, expected, used);
      score = 0.8;
    }
    if (q < 0) {
      // A negation never goes missing unless the text says it failed in its own words
      // ("playlist loads fine" is no "playlist not loading"; "can't resolve" is "could not resolve").
      if (NEGATIONS.has(p.tokens[j]!)) {
        negationMissing = true;
        continue;
      }
      // Nor one of its anchor words, which say which failure it is: not at all when it is a
      // content word, and not when another word of the patterns stands in its place ("Network is
      // unreachable" is no "Host is unreachable").
      if (p.keys.includes(j) && (w === 1 || (w > 0.3 && expected >= lo && expected <= hi && knownAt[expected] && !numeric[expected] && !used.includes(expected)))) return 0;
      if (w === 1 && ++missing > allowedMissing) return 0;
      continue;
    }
    got += w * score;
    used.push(q);
    if ((q - at) * (j - anchorPos) < 0) disorder = true;
    if (q < minPos) minPos = q;
    if (q > maxPos) maxPos = q;
  }
  if (negationMissing && !failureNear(words, clause, Math.max(lo, minPos - 3), minPos, maxPos, Math.min(hi, maxPos + 1))) return 0;
  // A word of the phrase that the text negates is not said ("certificate not expired", "no problems
  // found"); a negated failure word is how some languages say it failed (Russian "не удалось").
  // A negation of the text standing for the phrase's own missing one is that one ("la lista no carga").
  if (!negationMissing) for (const q of used) if (q > lo && words[q] !== 'fail' && !used.includes(q - 1) && !clause[q] && NEGATIONS.has(words[q - 1]!)) return 0;
  let between = 0;
  let crossesClause = false;
  for (let q = minPos; q <= maxPos; q++) {
    if (q > minPos && clause[q]) crossesClause = true;
    if (used.includes(q) || numeric[q]) continue;
    // An app or format name inside the phrase makes it about that product ("too many Xtream requests").
    if (numeric[q] === 0 && topicAt[q]) return 0;
    between++;
  }
  // Han and kana phrases keep their order: characters are words there, and reordered ones say something else.
  if (order === Order.Kept && disorder) return 0;
  // Chinese and Japanese put the verb elsewhere than English ("找不到服务器", "server not found"), so
  // another phrase's words may come in another order there, but only next to each other or one
  // particle apart: "超时了再连接" (timed out, then connect again) is no "connection timeout".
  if (order === Order.HanText && disorder && between > 1) return 0;
  // A word standing where a missing one would be is a substitution, not an extra word.
  between = Math.max(0, between - missing);
  // Two words far apart are two statements ("ssl:default [Temporary failure…" is no "SSL error").
  if (k === 2 && between > MAX_BETWEEN_PAIR) return 0;
  // Words taken from either side of a comma or a sentence end are two statements, not one phrase
  // ("certificate renewed, expires in 90 days" is not "certificate has expired").
  if (crossesClause && (between > 0 || disorder || missing > 0)) return 0;
  const quality = got / total - 0.03 * between - (disorder ? 0.1 : 0);
  span[0] = minPos;
  span[1] = maxPos;
  return quality >= 0.7 ? Math.min(1, quality) : 0;
}

/** Words that turn a phrase's meaning around: a phrase never matches without them. */
const NEGATIONS = new Set('not no nicht kein keine pas non nao ne nie niet не нет'.split(' '));

/**
 * Does a word that says something failed (stem "fail": failed, error, cannot, can't…) or a
 * negation stand in the phrase's span [from, to] or just around it (from `lo` to `hi`), in the
 * same clause ("certificate is valid until …, no problems found" says no "not valid")?
 */
function failureNear(words: readonly string[], clause: Uint8Array, lo: number, from: number, to: number, hi: number): boolean {
  const says = (q: number) => words[q] === 'fail' || NEGATIONS.has(words[q]!);
  for (let q = from; q <= to; q++) if (says(q)) return true;
  for (let q = from - 1; q >= lo && !clause[q + 1]; q--) if (says(q)) return true;
  for (let q = to + 1; q <= hi && !clause[q]; q++) if (says(q)) return true;
  return false;
}

const NEIGHBOUR_CACHE_MAX = 50_000;
const neighbourCaches = new WeakMap<MatcherIndex, Map<string, string[]>>();

/** Per index, the words already looked up (bounded: emptied when full; results never depend on it). */
function neighbourCache(index: MatcherIndex): Map<string, string[]> {
  let cache = neighbourCaches.get(index);
  if (!cache || cache.size > NEIGHBOUR_CACHE_MAX) {
    cache = new Map();
    neighbourCaches.set(index, cache);
  }
  return cache;
}

/** Vocabulary words within one edit of `word` (not counting `word` itself). */
function fuzzyNeighbours(word: string, index: MatcherIndex, memo: Map<string, string[]>): string[] {
  const cached = memo.get(word);
  if (cached) return cached;
  const found = new Set<string>();
  const dels = deletionVariants(word);
  const consider = (w: string) => {
    if (w !== word && withinOneEdit(word, w)) found.add(w);
  };
  for (const w of index.deletions.get(word) ?? []) consider(w); // text lacks one character
  for (const d of dels) {
    if (index.fuzzyVocab.has(d)) consider(d); // text has one extra character
    for (const w of index.deletions.get(d) ?? []) consider(w); // substitution or swap
  }
  const out = [...found];
  memo.set(word, out);
  return out;
}

/** Written words at least this long are compared with pattern words two edits away. */
const TWO_EDIT_MIN_LENGTH = 9;

const surfaceCaches = new WeakMap<MatcherIndex, Map<string, string[]>>();

/**
 * The stems of written pattern words within one edit of the text word `word` as written (two,
 * a deletion on each side, for words of TWO_EDIT_MIN_LENGTH letters or more)
 * ("connecton" → "connection" → connect; "faild" → "failed" → fail): a typo that breaks a
 * word's ending is one edit from the written word but may be two from its stem.
 */
function surfaceNeighbours(word: string, index: MatcherIndex): string[] {
  let memo = surfaceCaches.get(index);
  if (!memo || memo.size > NEIGHBOUR_CACHE_MAX) {
    memo = new Map();
    surfaceCaches.set(index, memo);
  }
  const cached = memo.get(word);
  if (cached) return cached;
  const found: string[] = [];
  const consider = (w: string) => {
    // The first letter must agree: "establecida" (established) is no typo of "restablecida" (reset).
    if (w === word || w.charCodeAt(0) !== word.charCodeAt(0)) return;
    // Long words may have two slips ("conecction"); shorter ones one, or they become other words.
    // Every candidate of the deletion lookups below is within two edits already (a deletion on
    // each side at most), so only the length decides whether a second slip is allowed.
    if (word.length < TWO_EDIT_MIN_LENGTH && !withinOneEdit(word, w)) return;
    const s = index.surfaceStems.get(w);
    if (s !== undefined && !found.includes(s)) found.push(s);
  };
  for (const w of index.surfaceDeletions.get(word) ?? []) consider(w); // text lacks one character
  for (const d of deletionVariants(word)) {
    if (index.surfaceStems.has(d)) consider(d); // text has one extra character
    for (const w of index.surfaceDeletions.get(d) ?? []) consider(w); // substitution or swap
  }
  memo.set(word, found);
  return found;
}

/** `a` with the words of `b` it lacks (a new array only when there are some). */
function union(a: readonly string[], b: readonly string[]): readonly string[] {
  let out: string[] | undefined;
  for (const w of b) if (!a.includes(w) && !out?.includes(w)) (out ??= [...a]).push(w);
  return out ?? a;
}

const isLower = (c: number) => c >= 97 && c <= 122;
const isUpper = (c: number) => c >= 65 && c <= 90;

/** ASCII identifier runs of the raw text split into camelCase/underscore parts. */
function rawSubWords(raw: string): Set<string> {
  const out = new Set<string>();
  addRawSubWords(raw, 0, raw.length, out);
  return out;
}

/**
 * rawSubWords of ASCII text from its tokens: identifier runs never cross a token there, and only
 * a token holding an error word (TokenInfo.errorPart) can give parts, so the characters of the
 * other tokens are not looked at. The same words in the same order.
 */
function rawSubWordsOfTokens(raw: string, tokens: readonly Token[], info: readonly TokenInfo[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < tokens.length; i++) if (info[i]!.errorPart) addRawSubWords(raw, tokens[i]!.start, tokens[i]!.end, out);
  return out;
}

/** Adds the parts of the identifier runs of raw[from, to) (see rawSubWords) to `out`; `to` ends a run. */
function addRawSubWords(raw: string, from: number, to: number, out: Set<string>): void {
  let start = -1;
  let interesting = false;
  for (let i = from; i <= to; i++) {
    const c = i < to ? raw.charCodeAt(i) : 32;
    const word = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
    if (word) {
      if (start < 0) {
        start = i;
        interesting = false;
      }
      // Only where subWords would split: an underscore, or a capital after a small letter or
      // before one ("ConnectionReset", "HTTPError"); "INFO" and "01T12" are left alone.
      if (!interesting && (c === 95 || (c >= 65 && c <= 90 && i > start && (isLower(raw.charCodeAt(i - 1)) || (isUpper(raw.charCodeAt(i - 1)) && isLower(raw.charCodeAt(i + 1))))))) interesting = true;
    } else if (start >= 0) {
      if (interesting && i - start <= 64) {
        // Only identifiers that name a failure (ConnectionResetError, readTimeout, ERR_…): field
        // names of a tool's output ("ComputerName", "PingSucceeded") are no words of an error.
        const parts = subWords(raw.slice(start, i));
        if (parts.some((w) => ERROR_WORDS.has(w))) for (const w of parts) if (w.length >= 3) out.add(w);
      }
      start = -1;
    }
  }
}

const DECOY = 1;
const ERROR_WORD = 2;
const FILE_OP = 4;
const NONE: readonly string[] = [];

/** What the matcher needs to know about one folded word, for one index. */
interface TokenInfo {
  stem: string;
  numeric: 0 | 1;
  topic: 0 | 1;
  /** DECOY | ERROR_WORD | FILE_OP */
  flags: number;
  /** The stem is a word of some pattern. */
  known: boolean;
  /** Some pattern is anchored on the stem. */
  anchored: boolean;
  /** Pattern words one edit away (when the stem is not itself a pattern word). */
  near: readonly string[];
  /** Anchor words one edit away (when the stem anchors nothing). */
  fuzzyAnchors: readonly string[];
  /** The word is a weak keyword of some article. */
  keyword: boolean;
  /** The service kind the word is a cue for (tables/logins.json), if any. */
  loginKind: string | undefined;
  /** Bit f: the word is a marker of FRAMES[f]. */
  frames: number;
  /** Bit f: the word is half of a marker pair of FRAMES[f]. */
  framePairs: number;
  /** The word starts questions, or is said before one ("hey"). */
  question: 0 | 1 | 2;
  /** The word names or changes a setting ("set", "default"). */
  config: boolean;
  /** The word holds an underscore (a code of a family: ERR_CERT_…). */
  underscore: boolean;
  /** An error word is part of the word (see rawSubWordsOfTokens): "connectionreseterror", "readtimeout". */
  errorPart: boolean;
}

const tokenInfoCaches = new WeakMap<MatcherIndex, Map<string, TokenInfo>>();

/** Per index, the words already seen (bounded: emptied when full; results never depend on it). */
function tokenInfoCache(index: MatcherIndex): Map<string, TokenInfo> {
  let cache = tokenInfoCaches.get(index);
  if (!cache || cache.size > NEIGHBOUR_CACHE_MAX) {
    cache = new Map();
    tokenInfoCaches.set(index, cache);
  }
  return cache;
}

/**
 * The word's TokenInfo, from the cache when it was seen before (nearly every word of a long paste).
 * The lookup stays apart from computeTokenInfo: that one's closures capture its parameters, so V8
 * allocates a context on each of its calls, which on a hit would be one object per token of the text.
 */
function tokenInfo(text: string, index: MatcherIndex, cache: Map<string, TokenInfo>): TokenInfo {
  return cache.get(text) ?? computeTokenInfo(text, index, cache);
}

function computeTokenInfo(text: string, index: MatcherIndex, cache: Map<string, TokenInfo>): TokenInfo {
  const w = stem(text);
  const known = index.stemVocab.has(w);
  const anchored = index.anchors.has(w);
  const fuzzyable = w.length >= FUZZY_MIN_LENGTH && w.length <= FUZZY_MAX_LENGTH && !hasDigit(w);
  const memo = neighbourCache(index);
  let near: readonly string[] = NONE;
  if (!known) {
    if (fuzzyable) near = fuzzyNeighbours(w, index, memo);
    else if ((w.length === 4 || text.length === 4) && !hasDigit(text)) {
      // Four-letter words: two neighbouring letters swapped, in the stem or as written ("hots" → host).
      const swaps: string[] = [];
      for (const word of w.length === 4 && text !== w ? [w, text] : [w.length === 4 ? w : text]) {
        if (word.length !== 4) continue;
        for (let c = 0; c < 3; c++) {
          const swapped = word.slice(0, c) + word[c + 1]! + word[c]! + word.slice(c + 2);
          const s = word === text ? stem(swapped) : swapped;
          if (swapped !== word && index.stemVocab.has(s) && !swaps.includes(s)) swaps.push(s);
        }
      }
      if (swaps.length) near = swaps;
    }
  }
  let fuzzyAnchors = fuzzyable && !anchored ? fuzzyNeighbours(w, index, memo) : NONE;
  // An unknown word may be a typo in a word's ending: compare it as written with the written pattern words.
  if (!known && text.length >= SURFACE_MIN_LENGTH - 1 && text.length <= FUZZY_MAX_LENGTH && !hasDigit(text)) {
    const surface = surfaceNeighbours(text, index);
    if (surface.length > 0) {
      near = union(near, surface);
      if (!anchored) fuzzyAnchors = union(fuzzyAnchors, surface.filter((s) => index.anchors.has(s)));
    }
  }
  const flags = (DECOY_MARKERS.has(text) ? DECOY : 0) | (ERROR_WORDS.has(text) ? ERROR_WORD : 0) | (FILE_OPERATIONS.has(text) ? FILE_OP : 0);
  let frames = 0;
  let framePairs = 0;
  FRAMES.forEach((f, i) => {
    if (f.markers.has(text)) frames |= 1 << i;
    else if (f.pairs.some(([a, b]) => a === text || b === text)) framePairs |= 1 << i;
  });
  const info: TokenInfo = {
    stem: w,
    numeric: isNumber(text) ? 1 : 0,
    topic: TOPIC_WORDS.has(text) ? 1 : 0,
    flags,
    known,
    anchored,
    near,
    fuzzyAnchors,
    keyword: index.keywords.has(text),
    loginKind: LOGIN_TABLE.cues.get(text),
    frames,
    framePairs,
    question: QUESTION_WORDS.has(text) ? 1 : QUESTION_LEAD.has(text) ? 2 : 0,
    config: CONFIG_WORDS.has(text),
    underscore: text.indexOf('_') >= 0,
    errorPart: ERROR_WORD_LIST.some((e) => text.includes(e)),
  };
  cache.set(text, info);
  return info;
}

const LOGIN = 1;
const VAGUE = 2;
/** The phrase holds Han or kana characters. */
const HAN = 4;
/**
 * A text of at most this many words may be a bare word pasted alone ("timeout", "Timeout error!",
 * "超时"): only there does a one-word vague phrase count.
 */
const BARE_TEXT_MAX_WORDS = 3;

/**
 * Text that only says a connection failed ("Failed to connect to the server") and names a product
 * (Minecraft, TiviMate…) is about that product's failure: the vague evidence goes to the article
 * the product's words point to, as login phrases go to the service they name.
 */
function routeVagueToTopic(evidence: Map<number, Evidence[]>, topicScore: ReadonlyMap<number, { weight: number }>): void {
  let target = -1;
  let best = 0;
  for (const [ai, t] of topicScore) {
    if (t.weight > best) {
      best = t.weight;
      target = ai;
    }
  }
  if (target < 0) return;
  const moved: Evidence[] = [];
  for (const [ai, list] of evidence) {
    if (ai === target) continue;
    moved.push(...list);
    evidence.delete(ai);
  }
  if (moved.length) evidence.set(target, [...(evidence.get(target) ?? []), ...moved]);
}

/** How a phrase's words may be ordered in the text (see alignNear). */
const enum Order {
  /** Any order (−0.1 when it differs): Latin and Cyrillic text. */
  Free = 0,
  /** As in the phrase: a phrase written in Han or kana. */
  Kept = 1,
  /** Another phrase found in Han or kana text: another order only with at most one word between. */
  HanText = 2,
}

/**
 * A Han or kana token (a character, or a word of the lexicon such as "连接"). Text in those
 * scripts says with its order what other languages say with separate words, so a phrase found
 * around such a token keeps its order ("超时了再连接", timed out then connect again, is not
 * "connection timeout").
 */
function isHan(token: string): boolean {
  const c = token.charCodeAt(0);
  return c >= 0x3040 && c <= 0x9fff;
}

const patternFlagCache = new WeakMap<MatcherIndex, Map<number, number>>();

/**
 * LOGIN for a general login-failure phrase (see isLoginPhrase), VAGUE for a phrase that only
 * says a connection failed (the index's own mark, or only words of tables/vague.json and
 * stopwords). Worked out per pattern when a match first needs it, not for the whole index: a
 * compiled index reads its patterns one by one, and a match looks at a handful of them.
 */
function patternFlags(index: MatcherIndex, pid: number): number {
  let cache = patternFlagCache.get(index);
  if (!cache) {
    cache = new Map();
    patternFlagCache.set(index, cache);
  }
  let flags = cache.get(pid);
  if (flags === undefined) {
    flags = 0;
    const p = index.patterns[pid]!;
    if (p.kind === 'phrase') {
      if (isLoginPhrase(p.tokens)) flags |= LOGIN;
      if (p.vague || (p.tokens.length > 1 && p.tokens.every((t) => VAGUE_WORDS_LOCAL.has(t) || STOPWORDS.has(t)))) flags |= VAGUE;
      if (p.tokens.some(isHan)) flags |= HAN;
    }
    cache.set(pid, flags);
  }
  return flags;
}

const articleNumberCache = new WeakMap<MatcherIndex, Map<string, number>>();

/** The position of article `id` in the index, if the knowledge base has it. */
function articleNumber(index: MatcherIndex, id: string | undefined): number | undefined {
  if (id === undefined) return undefined;
  let map = articleNumberCache.get(index);
  if (!map) {
    map = new Map(index.articles.map((a, i) => [a.id, i] as const));
    articleNumberCache.set(index, map);
  }
  return map.get(id);
}

/**
 * Is the word before the phrase starting at `from` (past "the", "my", …, with only spaces
 * between) a setting's verb or noun?
 */
function namesSetting(info: readonly TokenInfo[], spaced: Uint8Array, from: number): boolean {
  for (let i = from - 1, seen = 0; i >= 0 && seen < 3 && spaced[i + 1]; i--, seen++) {
    const t = info[i]!;
    if (t.config) return true;
    if (!CONFIG_SKIP.has(t.stem)) return false;
  }
  return false;
}

/** Segments where both words of a frame's pair occur count as that frame's. */
function addFramePairs(frameSegs: Set<number>[], pairWords: readonly number[], tokens: readonly Token[], segs: Int32Array): void {
  if (pairWords.length < 2) return;
  FRAMES.forEach((f, fi) => {
    for (const [a, b] of f.pairs) {
      const withA = new Set<number>();
      for (const i of pairWords) if (tokens[i]!.text === a) withA.add(segs[i]!);
      for (const i of pairWords) if (tokens[i]!.text === b && withA.has(segs[i]!)) frameSegs[fi]!.add(segs[i]!);
    }
  });
}

/**
 * A connection failure reported on a frame's line (tables/frames.json) happened on that leg: the
 * connection articles keep a share of their evidence and the frame's article gets the strongest
 * piece, labelled with the frame.
 */
function reframe(frameSegs: readonly Set<number>[], evidence: Map<number, Evidence[]>, index: MatcherIndex): void {
  FRAMES.forEach((f, fi) => {
    const where = frameSegs[fi]!;
    if (where.size === 0) return;
    const target = articleNumber(index, f.article);
    if (target === undefined) return;
    let active = false;
    for (const [ai, list] of evidence) {
      if (ai === target || index.articles[ai]!.category !== FRAME_CATEGORY) continue;
      if (list.some((e) => e.seg !== undefined && where.has(e.seg))) active = true;
    }
    if (!active) return;
    let top: Evidence | undefined;
    for (const [ai, list] of evidence) {
      if (ai === target || index.articles[ai]!.category !== FRAME_CATEGORY) continue;
      for (const e of list) {
        if (!top || e.weight > top.weight) top = e;
        e.weight *= W.framed;
      }
    }
    if (!top) return;
    const fact: EvidenceFact = { kind: 'frame', frame: f.name, of: top.fact };
    const moved: Evidence = { weight: top.weight / W.framed, fact, key: factKey(fact), strong: top.strong };
    const list = evidence.get(target);
    if (!list) evidence.set(target, [moved]);
    else list.push(moved);
  });
}

function patternFact(p: Pattern, quality: number): EvidenceFact {
  return p.kind === 'code' ? { kind: 'code', code: p.source, fuzzy: quality < 1 } : { kind: 'phrase', phrase: p.source, fuzzy: quality < 1 };
}

function factKey(f: EvidenceFact): string {
  switch (f.kind) {
    case 'code':
      return (f.fuzzy ? 'c~' : 'c ') + f.code;
    case 'phrase':
      return (f.fuzzy ? 'p~' : 'p ') + f.phrase;
    case 'typed':
      return `t ${f.key} ${f.means ?? ''} ${f.httpClass ?? ''}`;
    case 'topic':
      return `o ${f.words.join(' ')}`;
    case 'keywords':
      return `k ${f.words.join(' ')}`;
    case 'frame':
      return `f ${f.frame} ${factKey(f.of)}`;
    case 'taught':
      return `l ${f.phrase}`;
  }
}

function evidenceOf(weight: number, fact: EvidenceFact, strong: boolean): Evidence {
  return { weight, fact, key: factKey(fact), strong };
}

interface Scored {
  article: number;
  score: number;
  strongScore: number;
  /** Only topic words (app and format names) next to words that say something failed. */
  topicInError: boolean;
  hasCode: boolean;
  evidence: Evidence[];
}

/** Raw per-article scores (exported for tests and tuning). */
export function scoreText(text: string, kb: KnowledgeBase): { scored: Scored[]; context: ErrorContext; codes: TypedCode[]; decoy: boolean; question: boolean; tokens: readonly Token[]; stems: readonly string[] } {
  const index = indexFor(kb);
  const raw = text.length > MAX_INPUT ? text.slice(0, MAX_INPUT) : text;
  const tz = tokenize(raw);
  const tokens = tz.tokens;
  const { codes, context } = extract(raw, tz);

  const evidence = new Map<number, Evidence[]>();
  const push = (article: number, e: Evidence) => {
    const list = evidence.get(article);
    if (!list) evidence.set(article, [e]);
    else if (!list.some((x) => x.key === e.key)) list.push(e);
    else {
      const same = list.find((x) => x.key === e.key)!;
      same.weight = Math.max(same.weight, e.weight);
    }
  };

  // Per token: its stem, its segment (a new one after a line break or a sentence end) and whether
  // it is a number (parts of addresses and ports are not "words in between"). What depends only
  // on the word and the index (stem, flags, neighbours one edit away) is looked up once per word.
  const infos = tokenInfoCache(index);
  const info: TokenInfo[] = new Array<TokenInfo>(tokens.length);
  const words: string[] = new Array<string>(tokens.length);
  const segs = new Int32Array(tokens.length);
  const numeric = new Uint8Array(tokens.length);
  const topicAt = new Uint8Array(tokens.length);
  // 1 where the word is a word of some pattern.
  const knownAt = new Uint8Array(tokens.length);
  // 1 where a comma, semicolon or sentence end comes just before the token.
  const clause = new Uint8Array(tokens.length);
  // 1 where only spaces come just before the token.
  const spaced = new Uint8Array(tokens.length);
  let seg = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const ti = tokenInfo(t.text, index, infos);
    info[i] = ti;
    words[i] = ti.stem;
    numeric[i] = ti.numeric;
    if (i > 0) {
      const gap = gapKind(tz.folded, tokens[i - 1]!.end, t.start);
      if (gap !== 0) {
        if (gap === GAP_LINE) seg++;
        else if (gap & GAP_CLAUSE) clause[i] = 1;
        if (gap & GAP_SPACES) spaced[i] = 1;
        // Parts of a dotted name (a host, a class) are not words between a phrase's.
        if (gap === GAP_DOT) numeric[i - 1] = numeric[i] = 1;
      }
    }
    segs[i] = seg;
    topicAt[i] = ti.topic;
    knownAt[i] = ti.known ? 1 : 0;
  }
  // The words of the host the error names ("db.internal.example.com") are an address: no words of
  // a message, and not words between a phrase's ("connection to db.example.com:5432 refused").
  const hostAt = markHost(context.host, tokens, numeric);

  // Where each stem occurs, exactly and (for long words, or a swap in four-letter ones) one edit away.
  const pos: Positions = { exact: new Map(), near: new Map(), present: new Set() };
  const addPos = (map: Map<string, number[]>, key: string, i: number) => {
    const list = map.get(key);
    if (!list) {
      map.set(key, [i]);
      pos.present.add(key);
    } else if (list[list.length - 1] !== i) list.push(i);
  };
  for (let i = 0; i < words.length; i++) {
    const ti = info[i]!;
    if (hostAt[i]) continue; // a word of the host name is no word of a message
    if (ti.known) addPos(pos.exact, ti.stem, i); // a known word is matched as itself
    else for (let k = 0; k < ti.near.length; k++) addPos(pos.near, ti.near[k]!, i); // indexed: most lists are empty
  }

  // Patterns (plain codes and phrases).
  const best = new Map<number, number>();
  const spans = new Map<number, [number, number]>();
  const span = [0, 0];
  const tryAnchor = (word: string, at: number, anchorScore: number) => {
    const entries = index.anchors.get(word);
    if (!entries) return;
    const han = isHan(tokens[at]!.text);
    for (const e of entries) {
      const p = index.patterns[e.pattern]!;
      if (p.kind === 'code' && anchorScore < 1 && (p.tokens.length > 1 || word.length < 8)) continue;
      // alignNear's first test, before anything else: the pattern's other anchor words are in the text.
      if (p.kind === 'phrase' && !p.cjk && !otherAnchorsPresent(p, e.pos, pos.present)) continue;
      const prev = best.get(p.id) ?? 0;
      if (prev === 1) continue;
      let q: number;
      if (p.kind === 'code' || p.cjk) {
        q = alignInOrder(p, e.pos, at, words, anchorScore);
        span[0] = at - e.pos;
        span[1] = at - e.pos + p.tokens.length - 1;
        // A Han or kana phrase may also have characters in between, in its order ("连接服务器超时" says "连接超时").
        if (q === 0 && p.kind === 'phrase' && patternFlags(index, p.id) & HAN) q = alignNear(p, e.pos, at, words, segs, numeric, topicAt, knownAt, clause, anchorScore, span, pos, Order.Kept);
      } else {
        const order = han ? (patternFlags(index, p.id) & HAN ? Order.Kept : Order.HanText) : Order.Free;
        q = alignNear(p, e.pos, at, words, segs, numeric, topicAt, knownAt, clause, anchorScore, span, pos, order);
      }
      if (q > prev) {
        best.set(p.id, q);
        spans.set(p.id, [span[0]!, span[1]!]);
      }
    }
  };
  let decoy = false;
  let errorSignal = codes.length > 0;
  let fileContext = false;
  // The service the text is about, for login phrases: the first cue word (tables/logins.json).
  let loginKind: string | undefined;
  // Per frame (tables/frames.json), the segments holding one of its words.
  let frameSegs: Set<number>[] | undefined;
  // Positions of words that mark a frame only together with another ("lookup" and "53").
  const pairWords: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const ti = info[i]!;
    if (ti.flags !== 0) {
      if (ti.flags & DECOY) decoy = true;
      if (ti.flags & ERROR_WORD) errorSignal = true;
      if (ti.flags & FILE_OP) fileContext = true;
    }
    if (ti.loginKind !== undefined) loginKind ??= ti.loginKind;
    if (ti.frames !== 0 || ti.framePairs !== 0) {
      frameSegs ??= FRAMES.map(() => new Set<number>());
      for (let f = 0; f < FRAMES.length; f++) {
        if (ti.frames & (1 << f)) frameSegs[f]!.add(segs[i]!);
        else if (ti.framePairs & (1 << f)) pairWords.push(i);
      }
    }
    if (hostAt[i]) continue;
    if (ti.anchored) tryAnchor(ti.stem, i, 1);
    for (let k = 0; k < ti.fuzzyAnchors.length; k++) tryAnchor(ti.fuzzyAnchors[k]!, i, 0.8); // indexed: most lists are empty
  }
  // Words already counted through a matched pattern are not counted again as keywords.
  // Topic-only patterns (app and format names) are context: weak, never strong evidence.
  const used = new Map<number, Set<string>>();
  const topicScore = new Map<number, { weight: number; words: string[] }>();
  // One stretch of text is one fact: a pattern mostly inside a stronger one's span of the same
  // article ("refused the connection" inside "connection refused") is not counted again.
  const counted = new Map<number, [number, number][]>();
  // Phrases counted, with their spans (for phrases inside longer ones of other articles).
  let phraseSpans: { article: number; from: number; to: number; e: Evidence }[] | undefined;
  const ordered = [...best].sort((x, y) => phraseWeight(index.patterns[y[0]]!) * y[1] - phraseWeight(index.patterns[x[0]]!) * x[1] || x[0] - y[0]);
  // Login phrases go to the article of the service the text is about (cue word, else the port's service).
  const loginKindFound = loginKind ?? (context.service ? LOGIN_TABLE.services.get(context.service.name) : undefined);
  const loginArticle = loginKindFound !== undefined ? articleNumber(index, LOGIN_TABLE.routes.get(loginKindFound)) : undefined;
  for (const [pid, quality] of ordered) {
    const p = index.patterns[pid]!;
    const [from, to] = spans.get(pid)!;
    const article = loginArticle !== undefined && patternFlags(index, pid) & LOGIN ? loginArticle : p.article;
    const intervals = counted.get(article) ?? [];
    let overlap = 0;
    for (const [a, b] of intervals) overlap = Math.max(overlap, Math.min(b, to) - Math.max(a, from) + 1);
    if (overlap > 0) continue;
    intervals.push([from, to]);
    counted.set(article, intervals);
    const set = used.get(article) ?? new Set<string>();
    for (const t of p.tokens) set.add(t);
    used.set(article, set);
    // A phrase right after a setting's verb names the setting ("set the connection timeout").
    const q = namesSetting(info, spaced, from) ? quality * W.configFactor : quality;
    if (p.topic) {
      // Context only: it adds to the score (more when the text says something failed), so it can
      // choose between articles, but never to the evidence a confident answer needs.
      const cur = topicScore.get(article) ?? { weight: 0, words: [] };
      cur.weight = Math.min(errorSignal ? W.topicCapInError : W.topicCap, cur.weight + (errorSignal ? W.topicInError : W.topic) * q);
      cur.words.push(p.source);
      topicScore.set(article, cur);
      continue;
    }
    // EACCES / EPERM next to a file operation are file errors, not network ones.
    if (p.kind === 'code' && fileContext && p.tokens.length === 1 && index.localCodes.has(p.tokens[0]!)) continue;
    const vague = (patternFlags(index, pid) & VAGUE) !== 0;
    // A bare word ("timeout", "refused") is an answer only when it is about all the text says.
    if (vague && p.tokens.length === 1 && tokens.length > BARE_TEXT_MAX_WORDS) continue;
    const e = evidenceOf((vague ? W.vague : phraseWeight(p)) * q, patternFact(p, q), p.kind === 'code');
    e.seg = segs[from]!;
    if (vague) e.vague = true;
    push(article, e);
    if (p.kind === 'phrase') (phraseSpans ??= []).push({ article, from, to, e });
  }
  // A phrase inside a longer one of another article on the same words is part of that statement:
  // "authentication required" inside "Proxy Authentication Required" counts half for its article.
  if (phraseSpans && phraseSpans.length > 1) {
    for (const inner of phraseSpans) {
      for (const outer of phraseSpans) {
        if (outer.article === inner.article || outer.from > inner.from || outer.to < inner.to || outer.to - outer.from <= inner.to - inner.from) continue;
        if (outer.e.weight < inner.e.weight) continue;
        inner.e.weight *= W.subsumed;
        break;
      }
    }
  }

  // Code families by prefix (ERR_CERT_*, SEC_ERROR_*, ERR_SSL_*): for codes no pattern names.
  if (index.prefixes.length > 0) {
    for (let i = 0; i < tokens.length; i++) {
      if (!info[i]!.underscore || index.anchors.has(words[i]!)) continue;
      const t = tokens[i]!.text;
      for (const [prefix, ai] of index.prefixes) {
        if (t.length > prefix.length && t.startsWith(prefix)) {
          push(ai, evidenceOf(W.code * 0.8, { kind: 'code', code: t.toUpperCase(), fuzzy: false }, true));
          break;
        }
      }
    }
  }

  // camelCase / snake_case parts: single-word phrases only, discounted.
  const parts = tz.ascii ? rawSubWordsOfTokens(raw, tokens, info) : rawSubWords(raw);
  for (const part of parts) {
    for (const e of index.anchors.get(part) ?? []) {
      const p = index.patterns[e.pattern]!;
      // A bare word's phrase ("timeout") is a paste of that word alone, not a part of "connect_timeout".
      if (p.kind !== 'phrase' || p.tokens.length !== 1 || p.vague || best.has(p.id)) continue;
      push(p.article, evidenceOf(phraseWeight(p) * 0.7, { kind: 'phrase', phrase: p.source, fuzzy: true }, false));
    }
  }

  // Typed codes, and the symbolic names they imply.
  for (const code of codes) {
    const kind = code.key.slice(0, code.key.indexOf(':'));
    const owners = index.typed.get(code.key);
    const weight = kind === 'http' ? W.typedHttp : kind === 'curl' ? W.typedCurl : kind === 'exit' ? W.typedExit : W.typedErrno;
    if (code.implies && index.localCodes.has(code.implies) && fileContext) continue;
    if (owners) for (const o of owners) push(o.article, evidenceOf(weight, { kind: 'typed', key: code.key }, true));
    else if (kind === 'http') {
      const owner = index.httpClassOwner.get(code.key.slice(5, 6));
      if (owner !== undefined) push(owner, evidenceOf(W.httpClass, { kind: 'typed', key: code.key, httpClass: code.key.slice(5, 6) }, true));
    }
    if (code.implies) {
      const implied = CODE_TABLES.ambiguousNames.has(code.implies) ? W.ambiguous : W.implied;
      for (const pid of index.singleCodes.get(code.implies) ?? []) {
        const p = index.patterns[pid]!;
        push(p.article, evidenceOf(implied, { kind: 'typed', key: code.key, means: p.source }, true));
      }
    }
  }

  // Frames: a connection failure on the same line as a proxy's or a resolver's words happened on
  // that leg (nginx "while connecting to upstream" → the visitor's 502; Go "lookup … on …:53" → DNS).
  if (frameSegs) {
    addFramePairs(frameSegs, pairWords, tokens, segs);
    reframe(frameSegs, evidence, index);
  }

  // Weak keyword overlap.
  const keywordScore = new Map<number, { sum: number; words: string[] }>();
  const seenWords = new Set<string>();
  const addKeyword = (w: string) => {
    if (seenWords.has(w)) return;
    seenWords.add(w);
    for (const k of index.keywords.get(w) ?? []) {
      if (used.get(k.article)?.has(w)) continue;
      const cur = keywordScore.get(k.article) ?? { sum: 0, words: [] };
      cur.sum += k.weight * 0.35;
      cur.words.push(w);
      keywordScore.set(k.article, cur);
    }
  };
  for (let i = 0; i < tokens.length; i++) if (info[i]!.keyword && !hostAt[i]) addKeyword(tokens[i]!.text);
  for (const part of parts) addKeyword(part);

  let otherEvidence = false;
  for (const list of evidence.values()) if (list.some((e) => !e.vague)) otherEvidence = true;
  if (!otherEvidence && evidence.size > 0 && topicScore.size > 0) routeVagueToTopic(evidence, topicScore);
  const articleIds = new Set<number>([...evidence.keys(), ...keywordScore.keys(), ...topicScore.keys()]);
  const scored: Scored[] = [];
  for (const ai of articleIds) {
    const all = evidence.get(ai) ?? [];
    // A vague phrase ("failed to connect to") counts only when no article has other evidence.
    const list = (otherEvidence ? all.filter((e) => !e.vague) : all).sort((a, b) => b.weight - a.weight);
    let score = 0;
    let factor = 1;
    for (const e of list) {
      score += e.weight * factor;
      factor *= W.decay;
    }
    const topic = topicScore.get(ai);
    // Vague evidence with a product's name picks that product's article, but says no more than
    // that a connection failed: the answer stays unsure (see calibrate).
    const strongScore = !otherEvidence && topic ? 0 : score;
    if (topic) {
      score += topic.weight;
      list.push(evidenceOf(topic.weight, { kind: 'topic', words: topic.words }, false));
    }
    const kw = keywordScore.get(ai);
    if (kw) {
      const w = Math.min(W.keywordCap, kw.sum);
      score += w;
      list.push(evidenceOf(w, { kind: 'keywords', words: kw.words.slice(0, 4) }, false));
    }
    const article = index.articles[ai]!;
    const cat = (context.tool ? TOOL_CATEGORY[context.tool] : undefined) ?? (context.service ? SERVICE_CATEGORY[context.service.name] : undefined);
    if (cat && article.category === cat && strongScore > 0) score += W.categoryBoost;
    scored.push({ article: ai, score, strongScore, topicInError: errorSignal && topic !== undefined, hasCode: list.some((e) => e.strong), evidence: list });
  }
  scored.sort((a, b) => b.score - a.score || a.article - b.article);
  return { scored, context, codes, decoy, question: isQuestion(raw, info, tokens), tokens, stems: words };
}

/**
 * A question: it starts with a question word (maybe after "hey"), or it is one line without a
 * colon that ends with a question mark. Tools end messages with questions too (psql's "Is the
 * server running on that host…?", Java's "plaintext connection?"), after a colon or a line break.
 */
function isQuestion(raw: string, info: readonly TokenInfo[], tokens: readonly Token[]): boolean {
  const first = info[0]?.question ?? 0;
  if (first === 1 || (first === 2 && info[1]?.question === 1)) return true;
  // Chinese and Japanese ask anywhere in the sentence ("证书错误怎么办", "直し方を教えて"): a Han or
  // kana word that the lexicon reads as "how" makes it a question.
  for (let i = 0; i < tokens.length; i++) if (info[i]!.stem === 'how' && isHan(tokens[i]!.text)) return true;
  let end = raw.length - 1;
  // "?!" and "？！" ask too: exclamation marks and spaces after the question mark are skipped.
  while (end >= 0 && (raw.charCodeAt(end) <= 32 || raw.charCodeAt(end) === 33 || raw.charCodeAt(end) === 0xff01)) end--;
  const c = raw.charCodeAt(end);
  if (c !== 63 && c !== 0xff1f) return false;
  for (let i = 0; i < end; i++) {
    const ch = raw.charCodeAt(i);
    if (ch === 10 || ch === 13 || ch === 58) return false;
  }
  return true;
}

function calibrate(s: Scored, runnerUp: number, decoy: boolean, question: boolean): number {
  const base = 1 - Math.exp(-s.score / W.scale);
  const ratio = s.score > 0 ? Math.min(1, runnerUp / s.score) : 1;
  let conf = base * (1 - 0.35 * ratio * ratio);
  if (decoy && !s.hasCode) conf *= 0.6;
  // A question without a code asks how to do something: it may name an article, never confidently.
  if (question && !s.hasCode) conf = Math.min(conf, QUESTION_CAP);
  // Without evidence, topic words next to a failure may name the article, never confidently.
  if (s.strongScore === 0) conf = Math.min(conf, s.topicInError ? 0.5 : 0.3);
  return Math.round(conf * 1000) / 1000;
}

function toMatch(s: Scored, confidence: number, index: MatcherIndex): Match {
  const a = index.articles[s.article]!;
  return { id: a.id, title: a.title, confidence, evidence: s.evidence.map((e) => e.fact) };
}

const faqWordCache = new WeakMap<readonly FaqEntry[], { id: string; words: Set<string> }[]>();

/** The stems of each FAQ entry's title, aliases and id (content words only), built once per list. */
function faqWords(faqs: readonly FaqEntry[]): { id: string; words: Set<string> }[] {
  let out = faqWordCache.get(faqs);
  if (!out) {
    out = faqs.map((f) => {
      const words = new Set<string>();
      for (const t of tokenize(`${f.title} ${f.aliases.join(' ')} ${f.id.split('-').join(' ')}`).tokens) {
        if (t.text.length >= 3 && !STOPWORDS.has(t.text) && !GENERIC_WORDS.has(t.text)) words.add(stem(t.text));
      }
      return { id: f.id, words };
    });
    faqWordCache.set(faqs, out);
  }
  return out;
}

/**
 * FAQ entries sharing content words with the text: two or more shared words, or one long one.
 * `stems[i]` is `stem(tokens[i].text)` (scoreText's), so no word is stemmed twice.
 */
function suggestFaqs(tokens: readonly Token[], stems: readonly string[], kb: KnowledgeBase): string[] {
  if (!kb.faqs || kb.faqs.length === 0) return [];
  const words = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!.text;
    if (t.length >= 3 && !STOPWORDS.has(t)) words.add(stems[i]!);
  }
  const ranked: { id: string; shared: number; long: boolean }[] = [];
  for (const f of faqWords(kb.faqs)) {
    let shared = 0;
    let long = false;
    for (const w of f.words) {
      if (!words.has(w)) continue;
      shared++;
      if (w.length >= 6) long = true;
    }
    if (shared >= 2 || long) ranked.push({ id: f.id, shared, long });
  }
  ranked.sort((a, b) => b.shared - a.shared || Number(b.long) - Number(a.long) || a.id.localeCompare(b.id));
  return ranked.slice(0, 3).map((r) => r.id);
}

/** Find the article that explains `text`. Never throws on any string input. */
export function match(text: string, kb: KnowledgeBase): MatchResult {
  const index = indexFor(kb);
  const input = typeof text === 'string' ? text : String(text);
  const { scored, context, decoy, question, tokens, stems } = scoreText(input, kb);
  const top = scored[0];
  if (!top) {
    const empty: MatchResult = { match: null, alternatives: [], context, confident: false };
    const faq = suggestFaqs(tokens, stems, kb);
    if (faq.length) empty.faq = faq;
    return empty;
  }
  const second = scored[1]?.score ?? 0;
  const confidence = calibrate(top, second, decoy, question);
  const others = scored.slice(1);
  if (confidence >= MATCH_THRESHOLD) {
    const confident = confidence >= CONFIDENT_THRESHOLD;
    // Not sure: every runner-up with some evidence is worth showing; sure: only close ones.
    const floor = confident ? 0.5 * top.score : 0.25 * top.score;
    const alternatives = others
      .filter((s) => s.score >= floor && s.score >= 0.3 && (s.strongScore > 0 || !confident))
      .slice(0, 3)
      .map((s) => toMatch(s, calibrate(s, top.score, decoy, question), index));
    const result: MatchResult = { match: toMatch(top, confidence, index), alternatives, context, confident };
    if (!confident) {
      const faq = suggestFaqs(tokens, stems, kb);
      if (faq.length) result.faq = faq;
    }
    return result;
  }
  const suggestions = scored
    .filter((s) => s.score >= 0.3)
    .slice(0, 3)
    .map((s, i) => toMatch(s, calibrate(s, i === 0 ? second : top.score, decoy, question), index));
  const result: MatchResult = { match: null, alternatives: suggestions, context, confident: false };
  const faq = suggestFaqs(tokens, stems, kb);
  if (faq.length) result.faq = faq;
  return result;
}
