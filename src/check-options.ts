/**
 * The composition root's map from the environment-shaped Config to the probe engine's options
 * (the engine itself never reads Config). Used by the runtime, the CLI and the probe agents.
 */
import type { Config } from './config';
import { hostAddresses } from './probe/host-addresses';
import type { CheckOptions } from './probe/options';
import { assertCidrs, type ProbePolicy } from './probe/policy';

/** Build the policy from config; throws on a CIDR that does not parse (fail at startup, not per check). */
export function policyFromConfig(config: Pick<Config, 'PROBE_ALLOW_PRIVATE' | 'PROBE_ALLOW_CIDRS'>): ProbePolicy {
  assertCidrs('PROBE_ALLOW_CIDRS', config.PROBE_ALLOW_CIDRS);
  return { allowPrivate: config.PROBE_ALLOW_PRIVATE, allowCidrs: [...config.PROBE_ALLOW_CIDRS], ownAddresses: hostAddresses };
}

export function checkOptionsFromConfig(config: Config, overrides: Partial<CheckOptions> = {}): CheckOptions {
  return {
    protocol: 'auto',
    policy: policyFromConfig(config),
    dnsServers: config.PROBE_DNS_SERVERS,
    timeouts: {
      dnsMs: config.PROBE_DNS_TIMEOUT_MS,
      tcpMs: config.PROBE_TCP_TIMEOUT_MS,
      tlsMs: config.PROBE_TLS_TIMEOUT_MS,
      httpMs: config.PROBE_HTTP_TIMEOUT_MS,
      deadlineMs: config.PROBE_DEADLINE_MS,
    },
    maxBytes: config.PROBE_MAX_BYTES,
    ...overrides,
  };
}
