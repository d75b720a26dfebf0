/**
 * The second baseline for the ack-latency ratio: minimal-bot.ts doing netmedic's engine work for
 * each /explain — the same matcher over the same knowledge base, the same rendering of the answer
 * (embed, buttons, vote row), the same limits — and answering through discord.js's own
 * `interaction.reply`. Nothing of netmedic's adapter: no router, limits, contexts, log line,
 * metric or learning record. netmedic's bot beside this one is the adapter's cost; this one beside
 * the minimal bot is the cost of the answer itself.
 * Run: node dist/test/bench/engine-bot.js (DISCORD_TOKEN, DISCORD_API_BASE in the environment).
 */
import { Client, Events, GatewayIntentBits, type InteractionReplyOptions } from 'discord.js';
import { toMessagePayload } from '../../src/interaction/reply';
import { loadKnowledgeBaseSync } from '../../src/knowledge/load';
import { match } from '../../src/matcher/match';
import { renderExplainReply } from '../../src/render/explain';

const loaded = loadKnowledgeBaseSync();
if (!('kb' in loaded)) throw new Error('the knowledge base did not load');
const knowledge = loaded.kb;

const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: process.env.DISCORD_API_BASE } });
client.on(Events.InteractionCreate, (interaction) => {
  if (!interaction.isChatInputCommand()) return;
  const payload = toMessagePayload(renderExplainReply(match(interaction.options.getString('text') ?? '', knowledge), knowledge, undefined, interaction.locale));
  const options = { content: payload.content, embeds: payload.embeds, components: payload.components, allowedMentions: { parse: [] }, flags: payload.flags } as InteractionReplyOptions;
  void interaction.reply(options).catch(() => undefined);
});
client.once(Events.ClientReady, () => console.log('logged in'));
void client.login(process.env.DISCORD_TOKEN);
process.once('SIGTERM', () => void client.destroy().then(() => process.exit(0)));
