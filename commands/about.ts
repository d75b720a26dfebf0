/**
 * /about — what this bot is, its version, uptime, knowledge-base size and gateway latency.
 */
import { ApplicationCommandType, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import type { ChatInputContext, CommandModule } from '../src/interaction/types';
import { renderAbout } from '../src/render/about';
import { commandIdsFor } from '../src/interaction/command-ids';

const definition = {
  name: 'about',
  description: 'What netmedic is, its version, uptime and knowledge-base size',
  type: ApplicationCommandType.ChatInput,
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const command: CommandModule = {
  definition,
  async chatInput(ctx: ChatInputContext) {
    const { services } = ctx;
    const kb = services.knowledge.current();
    await ctx.reply({
      ephemeral: true,
      embeds: [
        renderAbout({
          version: services.version,
          uptimeMs: Date.now() - services.startedAt,
          articles: kb.articles.length,
          faqs: kb.faqs.length,
          gatewayPingMs: services.gatewayPing(),
        }, ctx.locale, commandIdsFor(ctx)),
      ],
    });
  },
};
