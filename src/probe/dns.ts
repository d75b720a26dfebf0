/**
 * DNS stage: resolve a target's host to addresses (A and AAAA in parallel with c-ares through
 * `node:dns/promises` Resolver — never getaddrinfo, so /etc/hosts and the OS cache play no part),
 * vet every address against the safety policy, and pin connections to the vetted addresses.
 *
 * Decisions:
 * - A name that exists but has neither A nor AAAA records (ENODATA on both) is `dns-not-found` with
 *   kind `no-address`: from the user's side, the name does not lead anywhere.
 * - If one family answers and the other fails (e.g. AAAA times out), the answer we got is used.
 * - NXDOMAIN from either query wins over other errors (it is authoritative for the name).
 * - An abort through `signal` (the check's overall deadline) reports kind `timeout`, code ECANCELLED.
 * - Every resolved address must pass the policy (`vetAddresses`): one bad address refuses the
 *   whole check, otherwise a name with a public and a private record could be used to reach the
 *   private one.
 */
import type * as DnsPromises from 'node:dns/promises';
import { isIP, type LookupFunction } from 'node:net';
import type { LookupAddress, LookupOptions } from 'node:dns';
import { monotonicMs } from '../util/monotonic';
import { checkAddress, type ProbePolicy } from './policy';
import type { BlockFacts, DnsFacts, DnsFailureFacts, DnsFailureKind, ResolvedAddress } from './types';

/** node:dns/promises, loaded when a name is first resolved (a check of an IP address never does). */
function dnsPromises(): typeof DnsPromises {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('node:dns/promises') as typeof DnsPromises;
}

export type { DnsFailureKind } from './types';

export type DnsOutcome =
  | { ok: true; addresses: ResolvedAddress[]; ms: number; facts: DnsFacts }
  | { ok: false; verdict: 'dns-not-found' | 'dns-error'; kind: DnsFailureKind; code: string; ms: number; facts: { kind: 'failed'; failure: DnsFailureFacts } };

export interface ResolveOptions {
  /** Resolvers as 'ip' or 'ip:port' ('[v6]:port' for IPv6), from PROBE_DNS_SERVERS; default: the system's. */
  servers?: string[];
  /** The whole lookup's budget (PROBE_DNS_TIMEOUT_MS), shared by the servers (see dnsBudget). */
  timeoutMs: number;
  signal?: AbortSignal;
}

function errorCode(reason: unknown): string {
  if (reason && typeof reason === 'object' && 'code' in reason && typeof reason.code === 'string') return reason.code;
  return 'EUNKNOWN';
}

/**
 * How a DNS stage of `timeoutMs` (PROBE_DNS_TIMEOUT_MS) is spent over `servers` resolvers asked
 * one after the other: each gets an equal share (at least 100 ms), and the whole stage is cut at
 * `timeoutMs` whatever the number of servers. Pure.
 */
export function dnsBudget(timeoutMs: number, servers: number): { perServerMs: number; stageMs: number } {
  const n = Math.max(1, servers);
  return { perServerMs: Math.max(100, Math.floor((timeoutMs * 0.9) / n)), stageMs: timeoutMs };
}

function classify(codes: string[], timeoutMs: number, servers = 1): { verdict: 'dns-not-found' | 'dns-error'; failure: DnsFailureFacts } {
  const has = (...wanted: string[]) => codes.find((c) => wanted.includes(c));
  const error = (kind: DnsFailureKind, code: string, more: Partial<DnsFailureFacts> = {}) => ({ verdict: 'dns-error' as const, failure: { kind, code, ...more } });
  let code: string | undefined;
  if ((code = has('ENOTFOUND'))) return { verdict: 'dns-not-found', failure: { kind: 'nxdomain', code } };
  if ((code = has('ESERVFAIL'))) return error('servfail', code);
  if ((code = has('ETIMEOUT'))) return error('timeout', code, { timeoutMs, servers });
  if ((code = has('ECANCELLED'))) return error('timeout', code);
  if ((code = has('EREFUSED', 'ECONNREFUSED'))) return error('refused', code);
  code = codes.find((c) => c !== 'ENODATA' && c !== 'EEMPTY');
  if (code !== undefined) return error('other', code);
  return { verdict: 'dns-not-found', failure: { kind: 'no-address', code: 'ENODATA' } };
}

function failed(verdict: 'dns-not-found' | 'dns-error', failure: DnsFailureFacts, ms: number): DnsOutcome {
  return { ok: false, verdict, kind: failure.kind, code: failure.code, ms, facts: { kind: 'failed', failure } };
}

/**
 * Resolve `host` (ASCII: punycode or an IP literal). A literal IP is returned as is without any
 * DNS traffic. Never throws for DNS failures; they come back as `{ ok: false }`.
 */
