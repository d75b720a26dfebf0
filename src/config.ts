/**
 * Configuration: environment variables (and an optional .env file) validated by zod into one
 * typed object. Every variable is documented in the README's configuration table.
 */
import { z } from 'zod';

const DISCORD_API_DEFAULT = 'https://discord.com/api';

const boolean = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'expected true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const snowflake = z.string().regex(/^\d{17,20}$/, { error: 'expected a Discord id (17–20 digits)' });

const snowflakeList = z
  .string()
  .transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean))
  .pipe(z.array(snowflake));

const positiveInt = (fallback: number) =>
  z.coerce.number({ error: 'expected a whole number' }).int({ error: 'expected a whole number' }).positive({ error: 'expected a number above 0' }).default(fallback);

const nonNegativeInt = (fallback: number) =>
  z.coerce.number({ error: 'expected a whole number' }).int({ error: 'expected a whole number' }).min(0, { error: 'expected 0 or more' }).default(fallback);

const cidrList = z
  .string()
  .transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean))
  .pipe(z.array(z.string().regex(/^[0-9a-fA-F:.]+\/\d{1,3}$/, { error: 'expected comma-separated CIDRs like 192.168.1.0/24' })));

const hostPortList = z
  .string()
  .transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean))
  .pipe(z.array(z.string().regex(/^(\[[0-9a-fA-F:]+\]|[0-9.]+)(:\d{1,5})?$/, { error: 'expected comma-separated IP[:port] resolvers' })));

export const configSchema = z.object({
  DISCORD_TOKEN: z.string().min(1, { error: 'expected a bot token' }).optional(),
  DISCORD_APPLICATION_ID: snowflake.optional(),
  DISCORD_GUILD_ID: snowflake.optional(),
  DISCORD_API_BASE: z.url({ error: 'expected a URL such as https://discord.com/api' }).default(DISCORD_API_DEFAULT),
  DEPLOY_ON_START: boolean.default(false),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { error: 'expected one of fatal, error, warn, info, debug, trace, silent' }).default('info'),
  LOG_FORMAT: z.enum(['auto', 'json', 'pretty'], { error: 'expected auto, json or pretty' }).default('auto'),
  KNOWLEDGE_DIR: z.string().min(1).optional(),
  FAQ_REPEAT_SECONDS: nonNegativeInt(60),
  AUTO_EXPLAIN_CHANNELS: snowflakeList.default([]),
  AUTO_EXPLAIN_COOLDOWN_SECONDS: nonNegativeInt(300),
  /** Language of public replies: the asker's (`user`) or the server's `guild_locale` (`server`). */
  PUBLIC_REPLY_LOCALE: z.enum(['user', 'server'], { error: 'expected user or server' }).default('user'),
  PROBE_ALLOW_PRIVATE: boolean.default(false),
  PROBE_ALLOW_CIDRS: cidrList.default([]),
  PROBE_DNS_SERVERS: hostPortList.default([]),
  PROBE_DNS_TIMEOUT_MS: positiveInt(3000),
  PROBE_TCP_TIMEOUT_MS: positiveInt(5000),
  PROBE_TLS_TIMEOUT_MS: positiveInt(5000),
  PROBE_HTTP_TIMEOUT_MS: positiveInt(8000),
  PROBE_DEADLINE_MS: positiveInt(20000),
  PROBE_MAX_BYTES: positiveInt(65536),
  PROBE_MAX_IN_FLIGHT: positiveInt(8),
  PROBE_MAX_QUEUE: nonNegativeInt(32),
  PROBE_USER_COOLDOWN_SECONDS: nonNegativeInt(10),
  PROBE_GUILD_PER_MINUTE: positiveInt(30),
  REDIS_URL: z
    .url({ protocol: /^rediss?$/, error: 'expected a redis:// or rediss:// URL such as redis://127.0.0.1:6379' })
    .optional(),
  DISCORD_PUBLIC_KEY: z.string().regex(/^[0-9a-fA-F]{64}$/, { error: 'expected the 64 hexadecimal digits of the Developer Portal\'s "Public Key"' }).optional(),
  METRICS_PORT: z.coerce.number({ error: 'expected a port number' }).int({ error: 'expected a port number' }).min(1, { error: 'expected a port 1–65535' }).max(65535, { error: 'expected a port 1–65535' }).optional(),
  GLOBALPING: z.enum(['on', 'off'], { error: 'expected on or off' }).default('off'),
  GLOBALPING_TOKEN: z.string().min(1).optional(),
  GLOBALPING_API_BASE: z.url({ error: 'expected a URL such as https://api.globalping.io' }).default('https://api.globalping.io'),
  GLOBALPING_PROBES: positiveInt(3),
  AGENTS_MAX_QUEUED: positiveInt(100),
  REDIS_KEY_PREFIX: z.string().regex(/^[\w:.-]{1,64}$/, { error: 'expected up to 64 letters, digits, ":", ".", "-" or "_"' }).default('netmedic:'),
  KB_GAPS_RETENTION_DAYS: positiveInt(30),
  DATABASE_URL: z
    .string()
    .regex(/^(postgres(ql)?:\/\/.+|sqlite:.+|file:.+)$/i, { error: 'expected postgres://user@host:port/db or sqlite:PATH' })
    .optional(),
});

