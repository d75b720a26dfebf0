/**
 * The baseline for the ack-latency ratio: the smallest discord.js bot that answers every chat
 * input interaction with one static embed. Same client library, same gateway, same driver.
 * Run: node dist/test/bench/minimal-bot.js (DISCORD_TOKEN, DISCORD_API_BASE in the environment).
 */
import { Client, Events, GatewayIntentBits } from 'discord.js';

const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: process.env.DISCORD_API_BASE } });
const embed = { title: 'Connection refused', description: 'Nothing listens on that port, or a firewall rejects the connection.' };
client.on(Events.InteractionCreate, (interaction) => {
  if (interaction.isChatInputCommand()) void interaction.reply({ embeds: [embed] }).catch(() => undefined);
});
client.once(Events.ClientReady, () => console.log('logged in'));
void client.login(process.env.DISCORD_TOKEN);
process.once('SIGTERM', () => void client.destroy().then(() => process.exit(0)));
