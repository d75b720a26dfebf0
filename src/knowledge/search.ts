/**
 * Ranking for pickers (autocomplete, select menus): exact id / code hits first, then prefixes,
 * then substrings — the order a person typing expects. Pure and linear in the knowledge base.
 */
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
export function searchFaqs(kb: KnowledgeBase, typed: string): FaqEntry[] {
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
export function findFaq(kb: KnowledgeBase, name: string): FaqEntry | undefined {
  const query = fold(name);
  return kb.faq(query) ?? kb.faqs.find((f) => fold(f.title) === query || f.aliases.some((a) => fold(a) === query));
}

/** All FAQ entries, those sharing the most words with `text` first (for "Answer with FAQ"). */
export function rankFaqsForText(kb: KnowledgeBase, text: string): FaqEntry[] {
  const words = new Set(fold(text).split(/[^a-z0-9]+/).filter((w) => w.length > 2));
  const scored = kb.faqs.map((entry) => {
    const names = fold([entry.title, ...entry.aliases].join(' ')).split(/[^a-z0-9]+/);
    return { entry, score: names.filter((w) => words.has(w)).length };
  });
  scored.sort((a, b) => b.score - a.score || a.entry.title.localeCompare(b.entry.title));
  return scored.map((s) => s.entry);
}
