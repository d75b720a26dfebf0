/**
 * What the FAQ commands share: which server's data an interaction may see (its own guild, or
 * console mode's pretend server — never an id taken from a custom id or an option), that
 * server's view, and who may change it (Manage Messages, or the server's moderator role).
 */
import type { BaseContext } from './types';
import { isModerator } from './permissions';
import { buildGuildView, type GuildFaqView } from '../faq/view';

export function faqScope(ctx: BaseContext): string | null {
  return ctx.guildId ?? ctx.dataGuildId ?? null;
}

/** The server's FAQ (shipped entries only outside a server or without a database). */
export async function guildView(ctx: BaseContext): Promise<GuildFaqView> {
  const scope = faqScope(ctx);
  const shipped = ctx.services.knowledge.current().faqs;
  if (!scope || !ctx.services.faqs) return buildGuildView(scope ?? 'none', shipped, []);
  return ctx.services.faqs.view(scope);
}

export async function canManageFaq(ctx: BaseContext): Promise<boolean> {
  if (isModerator(ctx.memberPermissions)) return true;
  const scope = faqScope(ctx);
  if (!scope || !ctx.services.faqs || !ctx.memberRoleIds?.length) return false;
  const role = await ctx.services.faqs.moderatorRole(scope);
  return role !== null && ctx.memberRoleIds.includes(role);
}

/** Count a post; never delays or fails the post itself. */
export function countUse(ctx: BaseContext, entryId: string): void {
  const scope = faqScope(ctx);
  if (!scope || !ctx.services.faqs) return;
  ctx.services.faqs.recordUse(scope, entryId).catch((err: unknown) => ctx.log.warn({ err, entry: entryId }, 'could not count a FAQ use'));
}
