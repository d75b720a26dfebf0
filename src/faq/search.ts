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

export function indexDoc<T extends SearchDoc>(doc: T): IndexedDoc<T> {
  const id = fold(doc.id);
  const title = fold(doc.title);
  const aliases = doc.aliases.map(fold);
  const words = [...new Set(splitWords(`${id} ${title} ${aliases.join(' ')}`))];
  return { doc, id, title, aliases, words, body: fold(doc.body) };
}

export const SCORE = { exact: 100, exactTitle: 90, prefix: 70, titlePrefix: 60, word: 40, body: 10 } as const;

export function scoreDoc(d: IndexedDoc<SearchDoc>, q: string, qWords: string[]): number {
  if (d.id === q || d.aliases.includes(q)) return SCORE.exact;
  if (d.title === q) return SCORE.exactTitle;
  if (d.id.startsWith(q) || d.aliases.some((a) => a.startsWith(q))) return SCORE.prefix;
  if (d.title.startsWith(q)) return SCORE.titlePrefix;
  if (qWords.length && qWords.every((w) => d.words.some((dw) => dw.startsWith(w)))) return SCORE.word;
  if (d.body.includes(q)) return SCORE.body;
  return 0;
}

function byPinnedThenTitle(a: SearchDoc, b: SearchDoc): number {
  return Number(b.pinned) - Number(a.pinned) || a.title.localeCompare(b.title);
}

/** The best `limit` entries for what was typed. */
export function rankDocs<T extends SearchDoc>(docs: readonly IndexedDoc<T>[], typed: string, limit = 25): T[] {
  const q = fold(typed);
  if (!q) return [...docs].map((d) => d.doc).sort(byPinnedThenTitle).slice(0, limit);
  const qWords = splitWords(q);
  let hits: { doc: T; score: number }[] = [];
  for (const d of docs) {
    const score = scoreDoc(d, q, qWords);
    if (score > 0) hits.push({ doc: d.doc, score });
  }
  // Body matches are the last tier: offered only when no entry's names match, so every choice
  // shown for a name-like query carries that name.
  if (hits.some((h) => h.score > SCORE.body)) hits = hits.filter((h) => h.score > SCORE.body);
  hits.sort((a, b) => b.score - a.score || byPinnedThenTitle(a.doc, b.doc));
  return hits.slice(0, limit).map((h) => h.doc);
}
