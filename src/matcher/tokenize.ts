/**
 * Text normalization and tokenization shared by the matcher, the index builder and the linter.
 *
 * One pass over the characters, no regular expressions on user text:
 * - folds case and strips diacritics ("refusée" → "refusee", Turkish ı → i, Polish ł → l), maps
 *   curly quotes to straight ones;
 * - word tokens are runs of letters, digits and underscores (so `ERR_CONNECTION_REFUSED` and
 *   `EAI_AGAIN` stay whole); an apostrophe inside a word is dropped ("can't" → "cant"), except
 *   after a single letter, where it ends an elided article ("d'hôte" → "d", "hote");
 * - Han, Hiragana and Katakana text is split into the lexicon's words there, longest first, and
 *   otherwise into characters, one token each (those scripts use no spaces);
 * - everything else separates tokens.
 */
import { DERIVED_TABLES } from './derived-tables';
import lexiconTable from './tables/lexicon.json';

export interface Token {
  /** The folded token text. */
  text: string;
  /** Offsets of the token in the folded text. */
  start: number;
  end: number;
}

export interface Tokenized {
  /** The folded text (lower case, diacritics removed). Offsets of tokens point into it. */
  folded: string;
  tokens: Token[];
  /** The text was plain ASCII: `folded` is its lower case, offset for offset. */
  ascii: boolean;
}

/**
 * What folding puts in place of code unit `c` (after NFKD), or undefined to keep it: combining
 * marks go, curly quotes become straight ones, and letters NFKD leaves whole that people type
 * without the mark ("baglanilamadi", "polaczenie") lose it. Nothing below U+0131 changes.
 */
function foldedUnit(c: number): string | undefined {
  if (c >= 0x300 && c <= 0x36f) return ''; // combining diacritical marks
  if (c === 0x2018 || c === 0x2019 || c === 0x02bc) return "'";
  if (c === 0x201c || c === 0x201d) return '"';
  if (c === 0x0131) return 'i';
  if (c === 0x0142 || c === 0x0141) return 'l';
  return undefined;
}

/**
 * Is `text` plain ASCII? It is exactly when its UTF-8 form has one byte per UTF-16 unit: one
 * native call instead of a loop over the characters (whose reads, on the many kinds of string V8
 * hands the matcher, cost more than the check).
 */
export function isAscii(text: string): boolean {
  return Buffer.byteLength(text, 'utf8') === text.length;
}

/** Lower-case, strip combining marks, unify quotes. Length may differ from the input. */
export function foldText(text: string, ascii = isAscii(text)): string {
  // Plain ASCII (most pastes) only needs lower-casing.
  if (ascii) return text.toLowerCase();
  // NFKD splits accented letters into base + combining mark and maps full-width forms to ASCII.
  const decomposed = text.normalize('NFKD');
  // The unchanged stretches are copied as slices, not character by character.
  let out = '';
  let from = 0;
  for (let i = 0; i < decomposed.length; i++) {
    const c = decomposed.charCodeAt(i);
    if (c < 0x131) continue;
    const replacement = foldedUnit(c);
    if (replacement === undefined) continue;
    out += decomposed.slice(from, i) + replacement;
    from = i + 1;
  }
  return (from === 0 ? decomposed : out + decomposed.slice(from)).toLowerCase();
}

const enum CharKind {
  Sep = 0,
  Word = 1,
  Ideo = 2,
}

function isIdeographic(c: number): boolean {
  return (
    (c >= 0x3040 && c <= 0x30ff) || // Hiragana, Katakana
    (c >= 0x3400 && c <= 0x4dbf) || // CJK extension A
    (c >= 0x4e00 && c <= 0x9fff) || // CJK unified ideographs
    (c >= 0xf900 && c <= 0xfaff) // CJK compatibility ideographs
  );
}

function isLetterLike(ch: string, c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
  // Latin-1 punctuation and symbols, general punctuation, arrows and box drawing are separators.
  if (c < 0xc0 || (c >= 0x2000 && c <= 0x2bff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xff0f)) return false;
  return ch.toLowerCase() !== ch.toUpperCase() || (c >= 0xac00 && c <= 0xd7af);
}

function kindOf(ch: string, c: number): CharKind {
  if (isIdeographic(c)) return CharKind.Ideo;
  if (isLetterLike(ch, c)) return CharKind.Word;
  return CharKind.Sep;
}

/**
 * Words remembered by `wordAt`: a direct-mapped table, slot = the low bits of the word's hash; a
 * new word takes its slot's place. Bounded, no map to maintain; results never depend on it.
 */
const WORD_SLOTS = 1 << 14;
const INTERN_MAX_LENGTH = 48;
const slotWords: (string | undefined)[] = new Array<string | undefined>(WORD_SLOTS).fill(undefined);

function sameChars(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}

/**
 * `text.slice(start, end)`, but a word seen before is returned as the same string instead of a
 * new copy: logs repeat their words, and fewer copies mean fewer garbage collections (which set
 * the slowest queries' time) and cheaper lookups of the word later. `hash` is the FNV-1a hash of
 * the characters. Results never depend on the table, only the allocations do.
 */
