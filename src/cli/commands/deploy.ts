/**
 * `netmedic deploy [--guild ID] [--dry-run]`: register every command with one bulk overwrite.
 * Guild deploys show up at once (development); global ones can take a while to reach clients.
 */
import { parseArgs } from 'node:util';
import { tokenShapeProblem } from '../../config';
import { loadRegistry } from '../../interaction/registry';
import { configOrExit } from '../config-io';
import { EXIT, type CliCommand } from '../types';

const help = `Usage: netmedic deploy [--guild ID] [--dry-run]

Registers netmedic's slash and context-menu commands with Discord in one bulk overwrite.

Options:
  --guild ID   deploy to one server only (instant; for development). Default: DISCORD_GUILD_ID,
               or global when that is not set.
  --global     deploy globally even when DISCORD_GUILD_ID is set.
  --dry-run    print the JSON that would be sent, and send nothing (no token needed).

Needs DISCORD_TOKEN; the application id comes from DISCORD_APPLICATION_ID or the token.`;

export const command: CliCommand = {
  name: 'deploy',
  summary: 'Register the slash commands with Discord',
  help,
  async run(args, io) {
    let parsed;
    try {
      parsed = parseArgs({ args, options: { guild: { type: 'string' }, global: { type: 'boolean' }, 'dry-run': { type: 'boolean' } }, allowPositionals: false });
    } catch (err) {
      io.stderr.write(`netmedic deploy: ${(err as Error).message}\n${help}\n`);
      return EXIT.usage;
    }
    const definitions = loadRegistry().definitions();
    if (parsed.values['dry-run']) {
      io.stdout.write(JSON.stringify(definitions, null, 2) + '\n');
      return EXIT.ok;
    }
    const config = configOrExit(io);
    if (!config) return EXIT.usage;
    if (!config.DISCORD_TOKEN) {
      io.stderr.write('netmedic deploy: DISCORD_TOKEN is not set (use --dry-run to see the commands without a token).\n');
      return EXIT.usage;
    }
    const shape = tokenShapeProblem(config.DISCORD_TOKEN);
    if (shape) {
      io.stderr.write(`netmedic deploy: ${shape}\n`);
      return EXIT.usage;
    }
    const guildId = parsed.values.global ? undefined : (parsed.values.guild ?? config.DISCORD_GUILD_ID);
    if (guildId !== undefined && !/^\d{17,20}$/.test(guildId)) {
      io.stderr.write(`netmedic deploy: --guild takes a server id (17–20 digits), got "${guildId}".\n`);
      return EXIT.usage;
    }
    const { deployCommands } = await import('../../discord/deploy.js');
    const { discordUnreachable, networkCode } = await import('../../discord/reach.js');
    const { unreachableError } = await import('../../discord/errors.js');
    const unreachable = await discordUnreachable(config.DISCORD_API_BASE);
    if (unreachable) {
      io.stderr.write(`netmedic deploy: ${unreachable.message}\n`);
      return EXIT.failure;
    }
    try {
      const count = (await deployCommands(config, definitions, guildId, null)).length;
      io.stdout.write(`Deployed ${count} commands ${guildId ? `to server ${guildId}` : 'globally (may take up to an hour to show everywhere)'}.\n`);
      return EXIT.ok;
    } catch (err) {
      const e = err as { status?: number; message?: string };
      const code = networkCode(err);
      if (e.status === undefined && code) {
        io.stderr.write(`netmedic deploy: ${unreachableError(`Discord at ${config.DISCORD_API_BASE}`, code).message}\n`);
        return EXIT.failure;
      }
      const hint = e.status === 401 ? ' DISCORD_TOKEN was rejected.' : e.status === 403 ? ' The bot may not be in that server, or lacks the applications.commands scope.' : '';
      io.stderr.write(`netmedic deploy: Discord refused the deploy: ${e.message ?? String(err)}.${hint}\n`);
      return EXIT.failure;
    }
  },
};
