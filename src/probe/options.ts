/**
 * The options of a check: engine-shaped, with no knowledge of the environment. The composition
 * root (src/check-options.ts) maps the PROBE_* settings onto them.
 */
import type { ProbePolicy } from './policy';
import type { Protocol } from './types';

export interface CheckTimeouts {
  dnsMs: number;
  tcpMs: number;
  tlsMs: number;
  httpMs: number;
  deadlineMs: number;
  /** Auto mode on a port with no known protocol: how long to listen for a greeting (default 1500, at most tcpMs). */
  bannerMs?: number;
}

export interface CheckOptions {
  /** `auto` (default) lets the target decide (scheme, port, Xtream path). */
  protocol?: Protocol;
  policy: ProbePolicy;
  /** Resolvers as 'ip' or 'ip:port'; empty or absent: the system's. */
  dnsServers?: string[];
  timeouts: CheckTimeouts;
  /** Most body bytes read from an HTTP answer. */
  maxBytes: number;
  /** Ports tried when the asked one is refused or silent; default DEFAULT_ALTERNATIVE_PORTS. [] disables. */
  alternativePorts?: number[];
  /** Extra trusted CA certificates (PEM). */
  ca?: string[];
}
