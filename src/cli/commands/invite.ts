/** `netmedic invite [--json] [--app ID]`: the link that adds the bot to a server. */
import { parseArgs } from 'node:util';
import { applicationIdOf } from '../../config';
import { configOrExit } from '../config-io';
import { INVITE_PERMISSIONS, INVITE_SCOPES, invitePermissions, inviteUrl } from '../invite';
import { EXIT, type CliCommand, type CliIo } from '../types';

const HELP = `Usage: netmedic invite [--json] [--app ID]

Prints the link that adds the bot to a server: OAuth2 with the bot and applications.commands
scopes and exactly the permissions netmedic's features need (each one is listed with why).

Options:
  --app ID     the application id (default: DISCORD_APPLICATION_ID, else read from DISCORD_TOKEN)
  --json       print {"url", "applicationId", "scopes", "permissions", "permissionNames"}
  -h, --help   show this help

Exit codes: 0 done, 2 no application id (or bad options).`;

function usage(io: CliIo, message: string): number {
  io.stderr.write(`netmedic invite: ${message}\nRun \`netmedic invite --help\` for usage.\n`);
  return EXIT.usage;
}

async function run(args: string[], io: CliIo): Promise<number> {
  let values: { json?: boolean; app?: string; help?: boolean };
  try {
    ({ values } = parseArgs({ args, allowPositionals: false, options: { json: { type: 'boolean' }, app: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }));
  } catch (err) {
    return usage(io, (err as Error).message);
  }
  if (values.help) {
    io.stdout.write(HELP + '\n');
    return EXIT.ok;
  }
  let applicationId = values.app;
  if (applicationId === undefined) {
    const config = configOrExit(io);
    if (!config) return EXIT.usage;
    applicationId = applicationIdOf(config) ?? undefined;
  }
  if (!applicationId) return usage(io, 'no application id: pass --app ID, or set DISCORD_APPLICATION_ID (or DISCORD_TOKEN, which holds it)');
  if (!/^\d{17,20}$/.test(applicationId)) return usage(io, `--app takes an application id (17–20 digits), got "${applicationId}"`);

  const permissions = invitePermissions();
  const url = inviteUrl(applicationId, permissions);
  if (values.json) {
    const out = { url, applicationId, scopes: [...INVITE_SCOPES], permissions: permissions.toString(), permissionNames: INVITE_PERMISSIONS.map((p) => p.name) };
    io.stdout.write(JSON.stringify(out, null, 2) + '\n');
    return EXIT.ok;
  }
  const width = Math.max(...INVITE_PERMISSIONS.map((p) => p.name.length));
  io.stdout.write(
    [
      url,
      '',
      `Scopes: ${INVITE_SCOPES.join(', ')}. Permissions (${permissions}):`,
      ...INVITE_PERMISSIONS.map((p) => `  ${p.name.padEnd(width)}  ${p.why}`),
      '',
    ].join('\n'),
  );
  return EXIT.ok;
}

export const command: CliCommand = { name: 'invite', summary: 'Print the link that adds the bot to a server', help: HELP, run };
