/**
 * Turns what discord.js reports at login into one sentence for the operator and an exit code.
 * These are configuration problems, not crashes: no stack trace.
 */
export class StartupError extends Error {
  readonly code = 'NETMEDIC_STARTUP';
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
    this.name = 'StartupError';
  }
}

const CLOSE_CODE_SENTENCES: Record<number, string> = {
  4004: 'Discord rejected DISCORD_TOKEN (gateway close 4004, authentication failed). Copy the bot token again from the Developer Portal (Bot → Reset Token).',
  4010: 'Discord says the shard settings are invalid (close 4010). Use --shards auto.',
  4011: 'Discord requires sharding for this many servers (close 4011). Start with --shards auto.',
  4013: 'Discord says the requested intents are invalid (close 4013). This is a bug in netmedic; please report it.',
  4014:
    'Discord refused a privileged intent (close 4014, disallowed intents). Auto-explain needs the Message Content intent: enable it under Bot → Privileged Gateway Intents in the Developer Portal, or unset AUTO_EXPLAIN_CHANNELS.',
};

export const FATAL_CLOSE_CODES = new Set(Object.keys(CLOSE_CODE_SENTENCES).map(Number));

export function closeCodeError(code: number): StartupError {
  return new StartupError(CLOSE_CODE_SENTENCES[code] ?? `Discord closed the gateway with code ${code}.`, 2);
}

/**
 * "Could not reach <where> (<why>)": DNS or connection errors, exit code 1. Never worded as
 * "refused" — Discord said nothing; the network between this machine and Discord did.
 */
export function unreachableError(where: string, why: string): StartupError {
  return new StartupError(`Could not reach ${where} (${why}). Check this machine's network, DNS and firewall, or DISCORD_API_BASE.`, 1);
}

/** Map a login failure (token format, 401 from REST, network) to a StartupError. */
export function loginError(err: unknown, apiBase: string): StartupError {
  if (err instanceof StartupError) return err;
  const e = err as { code?: unknown; status?: unknown; message?: unknown; cause?: { code?: unknown } };
  if (e?.code === 'TokenInvalid' || e?.status === 401) {
    return new StartupError('Discord rejected DISCORD_TOKEN (401 Unauthorized). Copy the bot token again from the Developer Portal (Bot → Reset Token).', 2);
  }
  if (e?.message === 'Used disallowed intents') return closeCodeError(4014);
  if (e?.message === 'Authentication failed') return closeCodeError(4004);
  const netCode = typeof e?.code === 'string' ? e.code : typeof e?.cause?.code === 'string' ? e.cause.code : null;
  if (netCode && /^E[A-Z_]+$/.test(netCode)) return unreachableError(`Discord at ${apiBase}`, netCode);
  const message = typeof e?.message === 'string' ? e.message : String(err);
  return new StartupError(`Login failed: ${message}`, 1);
}
