/**
 * Which language a reply is written in: the asker's (`locale`), or for a public reply the
 * server's (`guild_locale`) when PUBLIC_REPLY_LOCALE=server. Knowledge content comes from
 * `localizedKnowledge(kb, replyLocale(...))`.
 */
import type { BaseContext } from './types';

export function replyLocale(ctx: Pick<BaseContext, 'locale' | 'guildLocale' | 'services'>, isPublic: boolean): string | undefined {
  if (isPublic && ctx.guildLocale && ctx.services.config.PUBLIC_REPLY_LOCALE === 'server') return ctx.guildLocale;
  return ctx.locale;
}