function wordAt(text: string, start: number, end: number, hash: number): string {
  if (end - start > INTERN_MAX_LENGTH) return text.slice(start, end);
  const slot = hash & (WORD_SLOTS - 1);
  const hit = slotWords[slot];
  if (hit !== undefined && sameChars(hit, text, start, end)) return hit;
  const word = text.slice(start, end);
  slotWords[slot] = word;
  return word;
}

function wordToken(folded: string, start: number, end: number, hash: number, apostrophe: boolean): Token {
  const text = apostrophe ? dropApostrophes(folded.slice(start, end)) : wordAt(folded, start, end, hash);
  return { text, start, end };
}

/**
 * Where tokenizeFolded collects its tokens before copying them into an array of the exact size:
 * growing a fresh array by pushes reallocates it again and again (three times its final size in
 * all on a long paste), garbage that the slowest queries pay for. Kept between calls, dropped when
 * a text was unusually long so a big one is not held on to.
 */
let scratch: Token[] = [];
const SCRATCH_MAX = 4096;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Tokenize already-folded text. Linear in the text's length. */
export function tokenizeFolded(folded: string): Token[] {
  const tokens = scratch;
  let n = 0;
  let start = -1;
  let hash = FNV_OFFSET;
  // An apostrophe was dropped inside the current word: its text is not one slice of `folded`.
  let apostrophe = false;
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    // Plain ASCII letters, digits and underscores: the common case, decided without a lookup.
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95) {
      if (start < 0) start = i;
      hash = Math.imul(hash ^ c, FNV_PRIME);
      continue;
    }
    // Other ASCII: capitals are letters (text that was not folded), the rest separates. Surrogate
    // pairs (emoji and the like) are separators; so is everything that is not a letter.
    const kind = c < 0x80 ? (c >= 65 && c <= 90 ? CharKind.Word : CharKind.Sep) : c >= 0xd800 && c <= 0xdfff ? CharKind.Sep : kindOf(folded[i]!, c);
    if (kind === CharKind.Word) {
      if (start < 0) start = i;
      hash = Math.imul(hash ^ c, FNV_PRIME);
      continue;
    }
    // After one letter the apostrophe ends an elided article or pronoun (French and Italian "d'hôte",
    // "l'host", "n'autorise"): there it separates words.
    if (c === 39 && start >= 0 && i - start > 1 && i + 1 < folded.length && kindOf(folded[i + 1]!, folded.charCodeAt(i + 1)) === CharKind.Word) {
      // "can't" → "cant": the apostrophe inside a word is dropped.
      apostrophe = true;
      continue;
    }
    if (start >= 0) {
      tokens[n++] = wordToken(folded, start, i, hash, apostrophe);
      start = -1;
      hash = FNV_OFFSET;
      apostrophe = false;
    }
    if (kind === CharKind.Ideo) {
      // A Han/kana word of the lexicon ("连接", "名前解決") is one token, read like its English
      // word; any other character stays a token of its own.
      const word = ideographicWordAt(folded, i);
      tokens[n++] = { text: word ?? folded[i]!, start: i, end: i + (word?.length ?? 1) };
      if (word) i += word.length - 1;
    }
  }
  if (start >= 0) tokens[n++] = wordToken(folded, start, folded.length, hash, apostrophe);
  const out = tokens.slice(0, n);
  if (tokens.length > SCRATCH_MAX) scratch = [];
  return out;
}

function dropApostrophes(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) !== 39) out += s[i]!;
  return out;
}

export function tokenize(text: string): Tokenized {
  const ascii = isAscii(text);
  const folded = foldText(text, ascii);
  return { folded, tokens: tokenizeFolded(folded), ascii };
}

/** The token texts of a pattern (a code or a phrase), as the matcher sees them. */
export function patternTokens(pattern: string): string[] {
  return tokenizeFolded(foldText(pattern)).map((t) => t.text);
}

/** Canonical form of a code or phrase, used to detect duplicates: its tokens joined by spaces. */
export function normalizePattern(pattern: string): string {
  return patternTokens(pattern).join(' ');
}

/**
 * Sub-words of an identifier-like token from the original (unfolded) text: camelCase humps and
 * underscore parts ("downloadM3U" → download, m3u; "ConnectionResetError" → connection, reset,
 * error). Returned folded. Used for weak keyword evidence only.
 */
export function subWords(raw: string): string[] {
  const parts: string[] = [];
  let cur = '';
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i]!;
    if (ch === '_') {
      if (cur) parts.push(cur);
      cur = '';
      continue;
    }
    const isUpper = ch !== ch.toLowerCase();
    const prev = raw[i - 1];
    const next = raw[i + 1];
    const prevLower = prev !== undefined && prev !== prev.toUpperCase();
    const prevUpper = prev !== undefined && prev !== prev.toLowerCase();
    const nextLower = next !== undefined && next !== next.toUpperCase();
    if (isUpper && cur && (prevLower || (prevUpper && nextLower))) {
      parts.push(cur);
      cur = '';
    }
    cur += ch;
  }
  if (cur) parts.push(cur);
  return parts.length > 1 ? parts.map((p) => foldText(p)) : [];
}