export type Config = z.infer<typeof configSchema>;

/** Variables whose values must never be printed, even when invalid. */
const SECRET_VARIABLES = new Set(['DISCORD_TOKEN', 'REDIS_URL', 'GLOBALPING_TOKEN', 'DATABASE_URL']);

export class ConfigError extends Error {
  readonly code = 'NETMEDIC_BAD_CONFIG';
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
    this.name = 'ConfigError';
  }
}

function describeGiven(name: string, env: Record<string, string | undefined>): string {
  if (SECRET_VARIABLES.has(name)) return 'given: (hidden)';
  const value = env[name];
  if (value === undefined) return 'not set';
  const shown = value.length > 60 ? value.slice(0, 57) + '…' : value;
  return `given: ${JSON.stringify(shown)}`;
}

/** Parse and validate; throws ConfigError with one line per bad variable. Empty strings count as unset. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const relevant: Record<string, string> = {};
  for (const key of Object.keys(configSchema.shape)) {
    const value = env[key];
    if (value !== undefined && value.trim() !== '') relevant[key] = value.trim();
  }
  const parsed = configSchema.safeParse(relevant);
  if (parsed.success) return parsed.data;
  const lines = new Map<string, string>();
  for (const issue of parsed.error.issues) {
    const name = String(issue.path[0] ?? '(config)');
    if (!lines.has(name)) lines.set(name, `${name}: ${issue.message}; ${describeGiven(name, relevant)}`);
  }
  throw new ConfigError([...lines.values()]);
}

/**
 * A bot token is three parts separated by dots (the bot's id in base64, a timestamp, a
 * signature), each of URL-safe base64 characters. Anything else — a client secret, a token with
 * "Bot " or quotes in front, half a paste — is refused before anything connects. The message
 * never quotes the token.
 */
export function tokenShapeProblem(token: string): string | null {
  const parts = token.split('.');
  if (parts.length === 3 && parts.every((p) => /^[A-Za-z0-9_-]+$/.test(p))) return null;
  const what =
    parts.length !== 3
      ? `it has ${parts.length === 1 ? 'no dots' : `${parts.length} parts`}`
      : /\s|["']/.test(token)
        ? 'it holds spaces or quotes'
        : 'it holds characters a token never has';
  return `DISCORD_TOKEN does not look like a bot token (three parts separated by dots; ${what}). Copy it again from the Developer Portal (Bot → Reset Token).`;
}

/** The application id: configured, or the first part of the token (base64 of the bot's user id). */
export function applicationIdOf(config: Config): string | null {
  if (config.DISCORD_APPLICATION_ID) return config.DISCORD_APPLICATION_ID;
  const first = config.DISCORD_TOKEN?.split('.')[0];
  if (!first) return null;
  try {
    const decoded = Buffer.from(first, 'base64').toString('utf8');
    return /^\d{17,20}$/.test(decoded) ? decoded : null;
  } catch {
    return null;
  }
}

export { loadDotEnv } from './env-file';
