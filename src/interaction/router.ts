/**
 * One router for every interaction kind, shared by Discord and console mode. It finds the
 * handler, runs it, and turns any failure into an ephemeral "Something went wrong (ref X)" for the
 * user and a log line with the same ref. Interactions that expired (10062) or were already
 * acknowledged (40060) are logged, never re-thrown.
 */
import type { Logger } from 'pino';
import { messagesFor } from '../render/i18n/messages';
import { errorRef } from './ids';
import type { CommandRegistry } from './registry';
import type {
  AutocompleteContext,
  ChatInputContext,
  ComponentContext,
  MessageContextMenuContext,
  ModalSubmitContext,
  Responder,
} from './types';

export type AnyContext = ChatInputContext | MessageContextMenuContext | ComponentContext | AutocompleteContext | ModalSubmitContext;

/** Discord API error codes the router treats as "too late", not as bugs. */
export const UNKNOWN_INTERACTION = 10062;
export const ALREADY_ACKNOWLEDGED = 40060;

export function discordErrorCode(err: unknown): number | null {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'number' ? code : null;
}

function isLateInteraction(err: unknown): boolean {
  const code = discordErrorCode(err);
  return code === UNKNOWN_INTERACTION || code === ALREADY_ACKNOWLEDGED;
}

export interface RouteOutcome {
  handled: boolean;
  errorRef?: string;
}

export async function routeInteraction(ctx: AnyContext, registry: CommandRegistry, log: Logger): Promise<RouteOutcome> {
  const handler = pickHandler(ctx, registry);
  // Every slash command carries its own id: replies can mention it from now on.
  if (ctx.kind === 'chatInput' && ctx.commandId) ctx.services?.commandIds?.learn(ctx.commandName, ctx.commandId, ctx.commandGuildId);
  if (!handler) {
    log.warn({ kind: ctx.kind, name: nameOf(ctx) }, 'no handler for interaction');
    ctx.services?.metrics?.interaction(ctx.kind, metricName(ctx, registry), 0, 'unhandled');
    if (ctx.kind !== 'autocomplete') await safely(() => replyEphemeral(ctx, messagesFor(ctx.locale)('error-unknown-command')), log);
    return { handled: false };
  }
  const started = performance.now();
  try {
    await handler();
    const ms = performance.now() - started;
    log.debug({ kind: ctx.kind, name: nameOf(ctx), ms: Math.round(ms) }, 'interaction handled');
    ctx.services?.metrics?.interaction(ctx.kind, metricName(ctx, registry), ms / 1000, 'ok');
    return { handled: true };
  } catch (err) {
    if (isLateInteraction(err)) {
      log.warn({ kind: ctx.kind, name: nameOf(ctx), code: discordErrorCode(err) }, 'interaction expired or already acknowledged');
      return { handled: true };
    }
    const ref = errorRef();
    ctx.services?.metrics?.interaction(ctx.kind, metricName(ctx, registry), (performance.now() - started) / 1000, 'error');
    log.error({ err, ref, kind: ctx.kind, name: nameOf(ctx) }, 'interaction handler failed');
    if (ctx.kind === 'autocomplete') {
      await safely(() => ctx.respond([]), log);
    } else {
      await safely(() => replyEphemeral(ctx, messagesFor(ctx.locale)('error-unexpected', { ref })), log);
    }
    return { handled: true, errorRef: ref };
  }
}

/** A bounded label: the command name, or a component's command (never the free-form custom id). */
function metricName(ctx: AnyContext, registry: CommandRegistry): string {
  if (ctx.kind !== 'component' && ctx.kind !== 'modalSubmit') return ctx.commandName;
  return registry.byComponentId(ctx.customId)?.definition.name ?? 'unknown';
}

function nameOf(ctx: AnyContext): string {
  return ctx.kind === 'component' || ctx.kind === 'modalSubmit' ? ctx.customId : ctx.commandName;
}

function pickHandler(ctx: AnyContext, registry: CommandRegistry): (() => Promise<void>) | null {
  switch (ctx.kind) {
    case 'chatInput': {
      const m = registry.byName(ctx.commandName);
      return m?.chatInput ? () => m.chatInput!(ctx) : null;
    }
    case 'autocomplete': {
      const m = registry.byName(ctx.commandName);
      return m?.autocomplete ? () => m.autocomplete!(ctx) : null;
    }
    case 'messageContextMenu': {
      const m = registry.byName(ctx.commandName);
      return m?.messageContextMenu ? () => m.messageContextMenu!(ctx) : null;
    }
    case 'component': {
      const m = registry.byComponentId(ctx.customId);
      return m?.component ? () => m.component!(ctx) : null;
    }
    case 'modalSubmit': {
      const m = registry.byComponentId(ctx.customId);
      return m?.modalSubmit ? () => m.modalSubmit!(ctx) : null;
    }
  }
}

/** Ephemeral where Discord allows it: a pending deferral can only be edited (keeping its visibility). */
async function replyEphemeral(ctx: Responder, content: string): Promise<void> {
  const reply = { content, ephemeral: true };
  if (ctx.awaitingEdit) await ctx.edit({ content, embeds: [], components: [] });
  else if (ctx.acknowledged) await ctx.followUp(reply);
  else await ctx.reply(reply);
}

async function safely(action: () => Promise<void>, log: Logger): Promise<void> {
  try {
    await action();
  } catch (err) {
    if (isLateInteraction(err)) log.warn({ code: discordErrorCode(err) }, 'could not send the error reply: interaction expired');
    else log.error({ err }, 'could not send the error reply');
  }
}
