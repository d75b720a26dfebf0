/**
 * What the bot and the probe agents agree on: location names, queue names, the job (never a
 * secret: the bot rebuilds the target from its parsed, credential-free form), the agent's report
 * and its heartbeat.
 */
import type { CheckResult, Protocol, Target } from '../probe/types';

/** Location names: what `from:` shows and takes. */
export const LOCATION_PATTERN = /^[a-z0-9][a-z0-9-]{0,31}$/;

/** The local probe's row in a multi-location check. */
export const LOCAL_LOCATION = 'bot';

/** An agent not heard from for this long is not listed (ms). */
export const LIVE_WINDOW_MS = 60_000;

/** Names a location cannot take (they mean something else in `from`). */
export function isReserved(name: string): boolean {
  return name === LOCAL_LOCATION || name === 'all' || name === 'globalping' || name === 'agents';
}

export function validLocation(name: string): string | null {
  if (isReserved(name)) return `"${name}" is reserved`;
  if (!LOCATION_PATTERN.test(name)) return `a location is 1–32 lowercase letters, digits and dashes (got "${name}")`;
  return null;
}

/** One BullMQ queue per location, so the agents of a location share its load. */
export function queueName(location: string): string {
  return `check-${location}`;
}

/** BullMQ's key prefix under the deployment's REDIS_KEY_PREFIX ("netmedic:" → "netmedic:bull"). */
export function bullPrefix(prefix: string): string {
  return `${prefix}bull`;
}

/**
 * Heartbeats: a hash of agent id → Heartbeat JSON, and a sorted set of agent id → last beat
 * (epoch ms), so listing the live ones is one range query (no key scan) and stale ones are pruned.
 */
export function heartbeatKeys(prefix: string): { data: string; seen: string } {
  return { data: `${prefix}agents:data`, seen: `${prefix}agents:seen` };
}

export interface CheckJobData {
  /** The target rebuilt from the parsed target: no credentials, ever. */
  input: string;
  protocol: Protocol;
  /** The check's own deadline (ms): the agent never runs longer. */
  deadlineMs: number;
  /** Epoch ms after which nobody waits for the answer: an agent skips the job. */
  expiresAt: number;
}

export interface AgentReport {
  location: string;
  agentId: string;
  version: string;
  /** Null when the job had expired before the agent got to it. */
  result: CheckResult | null;
  /** When the agent's processor started and finished the job (epoch ms, the agent's clock). */
  pickedAt?: number;
  doneAt?: number;
}

export interface Heartbeat {
  location: string;
  agentId: string;
  version: string;
  /** Jobs running now. */
  active: number;
  concurrency: number;
  /** The agent's jobs-per-minute limit, and the jobs it started in the last minute. */
  maxPerMinute?: number;
  startedMinute?: number;
  startedAt: number;
  seenAt: number;
}

function hostLiteral(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}

/**
 * The job input for a parsed target: scheme, host, port and the credential-free path only. The
 * parser already removed user:pass@, credential query values and Xtream stream credentials.
 */
export function jobInputFor(target: Target): { input: string; protocol: Protocol } {
  const host = hostLiteral(target.host);
  if (target.protocol === 'tcp') return { input: `${host}:${target.port}`, protocol: 'tcp' };
  const scheme = target.tls ? 'https' : 'http';
  return { input: `${scheme}://${host}:${target.port}${target.path || '/'}`, protocol: target.protocol };
}
