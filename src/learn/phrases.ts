/**
 * The hook between server-taught phrases and the matcher, kept outside src/matcher: the built-in
 * matcher runs first and unchanged; only when it has no confident answer may a phrase this server
 * taught supply one. So a taught phrase never changes a confident built-in answer (an error code
 * match among them), and phrases of one server are never seen by another. Pure.
 */
import type { KnowledgeBase } from '../knowledge/types';
import type { MatchResult } from '../matcher/match';
import { normalizePaste } from './normalize';

export interface TaughtPhrase {
  phrase: string;
  /** The article id, or the FAQ entry id when `kind` is 'faq'. */
  articleId: string;
  kind?: 'article' | 'faq';
}

/** Share of a phrase's distinctive words a paste must contain to match it. */
export const PHRASE_OVERLAP = 0.75;

/** The words that carry meaning: placeholders (<host>, <n> …) and one-letter words dropped. */
export function phraseWords(normalized: string): string[] {
  return [...new Set(normalized.split(/[^\p{L}\p{N}_]+/u).filter((w) => w.length > 1 && !['ip', 'host', 'url', 'email', 'path', 'id', 'secret'].includes(w)))];
}

/** The taught phrase best covered by the paste, if it covers at least PHRASE_OVERLAP of it. */
export function bestPhrase(text: string, phrases: readonly TaughtPhrase[]): { phrase: TaughtPhrase; overlap: number } | null {
  if (phrases.length === 0) return null;
  const words = new Set(phraseWords(normalizePaste(text)));
  let best: { phrase: TaughtPhrase; overlap: number } | null = null;
  for (const p of phrases) {
    const pw = phraseWords(p.phrase);
    if (pw.length < 2) continue;
    const overlap = pw.filter((w) => words.has(w)).length / pw.length;
    if (overlap >= PHRASE_OVERLAP && (!best || overlap > best.overlap)) best = { phrase: p, overlap };
  }
  return best;
}

/** The FAQ entry id a taught phrase answers this paste with, when the built-in matcher is not confident. */
export function taughtFaqId(result: MatchResult, text: string, phrases: readonly TaughtPhrase[]): string | null {
  if (result.confident) return null;
  const hit = bestPhrase(text, phrases);
  return hit?.phrase.kind === 'faq' ? hit.phrase.articleId : null;
}

/** The built-in result when confident; otherwise a taught phrase's answer, if one fits. */
export function applyServerPhrases(result: MatchResult, text: string, phrases: readonly TaughtPhrase[], kb: KnowledgeBase): MatchResult {
  if (result.confident) return result;
  const hit = bestPhrase(text, phrases);
  const article = hit && hit.phrase.kind !== 'faq' ? kb.article(hit.phrase.articleId) : undefined;
  if (!hit || !article) return result;
  const match = { id: article.id, title: article.title, confidence: Math.min(0.95, 0.6 + 0.35 * hit.overlap), evidence: [{ kind: 'taught' as const, phrase: hit.phrase.phrase.slice(0, 80) }] };
  return { ...result, match, alternatives: [], confident: true };
}
