/**
 * Logging with pino: JSON lines in production, readable lines on a terminal. Credentials are
 * redacted by path and, as a backstop, by pattern in every string that reaches the log.
 */
import pino, { type Logger } from 'pino';
import { redactSecrets } from './util/redact';

export type { Logger } from 'pino';

export interface LoggerOptions {
  level?: string;
  format?: 'auto' | 'json' | 'pretty';
  /** Where lines go (defaults to stdout). Tests pass a stream to read them back. */
  destination?: pino.DestinationStream;
}

const REDACT_PATHS = [
  'token',
  '*.token',
  'config.DISCORD_TOKEN',
  'DISCORD_TOKEN',
  'password',
  '*.password',
  'headers.authorization',
  '*.headers.authorization',
  'req.headers.authorization',
];

export function createLogger(options: LoggerOptions = {}): Logger {
  const format = options.format ?? 'auto';
  const pretty = format === 'pretty' || (format === 'auto' && !options.destination && process.stdout.isTTY === true);
  const base: pino.LoggerOptions = {
    name: 'netmedic',
    level: options.level ?? 'info',
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    hooks: {
      // Backstop: scrub anything that looks like a token or password from every message string.
      logMethod(args, method) {
        method.apply(
          this,
          args.map((a) => (typeof a === 'string' ? redactSecrets(a) : a)) as Parameters<typeof method>,
        );
      },
    },
    formatters: {
      log(object) {
        return scrubObject(object) as Record<string, unknown>;
      },
    },
  };
  if (pretty) {
    return pino({
      ...base,
      transport: { target: 'pino-pretty', options: { colorize: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname,name' } },
    });
  }
  // stdout by default, written asynchronously: a burst of interactions never waits on the pipe
  // (the lines keep their order; stop() flushes them, and so does the process's exit). Lines are
  // gathered up to 4 KiB (or 50 ms) per write: one write per line was a tenth of the bot's work
  // during a burst of interactions.
  return pino(base, options.destination ?? pino.destination({ dest: 1, sync: false, minLength: 4096, periodicFlush: 50 }));
}

function scrubObject(value: unknown, depth = 0): unknown {
  if (depth > 6) return value;
  if (typeof value === 'string') return redactSecrets(value);
  if (value instanceof Error) {
    return { type: value.name, message: redactSecrets(value.message), stack: value.stack ? redactSecrets(value.stack) : undefined, code: (value as { code?: unknown }).code };
  }
  if (Array.isArray(value)) return value.map((v) => scrubObject(v, depth + 1));
  if (value && typeof value === 'object') {
    // A plain object with nothing to scrub is passed on as it is (most log lines): no copy.
    const plain = Object.getPrototypeOf(value) === Object.prototype;
    let out: Record<string, unknown> | undefined = plain ? undefined : {};
    for (const [k, v] of Object.entries(value)) {
      const scrubbed = scrubObject(v, depth + 1);
      if (out) out[k] = scrubbed;
      else if (scrubbed !== v) {
        out = { ...(value as Record<string, unknown>) };
        out[k] = scrubbed;
      }
    }
    return out ?? value;
  }
  return value;
}

/** A logger that discards everything (CLI commands and tests that do not read logs). */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
