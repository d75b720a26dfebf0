/**
 * `netmedic serve [--port P] [--host H]`: answer interactions over HTTP (Discord's Interactions
 * Endpoint URL) instead of the gateway.
 */
import { parseArgs } from 'node:util';
import { createLogger } from '../../logger';
import { configOrExit } from '../config-io';
import { EXIT, type CliCommand } from '../types';
import { untilSignal } from '../until-signal';

const help = `Usage: netmedic serve [--port P] [--host H]

Receives interactions over HTTP: set the application's Interactions Endpoint URL in the Developer
Portal to https://<your host>/interactions (a TLS-terminating proxy or load balancer in front).
Needs DISCORD_PUBLIC_KEY; DISCORD_TOKEN only for replies posted to a channel (message menus).
Stateless: run several behind a load balancer, with the same REDIS_URL to share the limits.
Also serves GET /healthz and GET /metrics (Prometheus).

Options:
  --port P   port to listen on (default: $PORT, else 8080)
  --host H   address to bind (default 0.0.0.0)`;

export const command: CliCommand = {
  name: 'serve',
  summary: 'Answer interactions over HTTP (Interactions Endpoint URL)',
  help,
  async run(args, io) {
    let values: { port?: string; host?: string };
    try {
      values = parseArgs({ args, options: { port: { type: 'string' }, host: { type: 'string' } }, allowPositionals: false }).values;
    } catch (err) {
      io.stderr.write(`netmedic serve: ${(err as Error).message}\n${help}\n`);
      return EXIT.usage;
    }
    const portText = values.port ?? io.env.PORT ?? '8080';
    const port = Number(portText);
    if (!/^\d{1,5}$/.test(portText) || port > 65535) {
      io.stderr.write(`netmedic serve: --port takes a port number 0–65535, got "${portText}".\n`);
      return EXIT.usage;
    }
    const config = configOrExit(io);
    if (!config) return EXIT.usage;
    if (!config.DISCORD_PUBLIC_KEY) {
      io.stderr.write('netmedic serve: DISCORD_PUBLIC_KEY is not set. Copy the "Public Key" from the Developer Portal (General Information).\n');
      return EXIT.usage;
    }
    const log = createLogger({ level: config.LOG_LEVEL, format: config.LOG_FORMAT });
    process.on('unhandledRejection', (reason) => log.error({ err: reason }, 'unhandled promise rejection'));
    const { startServe } = await import('../../http/serve.js');
    const { KnowledgeLoadError } = await import('../../app.js');
    let running;
    try {
      running = await startServe({ config, log, port, host: values.host ?? '0.0.0.0' });
    } catch (err) {
      if (err instanceof KnowledgeLoadError) {
        io.stderr.write(`netmedic: cannot start: ${err.message}\n`);
        return EXIT.usage;
      }
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EADDRINUSE' || code === 'EACCES') {
        io.stderr.write(`netmedic serve: cannot listen on port ${port} (${code}).\n`);
        return EXIT.usage;
      }
      throw err;
    }
    // Machine-readable first line for scripts and tests: the bound port.
    io.stdout.write(`listening on ${running.port}\n`);
    return untilSignal(log, 'stopping', () => running.stop());
  },
};
