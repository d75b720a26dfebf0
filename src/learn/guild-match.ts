/** The matcher as the adapters call it: built-in first, then this server's taught phrases (see phrases.ts). */
import type { Services } from '../interaction/services';
import type { KnowledgeBase } from '../knowledge/types';
import { match, type MatchResult } from '../matcher/match';
import { applyServerPhrases } from './phrases';

export async function matchInGuild(services: Services, guildId: string | null, text: string, kb: KnowledgeBase): Promise<MatchResult> {
  const result = match(text, kb);
  if (result.confident || !guildId || !services.phrases) return result;
  return applyServerPhrases(result, text, await services.phrases.list(guildId), kb);
}
