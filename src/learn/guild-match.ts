/** The matcher as the adapters call it: built-in first, then this server's taught phrases (see phrases.ts). */
import type { FaqEntry, KnowledgeBase } from '../knowledge/types';
import { match, type MatchResult } from '../matcher/match';
import type { PhraseService } from './phrase-service';
import { applyServerPhrases, taughtFaqId } from './phrases';

/** What matching in a server needs of the app's services (the adapters pass theirs). */
export interface GuildMatchServices {
  /** This server's taught phrases; absent without a database. */
  phrases?: Pick<PhraseService, 'list'>;
  /** This server's view of the FAQ, for phrases that answer with an entry. */
  faqs?: { view(guildId: string): Promise<{ faq(id: string): FaqEntry | undefined }> };
}

export interface GuildMatchResult extends MatchResult {
  /** A phrase taught in this server answers with this FAQ entry (the server's view of it). */
  faqAnswer?: FaqEntry;
}

export async function matchInGuild(services: GuildMatchServices, guildId: string | null, text: string, kb: KnowledgeBase): Promise<GuildMatchResult> {
  const result = match(text, kb);
  if (result.confident || !guildId || !services.phrases) return result;
  const phrases = await services.phrases.list(guildId);
  const faqId = taughtFaqId(result, text, phrases);
  if (faqId && services.faqs) {
    const entry = (await services.faqs.view(guildId)).faq(faqId);
    if (entry) return { ...result, faqAnswer: entry };
  }
  return applyServerPhrases(result, text, phrases.filter((p) => p.kind !== 'faq'), kb);
}

/** What the learning loop records for a result: a FAQ answer counts as answered, as `faq/<id>`. */
export function outcomeOf(result: GuildMatchResult): { match: { id: string; confidence: number } | null; confident: boolean } {
  if (result.faqAnswer) return { match: { id: `faq/${result.faqAnswer.id}`, confidence: 1 }, confident: true };
  // A copy of what is recorded: the record is written later, and must not keep the whole result
  // (its tokens, evidence and alternatives) alive meanwhile.
  return { match: result.match ? { id: result.match.id, confidence: result.match.confidence } : null, confident: result.confident };
}