/** Suffixes removed by `stem`, longest first (English inflection, plus French "-ée"). */
const SUFFIXES = ['ations', 'ation', 'ions', 'ion', 'ings', 'ing', 'ures', 'ure', 'ied', 'ies', 'ed', 'es', 'ee', 'e', 's', 'y'];

/**
 * Words that say "it did not work" are one word for phrase matching: "Failed to load playlist",
 * "Error loading playlist" and "playlist won't load" say the same thing.
 */
const FAILURE_FORMS = new Set(['error', 'errors', 'failed', 'fail', 'fails', 'failure', 'failures', 'failing', 'unable', 'cannot', 'cant', 'couldnt', 'wont']);

/**
 * Words of other languages mapped to the stem of the English word they mean
 * (tables/lexicon.json), folded as text is folded. Made on first use, or read from the build's
 * derived tables (derived-tables.ts) where there are some: folding 240 words of nine languages
 * is more than a CLI match costs.
 */
let lexicon: ReadonlyMap<string, string> | null = null;

/** The lexicon's words (folded) and the stems they map to (from the build's data in the CLI bundles). */
export function lexiconEntries(): ReadonlyMap<string, string> {
  if (lexicon === null && DERIVED_TABLES) lexicon = new Map(DERIVED_TABLES.lexicon);
  if (lexicon === null) {
    const out = new Map<string, string>();
    for (const [concept, words] of Object.entries(lexiconTable.concepts)) for (const w of words) out.set(foldText(w), concept);
    lexicon = out;
  }
  return lexicon;
}

/** First character → the lexicon's Han/kana words starting with it, longest first. */
let ideographicWords: ReadonlyMap<string, readonly string[]> | null = null;

/**
 * The longest lexicon word written in Han or kana that starts at `i` of `folded`, if any. Those
 * scripts put no spaces between words, so the lexicon is what says where "域名解析失败" has its
 * words (域名 host, 解析 resolve, 失败 failed). Only reached for Han and kana characters.
 */
function ideographicWordAt(folded: string, i: number): string | undefined {
  if (ideographicWords === null) {
    const byFirst = new Map<string, string[]>();
    for (const word of lexiconEntries().keys()) {
      if (word.length < 2 || !isIdeographic(word.charCodeAt(0))) continue;
      const list = byFirst.get(word[0]!) ?? [];
      list.push(word);
      byFirst.set(word[0]!, list);
    }
    for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
    ideographicWords = byFirst;
  }
  const candidates = ideographicWords.get(folded[i]!);
  if (candidates) for (const w of candidates) if (folded.startsWith(w, i)) return w;
  return undefined;
}

/** Short forms people type for words that error messages spell out. */
const SHORT_FORMS = new Map([
  ['cert', 'certificat'],
  ['certs', 'certificat'],
  ['conn', 'connect'],
]);

/**
 * Light stemming for phrase evidence: "refused", "refuses", "refusing" and "refuse" all become
 * "refus"; "connections", "connected" and "connection" become "connect". Only plain a–z words of
 * four letters or more are touched (codes with digits or underscores, and other scripts, stay
 * whole); one suffix is removed and at least three letters are kept. Both the patterns and the
 * text go through it, so it only has to be consistent, not linguistically right.
 */
export function stem(token: string): string {
  const short = SHORT_FORMS.get(token);
  if (short) return short;
  if (FAILURE_FORMS.has(token)) return 'fail';
  const concept = lexiconEntries().get(token);
  if (concept !== undefined) return concept;
  const n = token.length;
  if (n < 4) return token;
  for (let i = 0; i < n; i++) {
    const c = token.charCodeAt(i);
    if (c < 97 || c > 122) return token;
  }
  for (const suffix of SUFFIXES) {
    if (n - suffix.length < 3 || !token.endsWith(suffix)) continue;
    // "address", "access": a double s is part of the word, not a plural.
    if (suffix === 's' && token.charCodeAt(n - 2) === 115) return token;
    return token.slice(0, n - suffix.length);
  }
  return token;
}

/** Restricted Damerau–Levenshtein distance ≤ 1 (one insertion, deletion, substitution or swap). No allocation. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (la - lb > 1 || lb - la > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (la === lb) {
    // substitution at i, or a swap of i and i+1
    if (tailEqual(a, i + 1, b, i + 1)) return true;
    return i + 1 < la && a.charCodeAt(i) === b.charCodeAt(i + 1) && a.charCodeAt(i + 1) === b.charCodeAt(i) && tailEqual(a, i + 2, b, i + 2);
  }
  return la > lb ? tailEqual(a, i + 1, b, i) : tailEqual(a, i, b, i + 1);
}

function tailEqual(a: string, i: number, b: string, j: number): boolean {
  if (a.length - i !== b.length - j) return false;
  for (; i < a.length; i++, j++) if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
  return true;
}

