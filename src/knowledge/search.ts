/**
 * Ranking for pickers (autocomplete, select menus): exact id / code hits first, then prefixes,
 * then substrings — the order a person typing expects. Pure and linear in the knowledge base.
 */
import { normalizePattern } from '../matcher/tokenize';
import type { Article, FaqEntry, KnowledgeBase } from './types';

function fold(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

function scoreTerms(query: string, exact: string[], text: string[]): number {
  let best = 0;
  for (const term of exact) {
    const t = fold(term);
    if (t === query) best = Math.max(best, 100);
    else if (t.startsWith(query)) best = Math.max(best, 60);
    else if (t.includes(query)) best = Math.max(best, 30);
  }
  for (const term of text) {
    const t = fold(term);
    if (t === query) best = Math.max(best, 90);
    else if (t.startsWith(query)) best = Math.max(best, 50);
    else if (t.includes(query)) best = Math.max(best, 20);
  }
  return best;
}

/** Articles whose title, id or codes fit what was typed, best first. */
export function searchArticles(kb: KnowledgeBase, typed: string): { article: Article; code: string | null }[] {
  const query = fold(typed);
  const ranked: { article: Article; code: string | null; score: number }[] = [];
  for (const article of kb.articles) {
    const codeHit = query ? (article.codes.find((c) => fold(c) === query) ?? article.codes.find((c) => fold(c).startsWith(query)) ?? null) : null;
    const score = query ? scoreTerms(query, [article.id, ...article.codes], [article.title]) : 1;
    if (score > 0) ranked.push({ article, code: codeHit, score });
  }
  ranked.sort((a, b) => b.score - a.score || a.article.title.localeCompare(b.article.title));
  return ranked.map(({ article, code }) => ({ article, code }));
}

/** FAQ entries whose id, title or aliases fit what was typed, best first. */
export function searchFaqs(kb: Pick<KnowledgeBase, 'faqs'>, typed: string): FaqEntry[] {
  const query = fold(typed);
  if (!query) return [...kb.faqs].sort((a, b) => a.title.localeCompare(b.title));
  const ranked: { entry: FaqEntry; score: number }[] = [];
  for (const entry of kb.faqs) {
    let score = scoreTerms(query, [entry.id, ...entry.aliases], [entry.title]);
    if (score === 0) {
      // Every typed word appears somewhere in the entry's names.
      const names = fold([entry.id, entry.title, ...entry.aliases].join(' ').replace(/-/g, ' '));
      if (query.split(' ').every((w) => names.includes(w))) score = 10;
    }
    if (score > 0) ranked.push({ entry, score });
  }
  ranked.sort((a, b) => b.score - a.score || a.entry.title.localeCompare(b.entry.title));
  return ranked.map((r) => r.entry);
}

/** The FAQ entry named exactly by id, title or alias (case-insensitive), if any. */
export function findFaq(kb: Pick<KnowledgeBase, 'faqs' | 'faq'>, name: string): FaqEntry | undefined {
  const query = fold(name);
  return kb.faq(query) ?? kb.faqs.find((f) => fold(f.title) === query || f.aliases.some((a) => fold(a) === query));
}

/** All FAQ entries, those sharing the most words with `text` first (for "Answer with FAQ"). */
export function rankFaqsForText(kb: Pick<KnowledgeBase, 'faqs'>, text: string): FaqEntry[] {
  const words = new Set(fold(text).split(/[^a-z0-9]+/).filter((w) => w.length > 2));
  const scored = kb.faqs.map((entry) => {
    const names = fold([entry.title, ...entry.aliases].join(' ')).split(/[^a-z0-9]+/);
    return { entry, score: names.filter((w) => words.has(w)).length };
  });
  scored.sort((a, b) => b.score - a.score || a.entry.title.localeCompare(b.entry.title));
  return scored.map((s) => s.entry);
}

function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_v, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}

/** The entries closest to `query`: by edit distance to ids and aliases, and shared title words. */
export function nearestFaqs(kb: Pick<KnowledgeBase, 'faqs'>, query: string, n = 3): FaqEntry[] {
  const q = normalizePattern(query);
  const qWords = new Set(q.split(' ').filter((w) => w.length > 2));
  const scored = kb.faqs.map((f) => {
    const names = [f.id, ...f.aliases].map(normalizePattern);
    let best = Math.min(...names.map((name) => editDistance(q, name) / Math.max(q.length, name.length, 1)));
    if (names.some((name) => name.includes(q) || (name.length > 3 && q.includes(name)))) best = Math.min(best, 0.2);
    const words = new Set(normalizePattern(`${f.title} ${f.aliases.join(' ')} ${f.id}`).split(' '));
    let shared = 0;
    for (const w of qWords) if (words.has(w)) shared++;
    return { f, score: best - 0.25 * shared };
  });
  scored.sort((a, b) => a.score - b.score || a.f.id.localeCompare(b.f.id));
  return scored.filter((s) => s.score < 0.75).slice(0, n).map((s) => s.f);
}
