/**
 * Logging with pino: JSON lines in production, readable lines on a terminal. Credentials are
 * redacted by path and, as a backstop, by pattern in every string that reaches the log.
 */
import pino, { type Logger } from 'pino';
import { redactSecrets } from './util/redact';
import { GatheredLines, hold } from './util/gathered-lines';

export type { Logger } from 'pino';

export interface LoggerOptions {
  level?: string;
  format?: 'auto' | 'json' | 'pretty';
  /** Where lines go (defaults to stdout). Tests pass a stream to read them back. */
  destination?: pino.DestinationStream;
}

/**
 * Fields that are always censored, whatever their value (the paths pino's `redact` option took:
 * `token`, `*.token`, `password`, `*.password`, `DISCORD_TOKEN`, `config.DISCORD_TOKEN`,
 * `headers.authorization`, `*.headers.authorization`). Done by key while the log object is
 * scrubbed anyway: pino's own redaction ran a wildcard redactor (a clone and a JSON.stringify) on
 * every field of every line, the largest share of a log line's cost during a burst. Here
 * `DISCORD_TOKEN` is censored under any top-level field, not only `config` (stricter).
 */
const SECRET_FIELDS = new Set(['token', 'password', 'DISCORD_TOKEN']);
const CENSOR = '[redacted]';

export function createLogger(options: LoggerOptions = {}): Logger {
  const format = options.format ?? 'auto';
  const pretty = format === 'pretty' || (format === 'auto' && !options.destination && process.stdout.isTTY === true);
  const base: pino.LoggerOptions = {
    name: 'netmedic',
    level: options.level ?? 'info',
    hooks: {
      // Backstop: scrub anything that looks like a token or password from every message string.
      logMethod(args, method) {
        let scrubbed: unknown[] | undefined;
        for (let i = 0; i < args.length; i++) {
          const a: unknown = args[i];
          if (typeof a !== 'string') continue;
          const clean = redactSecrets(a);
          if (clean !== a) (scrubbed ??= [...args])[i] = clean;
        }
        method.apply(this, (scrubbed ?? args) as Parameters<typeof method>);
      },
    },
    formatters: {
      log(object) {
        return scrubFields(object);
      },
    },
  };
  if (pretty) {
    return scrubbingChildren(
      pino({
        ...base,
        transport: { target: 'pino-pretty', options: { colorize: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname,name' } },
      }),
    );
  }
  // stdout by default, written asynchronously: a burst of interactions never waits on the pipe
  // (the lines keep their order; stop() flushes them, and so does the process's exit). Lines are
  // gathered in memory and written in one piece once the process has a quiet moment (see
  // util/gathered-lines.ts): one write per line was a tenth of the bot's work during a burst of
  // interactions, and a write per 4 KiB in the middle of one still took its share.
  return scrubbingChildren(pino(base, options.destination ?? hold(new GatheredLines(pino.destination({ dest: 1, sync: false })))));
}

/**
 * A child's fields (request id, user, server) are serialised once, when the child is made; they
 * are scrubbed then. pino applies a `bindings` formatter to the root logger only, so the root's
 * `child` is wrapped instead (children inherit it, so their children are scrubbed too).
 */
function scrubbingChildren(logger: Logger): Logger {
  type ChildFn = (this: Logger, bindings: pino.Bindings, options?: pino.ChildLoggerOptions) => Logger;
  const child = logger.child as unknown as ChildFn;
  const scrubbing: ChildFn = function (bindings, options) {
    return child.call(this, scrubFields(bindings), options);
  };
  logger.child = scrubbing as unknown as Logger['child'];
  return logger;
}

/** The top level of a log object: secret fields censored, every value scrubbed. */
function scrubFields(object: Record<string, unknown>): Record<string, unknown> {
  let out: Record<string, unknown> | undefined;
  for (const k in object) {
    if (!Object.prototype.hasOwnProperty.call(object, k)) continue;
    const v = object[k];
    let scrubbed: unknown;
    if (SECRET_FIELDS.has(k)) scrubbed = v === undefined ? v : CENSOR;
    else {
      scrubbed = scrubObject(v, 1);
      if (scrubbed && typeof scrubbed === 'object' && !Array.isArray(scrubbed)) scrubbed = censorNested(scrubbed as Record<string, unknown>);
      if (k === 'headers') scrubbed = censorIn(scrubbed, 'authorization');
    }
    if (out) out[k] = scrubbed;
    else if (scrubbed !== v) {
      out = { ...object };
      out[k] = scrubbed;
    }
  }
  return out ?? object;
}

/** One level down (`*.token`, `*.password`, `config.DISCORD_TOKEN`, `*.headers.authorization`). */
function censorNested(value: Record<string, unknown>): Record<string, unknown> {
  let out = value;
  for (const k of SECRET_FIELDS) out = censorIn(out, k);
  const headers = out.headers;
  if (headers && typeof headers === 'object' && !Array.isArray(headers)) {
    const censored = censorIn(headers as Record<string, unknown>, 'authorization');
    if (censored !== headers) out = { ...out, headers: censored };
  }
  return out;
}

/** `value` with field `key` censored (a copy, only when it has that field). */
function censorIn<T>(value: T, key: string): T {
  if (!value || typeof value !== 'object' || Array.isArray(value) || !Object.prototype.hasOwnProperty.call(value, key)) return value;
  const record = value as Record<string, unknown>;
  if (record[key] === undefined || record[key] === CENSOR) return value;
  return { ...record, [key]: CENSOR } as T;
}

function scrubObject(value: unknown, depth = 0): unknown {
  if (depth > 6) return value;
  if (typeof value === 'string') return redactSecrets(value);
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Error) {
    return { type: value.name, message: redactSecrets(value.message), stack: value.stack ? redactSecrets(value.stack) : undefined, code: (value as { code?: unknown }).code };
  }
  if (Array.isArray(value)) return value.map((v) => scrubObject(v, depth + 1));
  // A plain object with nothing to scrub is passed on as it is (most log lines): no copy.
  const plain = Object.getPrototypeOf(value) === Object.prototype;
  let out: Record<string, unknown> | undefined = plain ? undefined : {};
  const record = value as Record<string, unknown>;
  for (const k in record) {
    if (!Object.prototype.hasOwnProperty.call(record, k)) continue;
    const v = record[k];
    const scrubbed = scrubObject(v, depth + 1);
    if (out) out[k] = scrubbed;
    else if (scrubbed !== v) {
      out = { ...record };
      out[k] = scrubbed;
    }
  }
  return out ?? value;
}

/** A logger that discards everything (CLI commands and tests that do not read logs). */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
