/**
 * /xtream — check your own IPTV line privately. Opens a form (server URL, username, password);
 * the answer is ephemeral: status, expiry, connections, allowed formats, the panel's own server
 * info and whether the channel lists load. The "Check my line" button on Xtream /check replies
 * opens the same form with the panel URL filled in.
 *
 * Credentials: read from the submitted form, passed to the line check, and dropped. They are
 * never logged, stored, put in a custom id or repeated in any reply or error.
 */
import { ApplicationCommandType, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { localizedKnowledge } from '../src/knowledge/i18n';
import { messagesFor } from '../src/render/i18n/messages';
import type { BaseContext, ChatInputContext, CommandModule, ComponentContext, ModalOpener, ModalSubmitContext, Responder } from '../src/interaction/types';
import { checkOptionsFromConfig } from '../src/check-options';
import { runLineCheck } from '../src/xtream/line-check';
import { xtreamIds } from '../src/render/custom-ids';
import { refusalText } from '../src/render/refusal';
import { LINE_FIELDS, lineModal, renderLineReply } from '../src/render/xtream-line';

const definition = {
  name: 'xtream',
  description: 'Check your IPTV line privately: status, expiry, connections, channel lists',
  type: ApplicationCommandType.ChatInput,
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

async function openForm(ctx: ModalOpener & Responder & Pick<BaseContext, 'locale'>, url: string | null): Promise<void> {
  if (!ctx.showModal) {
    await ctx.reply({ content: messagesFor(ctx.locale)('xtream-no-forms'), ephemeral: true });
    return;
  }
  await ctx.showModal(lineModal(url, ctx.locale));
}

async function chatInput(ctx: ChatInputContext): Promise<void> {
  await openForm(ctx, null);
}

async function component(ctx: ComponentContext): Promise<void> {
  const id = xtreamIds.decode(ctx.customId);
  if (id?.kind !== 'open') {
    await ctx.reply({ content: messagesFor(ctx.locale)('xtream-button-gone'), ephemeral: true });
    return;
  }
  await openForm(ctx, id.url);
}

async function modalSubmit(ctx: ModalSubmitContext): Promise<void> {
  if (xtreamIds.decode(ctx.customId)?.kind !== 'line') {
    await ctx.reply({ content: messagesFor(ctx.locale)('xtream-form-gone'), ephemeral: true });
    return;
  }
  const url = (ctx.fields[LINE_FIELDS.url] ?? '').trim();
  const credentials = { username: (ctx.fields[LINE_FIELDS.username] ?? '').trim(), password: ctx.fields[LINE_FIELDS.password] ?? '' };

  // The same limiter as /check (per-user cooldown, per-server rate, global cap).
  const admission = await ctx.services.checks.admit({ input: url, protocol: 'xtream', userId: ctx.user.id, guildId: ctx.guildId });
  if (admission.refused) {
    ctx.log.info({ reason: admission.reason, retryAfter: admission.retryAfterSeconds }, 'line check refused by limiter');
    await ctx.reply({ content: refusalText(admission, ctx.locale), ephemeral: true });
    return;
  }
  try {
    await ctx.defer({ ephemeral: true });
  } catch (err) {
    admission.cancel();
    throw err;
  }
  const options = checkOptionsFromConfig(ctx.services.config);
  const outcome = await admission.runJob(() => runLineCheck(url, credentials, options));
  if ('refused' in outcome) {
    await ctx.edit({ content: refusalText(outcome, ctx.locale), ephemeral: true });
    return;
  }
  ctx.log.info({ verdict: outcome.verdict, state: outcome.state, ms: outcome.ms, target: outcome.target?.display ?? null }, 'line check finished');
  await ctx.edit(renderLineReply(outcome, localizedKnowledge(ctx.services.knowledge.current(), ctx.locale), ctx.locale));
}

export const command: CommandModule = { definition, chatInput, componentPrefix: xtreamIds.prefix, component, modalSubmit };
