/**
 * Ranking a server's FAQ for autocomplete: exact id or alias, then prefixes, then whole words,
 * then the body (only when no names match); with nothing typed, pinned entries first.
 *
 * The index is built once per view (see view.ts) so that a keystroke never walks every entry's
 * strings: names and words sit in sorted key lists (a prefix is one binary search and a
 * contiguous range), and the bodies in one string searched natively. Entries are numbered in
 * output order (pinned first, then title order), so every tier's hits come out in order by
 * number. Pure.
 */
export interface SearchDoc {
  id: string;
  title: string;
  aliases: readonly string[];
  body: string;
  pinned: boolean;
}

export function fold(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

function splitWords(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

export const SCORE = { exact: 100, exactTitle: 90, prefix: 70, titlePrefix: 60, word: 40, body: 10 } as const;

/** Distinct keys in code-unit order, each with the ranks (ascending, distinct) that carry it. */
interface KeyList {
  keys: string[];
  postings: Int32Array[];
}

function keyList(byKey: Map<string, number[]>): KeyList {
  const keys = [...byKey.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { keys, postings: keys.map((k) => Int32Array.from(byKey.get(k)!)) };
}

/** First position whose key is >= q (keys sorted by code unit). */
function lowerBound(keys: readonly string[], q: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid]! < q) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Calls `visit` with the postings of every key that starts with q. */
function eachPrefixed(list: KeyList, q: string, visit: (ranks: Int32Array) => void): void {
  for (let i = lowerBound(list.keys, q); i < list.keys.length && list.keys[i]!.startsWith(q); i++) visit(list.postings[i]!);
}

function add(map: Map<string, number[]>, key: string, rank: number): void {
  const ranks = map.get(key);
  if (!ranks) map.set(key, [rank]);
  // Ranks are added in ascending order: a repeat can only be the last one.
  else if (ranks[ranks.length - 1] !== rank) ranks.push(rank);
}

/** Folded bodies in rank order, each preceded by a NUL; `starts[r]` is where body r begins. */
interface Bodies {
  text: string;
  starts: Int32Array;
  /** Every pair of adjacent characters in the text: a query with a pair not in it matches no body. */
  pairs: CharPairs;
}

/** A set of character pairs: a bitmap for ASCII pairs, a Set for the rest. */
class CharPairs {
  private readonly ascii = new Uint8Array(128 * 128);
  private readonly other = new Set<number>();

  add(a: number, b: number): void {
    if (a < 128 && b < 128) this.ascii[a * 128 + b] = 1;
    else this.other.add(a * 65536 + b);
  }

  has(a: number, b: number): boolean {
    return a < 128 && b < 128 ? this.ascii[a * 128 + b] === 1 : this.other.has(a * 65536 + b);
  }

  static of(text: string): CharPairs {
    const pairs = new CharPairs();
    for (let i = 1; i < text.length; i++) pairs.add(text.charCodeAt(i - 1), text.charCodeAt(i));
    return pairs;
  }

  /** Whether every adjacent pair of q (every character, for one) occurs. */
  mayHold(q: string, text: string): boolean {
    if (q.length === 1) return text.includes(q);
    for (let i = 1; i < q.length; i++) if (!this.has(q.charCodeAt(i - 1), q.charCodeAt(i))) return false;
    return true;
  }
}

/**
 * The bodies folded in one pass over one string (far cheaper than one fold per body). Whitespace
 * runs become one space and NUL is not whitespace, so each body keeps its place between NULs; a
 * body's untrimmed edges cannot change a match, since a folded query never starts or ends with a
 * space.
 */
function foldBodies(docs: readonly SearchDoc[]): Bodies {
  // A NUL inside a body (never typed) would look like a boundary: it becomes U+FFFF (never typed either).
  const body = (d: SearchDoc) => (d.body.includes('\u0000') ? d.body.replaceAll('\u0000', '\uffff') : d.body);
  const text = `\u0000${docs.map(body).join('\u0000')}`.toLowerCase().replace(/\s+/g, ' ');
  const starts = new Int32Array(docs.length + 1);
  let at = -1;
  for (let r = 0; r < docs.length; r++) {
    at = text.indexOf('\u0000', at + 1);
    starts[r] = at + 1;
  }
  starts[docs.length] = text.length + 1;
  return { text, starts, pairs: CharPairs.of(text) };
}

export interface SearchIndex<T extends SearchDoc> {
  /** The docs in output order: pinned first, then the rest, each in the order given. */
  readonly ranked: readonly T[];
  /** id and aliases, folded (exact and prefix tiers). */
  readonly names: KeyList;
  readonly exactNames: Map<string, number[]>;
  readonly titles: KeyList;
  readonly exactTitles: Map<string, number[]>;
  /** Distinct words of id, title and aliases (word tier). */
  readonly words: KeyList;
  /** The bodies, folded, for the body tier (made on its first use: most views never need it). */
  bodies(): Bodies;
  /** Per-rank scratch for one search (reset on use). */
  readonly tierOf: Uint8Array;
  readonly wordHits: Uint16Array;
}

/** Index docs given in title order. */
export function indexDocs<T extends SearchDoc>(docs: readonly T[]): SearchIndex<T> {
  const ranked = [...docs.filter((d) => d.pinned), ...docs.filter((d) => !d.pinned)];
  const names = new Map<string, number[]>();
  const titles = new Map<string, number[]>();
  const words = new Map<string, number[]>();
  ranked.forEach((doc, rank) => {
    const id = fold(doc.id);
    const title = fold(doc.title);
    const aliases = doc.aliases.map(fold);
    for (const name of [id, ...aliases]) add(names, name, rank);
    add(titles, title, rank);
    for (const w of splitWords(`${id} ${title} ${aliases.join(' ')}`)) add(words, w, rank);
  });
  let bodies: Bodies | undefined;
  return {
    ranked,
    names: keyList(names),
    exactNames: names,
    titles: keyList(titles),
    exactTitles: titles,
    words: keyList(words),
    bodies: () => (bodies ??= foldBodies(ranked)),
    tierOf: new Uint8Array(ranked.length),
    wordHits: new Uint16Array(ranked.length),
  };
}

/** Tier numbers in output order (0: no name matches). */
const TIERS = [SCORE.exact, SCORE.exactTitle, SCORE.prefix, SCORE.titlePrefix, SCORE.word] as const;

/** The rank whose body holds position `pos` of `bodies`. */
function bodyAt(starts: Int32Array, pos: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (starts[mid]! <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function searchBodies<T extends SearchDoc>(index: SearchIndex<T>, q: string, limit: number): T[] {
  const out: T[] = [];
  const { text, starts, pairs } = index.bodies();
  // Most misses are settled by a pair of characters no body has, without reading the bodies.
  if (!pairs.mayHold(q, text)) return out;
  let from = 0;
  while (out.length < limit) {
    const at = text.indexOf(q, from);
    if (at < 0) break;
    const rank = bodyAt(starts, at);
    // The query holds no NUL (checked by the caller), so a hit never spans two bodies.
    out.push(index.ranked[rank]!);
    from = starts[rank + 1]!;
  }
  return out;
}

/**
 * The best `limit` entries for what was typed. Body matches are the last tier, offered only when
 * no entry's names match (so every choice for a name-like query carries that name).
 */
export function rankDocs<T extends SearchDoc>(index: SearchIndex<T>, typed: string, limit = 25): T[] {
  const q = fold(typed);
  const n = index.ranked.length;
  if (!q) return index.ranked.slice(0, limit);
  // Each rank's best tier (its position in TIERS, plus one), filled from the best tier down.
  const tierOf = index.tierOf;
  tierOf.fill(0);
  const counts = new Int32Array(TIERS.length + 1);
  const mark = (tier: number) => (ranks: ArrayLike<number>) => {
    for (let i = 0; i < ranks.length; i++) {
      const r = ranks[i]!;
      if (tierOf[r] === 0) {
        tierOf[r] = tier;
        counts[tier]! += 1;
      }
    }
  };
  const exact = index.exactNames.get(q);
  if (exact) mark(1)(exact);
  const exactTitle = index.exactTitles.get(q);
  if (exactTitle) mark(2)(exactTitle);
  eachPrefixed(index.names, q, mark(3));
  eachPrefixed(index.titles, q, mark(4));
  // Word tier: every word typed starts one of the entry's words.
  const qWords = [...new Set(splitWords(q))];
  if (qWords.length > 0) {
    const hits = index.wordHits;
    hits.fill(0);
    qWords.forEach((w, i) => {
      eachPrefixed(index.words, w, (ranks) => {
        for (let j = 0; j < ranks.length; j++) if (hits[ranks[j]!] === i) hits[ranks[j]!] = i + 1;
      });
    });
    const all = qWords.length;
    const markWord = mark(5);
    const one = [0];
    for (let r = 0; r < n; r++) {
      if (hits[r] === all) {
        one[0] = r;
        markWord(one);
      }
    }
  }
  let any = false;
  for (let t = 1; t <= TIERS.length; t++) any ||= counts[t]! > 0;
  if (!any) return q.includes('\u0000') ? [] : searchBodies(index, q, limit);
  const out: T[] = [];
  for (let t = 1; t <= TIERS.length && out.length < limit; t++) {
    let left = counts[t]!;
    for (let r = 0; r < n && left > 0 && out.length < limit; r++) {
      if (tierOf[r] === t) {
        out.push(index.ranked[r]!);
        left -= 1;
      }
    }
  }
  return out;
}
