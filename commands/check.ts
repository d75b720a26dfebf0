/**
 * /check target:<server:port or URL> [protocol] [public] — probe the server from the bot's
 * network. The reply is deferred at once and edited as stages finish, so everyone watches the
 * check progress; the final embed carries the verdict, causes, first steps and "Full article".
 */
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import type { ChatInputContext, CommandModule } from '../src/interaction/types';
import type { CheckResult, Protocol } from '../src/probe/types';
import { renderCheckReply } from '../src/render/check';

const PROTOCOLS = ['auto', 'tcp', 'http', 'https', 'xtream'] as const satisfies readonly Protocol[];

const definition = {
  name: 'check',
  description: "Check a server from the bot's network: DNS, port, TLS, HTTP, Xtream panel",
  type: ApplicationCommandType.ChatInput,
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'target',
      description: 'host:port, [ipv6]:port or a URL (never include passwords)',
      required: true,
      max_length: 2048,
    },
    {
      type: ApplicationCommandOptionType.String,
      name: 'protocol',
      description: 'What to test (default: auto, from the URL or port)',
      choices: PROTOCOLS.map((p) => ({ name: p, value: p })),
    },
    { type: ApplicationCommandOptionType.Boolean, name: 'public', description: 'Show the result to the channel (default: yes)' },
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** Progress edits are spaced out so a fast check does not trip Discord's edit rate limit. */
export const PROGRESS_EDIT_INTERVAL_MS = 750;

async function chatInput(ctx: ChatInputContext): Promise<void> {
  const input = String(ctx.options.target ?? '');
  const protocolOption = String(ctx.options.protocol ?? 'auto');
  const protocol: Protocol = (PROTOCOLS as readonly string[]).includes(protocolOption) ? (protocolOption as Protocol) : 'auto';
  const visible = ctx.options.public !== false;
  const kb = ctx.services.knowledge.current();

  // The limiters answer at once: a refusal goes only to the asker, and nothing is deferred.
  const admission = await ctx.services.checks.admit({ input, protocol, userId: ctx.user.id, guildId: ctx.guildId });
  if (admission.refused) {
    ctx.log.info({ reason: admission.reason, retryAfter: admission.retryAfterSeconds }, 'check refused by limiter');
    await ctx.reply({ content: admission.message, ephemeral: true });
    return;
  }
  try {
    await ctx.defer({ ephemeral: !visible });
  } catch (err) {
    admission.cancel();
    throw err;
  }

  // Edits go out one at a time, in order; a newer partial result replaces one not yet sent.
  let chain: Promise<void> = Promise.resolve();
  let lastEditAt = 0;
  let latest: CheckResult | null = null;
  let scheduled = false;
  const onProgress = (partial: CheckResult) => {
    latest = partial;
    if (scheduled) return;
    scheduled = true;
    const wait = Math.max(0, lastEditAt + PROGRESS_EDIT_INTERVAL_MS - Date.now());
    chain = chain
      .then(() => new Promise<void>((r) => setTimeout(r, wait)))
      .then(async () => {
        scheduled = false;
        if (!latest || finished) return;
        lastEditAt = Date.now();
        await ctx.edit(renderCheckReply(latest, kb, { final: false, voice: ctx.services.voice }));
      })
      .catch((err: unknown) => ctx.log.warn({ err }, 'progress edit failed'));
  };

  let finished = false;
  const outcome = await admission.run(onProgress);
  finished = true;
  await chain;

  if ('refused' in outcome) {
    ctx.log.info({ reason: outcome.reason, retryAfter: outcome.retryAfterSeconds }, 'check refused by limiter');
    await ctx.edit({ content: outcome.message });
    return;
  }
  ctx.log.info({ verdict: outcome.verdict, ms: outcome.ms, target: outcome.target?.display ?? null }, 'check finished');
  await ctx.edit(renderCheckReply(outcome, kb, { final: true, voice: ctx.services.voice }));
}

export const command: CommandModule = { definition, chatInput };
