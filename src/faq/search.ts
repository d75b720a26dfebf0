/**
 * Ranking a server's FAQ for autocomplete: exact id or alias, then prefixes, then whole words,
 * then the body (only when no names match); with nothing typed, pinned entries first. Pure; the folded strings are computed
 * once per view (see view.ts), so a keystroke is one linear pass of cheap comparisons.
 */
export interface SearchDoc {
  id: string;
  title: string;
  aliases: readonly string[];
  body: string;
  pinned: boolean;
}

export interface IndexedDoc<T extends SearchDoc> {
  doc: T;
  /** Position in title order (ties are broken by it: no string comparison per keystroke). */
  order: number;
  id: string;
  title: string;
  aliases: string[];
  words: string[];
  body: string;
}

export function fold(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

function splitWords(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Index docs given in title order. */
export function indexDocs<T extends SearchDoc>(docs: readonly T[]): IndexedDoc<T>[] {
  return docs.map((doc, order) => {
    const id = fold(doc.id);
    const title = fold(doc.title);
    const aliases = doc.aliases.map(fold);
    const words = [...new Set(splitWords(`${id} ${title} ${aliases.join(' ')}`))];
    return { doc, order, id, title, aliases, words, body: fold(doc.body) };
  });
}

export const SCORE = { exact: 100, exactTitle: 90, prefix: 70, titlePrefix: 60, word: 40, body: 10 } as const;

/** How well the names (id, aliases, title) fit; 0 when they do not. */
export function scoreNames(d: IndexedDoc<SearchDoc>, q: string, qWords: string[]): number {
  if (d.id === q || d.aliases.includes(q)) return SCORE.exact;
  if (d.title === q) return SCORE.exactTitle;
  if (d.id.startsWith(q) || d.aliases.some((a) => a.startsWith(q))) return SCORE.prefix;
  if (d.title.startsWith(q)) return SCORE.titlePrefix;
  if (qWords.length && qWords.every((w) => d.words.some((dw) => dw.startsWith(w)))) return SCORE.word;
  return 0;
}

/**
 * The best `limit` entries for what was typed. Body matches are the last tier, offered only when
 * no entry's names match (so every choice for a name-like query carries that name). Docs are in
 * title order, so hits are collected into one bucket per tier (pinned first) — no sorting.
 */
export function rankDocs<T extends SearchDoc>(docs: readonly IndexedDoc<T>[], typed: string, limit = 25): T[] {
  const q = fold(typed);
  if (!q) return [...docs.filter((d) => d.doc.pinned), ...docs.filter((d) => !d.doc.pinned)].slice(0, limit).map((d) => d.doc);
  const qWords = splitWords(q);
  const tiers = [SCORE.exact, SCORE.exactTitle, SCORE.prefix, SCORE.titlePrefix, SCORE.word] as const;
  const buckets = new Map<number, { pinned: T[]; rest: T[] }>(tiers.map((t) => [t, { pinned: [], rest: [] }]));
  let any = false;
  for (const d of docs) {
    const score = scoreNames(d, q, qWords);
    if (score === 0) continue;
    any = true;
    const b = buckets.get(score)!;
    (d.doc.pinned ? b.pinned : b.rest).push(d.doc);
  }
  const out: T[] = [];
  if (any) {
    for (const t of tiers) {
      const b = buckets.get(t)!;
      for (const doc of [...b.pinned, ...b.rest]) {
        if (out.length >= limit) return out;
        out.push(doc);
      }
    }
    return out;
  }
  const body = docs.filter((d) => d.body.includes(q));
  return [...body.filter((d) => d.doc.pinned), ...body.filter((d) => !d.doc.pinned)].slice(0, limit).map((d) => d.doc);
}
