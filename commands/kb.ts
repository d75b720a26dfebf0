/**
 * /kb reload (moderators): load the knowledge base again from disk. An invalid new version is
 * rejected with its problems and the previous one stays in service.
 */
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { MODERATOR_DEFAULT_PERMISSIONS } from '../src/interaction/permissions';
import type { ChatInputContext, CommandModule } from '../src/interaction/types';
import { formatProblem } from '../src/knowledge/load';
import { LIMITS } from '../src/render/limits';

const definition = {
  name: 'kb',
  description: 'Knowledge base tools (moderators)',
  type: ApplicationCommandType.ChatInput,
  default_member_permissions: MODERATOR_DEFAULT_PERMISSIONS,
  options: [{ type: ApplicationCommandOptionType.Subcommand, name: 'reload', description: 'Reload the articles and FAQ entries from disk' }],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

async function chatInput(ctx: ChatInputContext): Promise<void> {
  if (ctx.subcommand !== 'reload') {
    await ctx.reply({ content: 'Use `/kb reload`.', ephemeral: true });
    return;
  }
  await ctx.defer({ ephemeral: true });
  const outcome = await ctx.services.knowledge.reload();
  if (outcome.ok) {
    await ctx.edit({ content: `Knowledge base reloaded: ${outcome.kb.articles.length} articles, ${outcome.kb.faqs.length} FAQ entries.` });
    return;
  }
  const current = ctx.services.knowledge.current();
  const lines = outcome.problems.map(formatProblem);
  let listing = '';
  for (const line of lines) {
    if (listing.length + line.length + 1 > LIMITS.content - 300) break;
    listing += line + '\n';
  }
  const more = listing.split('\n').length - 1 < lines.length ? `…and ${lines.length - (listing.split('\n').length - 1)} more (run \`npx netmedic kb lint\`)\n` : '';
  await ctx.edit({
    content: `Reload rejected: ${lines.length} problem(s). The previous version (${current.articles.length} articles, ${current.faqs.length} FAQ entries) stays in service.\n\`\`\`\n${listing}${more}\`\`\``,
  });
}

export const command: CommandModule = { definition, chatInput };