export async function resolveTarget(host: string, options: ResolveOptions): Promise<DnsOutcome> {
  const started = monotonicMs();
  const elapsed = () => Math.round(monotonicMs() - started);
  const family = isIP(host);
  if (family === 4 || family === 6) {
    return { ok: true, addresses: [{ address: host, family }], ms: 0, facts: { kind: 'ip-literal', address: host } };
  }
  // RFC 6761: "localhost" and its subdomains always mean this machine; never ask a DNS server.
  const lower = host.toLowerCase().replace(/\.$/, '');
  if (lower === 'localhost' || lower.endsWith('.localhost')) {
    return {
      ok: true,
      addresses: [
        { address: '127.0.0.1', family: 4 },
        { address: '::1', family: 6 },
      ],
      ms: 0,
      facts: { kind: 'localhost', host, addresses: ['127.0.0.1', '::1'] },
    };
  }

  if (options.signal?.aborted) {
    return failed('dns-error', { kind: 'timeout', code: 'ECANCELLED' }, 0);
  }
  const serverCount = Math.max(1, options.servers?.length ? options.servers.length : new (dnsPromises().Resolver)().getServers().length);
  const budget = dnsBudget(options.timeoutMs, serverCount);
  const resolver = new (dnsPromises().Resolver)({ timeout: budget.perServerMs, tries: 1 });
  if (options.servers && options.servers.length > 0) {
    try {
      resolver.setServers(options.servers);
    } catch (err) {
      return failed('dns-error', { kind: 'other', code: errorCode(err), badServers: true }, elapsed());
    }
  }

  // c-ares asks the servers one after the other; the whole lookup stops at the stage's budget.
  let timedOut = false;
  const guard = setTimeout(() => {
    timedOut = true;
    resolver.cancel();
  }, budget.stageMs);
  const onAbort = () => resolver.cancel();
  options.signal?.addEventListener('abort', onAbort, { once: true });

  try {
    const [a, aaaa] = await Promise.allSettled([resolver.resolve4(host), resolver.resolve6(host)]);
    const addresses: ResolvedAddress[] = [];
    const seen = new Set<string>();
    const add = (address: string, fam: 4 | 6) => {
      if (!seen.has(address)) {
        seen.add(address);
        addresses.push({ address, family: fam });
      }
    };
    if (a.status === 'fulfilled') for (const address of a.value) add(address, 4);
    if (aaaa.status === 'fulfilled') for (const address of aaaa.value) add(address, 6);
    const ms = elapsed();
    if (addresses.length > 0) return { ok: true, addresses, ms, facts: { kind: 'resolved', addresses: addresses.map((a) => a.address) } };

    const codes = [a, aaaa].map((r) => (r.status === 'rejected' ? errorCode(r.reason) : 'EEMPTY'));
    if (timedOut) codes.unshift('ETIMEOUT');
    const found = classify(codes, options.timeoutMs, serverCount);
    return failed(found.verdict, found.failure, ms);
  } finally {
    clearTimeout(guard);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

export type VetOutcome =
  | { ok: true; addresses: ResolvedAddress[] }
  | { ok: false; verdict: 'blocked'; block: BlockFacts; address?: string; range?: string; hint?: 'allow-private' };

/** Refuse unless every address is allowed by the policy (and there is at least one). */
export function vetAddresses(addresses: ResolvedAddress[], policy: ProbePolicy): VetOutcome {
  if (addresses.length === 0) return { ok: false, verdict: 'blocked', block: { kind: 'no-address' } };
  for (const entry of addresses) {
    const decision = checkAddress(entry.address, policy);
    if (!decision.allowed) {
      return { ok: false, verdict: 'blocked', block: decision.block, address: entry.address, range: decision.range, ...(decision.hint ? { hint: decision.hint } : {}) };
    }
  }
  return { ok: true, addresses: addresses.map((a) => ({ ...a })) };
}

function wantedFamily(options: LookupOptions | number | undefined): 0 | 4 | 6 {
  const family = typeof options === 'number' ? options : options?.family;
  if (family === 4 || family === 'IPv4') return 4;
  if (family === 6 || family === 'IPv6') return 6;
  return 0;
}

/**
 * A `lookup` for net.connect / tls.connect / undici's `connect.lookup` that ignores the hostname
 * and answers only with the given (vetted) addresses, so nothing can resolve the name a second
 * time and get a different answer (DNS rebinding). Honours `family` and `all`; answers
 * asynchronously like dns.lookup.
 */
export function lookupPinned(addresses: readonly ResolvedAddress[]): LookupFunction {
  const pinned: LookupAddress[] = addresses.filter((a) => isIP(a.address) === a.family).map((a) => ({ address: a.address, family: a.family }));
  return (_hostname, options, callback) => {
    // Node's own callers always pass options; tolerate the (hostname, callback) form too.
    const cb = (typeof options === 'function' ? options : callback) as typeof callback;
    const opts = typeof options === 'function' ? undefined : options;
    const family = wantedFamily(opts);
    const matching = family === 0 ? pinned : pinned.filter((a) => a.family === family);
    process.nextTick(() => {
      const first = matching[0];
      if (first === undefined) {
        const err: NodeJS.ErrnoException = new Error(`no vetted ${family === 0 ? '' : `IPv${family} `}address for this target`);
        err.code = 'ENOTFOUND';
        cb(err, '', undefined);
        return;
      }
      if (opts?.all) cb(null, matching.map((a) => ({ ...a })));
      else cb(null, first.address, first.family);
    });
  };
}
