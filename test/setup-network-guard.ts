/**
 * Installed in every jest test file (jest `setupFiles`): tests may only talk to this machine.
 * A TCP connect to anything but loopback fails with EGUARDED before a packet is sent, and DNS
 * lookups may only go to resolvers on loopback (the test DNS servers) or be for localhost or IP
 * literals. Child processes (the CLI inside network namespaces) are not affected.
 */
import dns from 'node:dns';
import { isIP } from 'node:net';
import { installConnectGuard } from './support/connect-guard';

installConnectGuard();

function isLoopbackServer(server: string): boolean {
  const host = server.startsWith('[') ? server.slice(1, server.indexOf(']')) : server.replace(/:\d+$/, '');
  return host === '::1' || /^127\./.test(host);
}

function guardError(what: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`test network guard: ${what}`), { code: 'EGUARDED' });
}

// Resolver queries (dns.promises.Resolver and dns.Resolver) must go to loopback resolvers.
for (const proto of [dns.promises.Resolver.prototype, dns.Resolver.prototype] as unknown as Record<string, unknown>[]) {
  for (const method of ['resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCname', 'resolveMx', 'resolveNs', 'resolveTxt', 'resolveSrv', 'resolvePtr', 'resolveSoa', 'resolveCaa', 'resolveNaptr', 'reverse']) {
    const original = proto[method] as ((...args: unknown[]) => unknown) | undefined;
    if (typeof original !== 'function') continue;
    proto[method] = function guarded(this: dns.Resolver, ...args: unknown[]) {
      const servers = this.getServers();
      if (!servers.every(isLoopbackServer)) {
        const err = guardError(`DNS query to non-loopback resolver(s) ${servers.join(', ')}`);
        const callback = args[args.length - 1];
        if (typeof callback === 'function') {
          process.nextTick(() => (callback as (e: Error) => void)(err));
          return undefined;
        }
        return Promise.reject(err);
      }
      return original.apply(this, args);
    };
  }
}

// getaddrinfo (dns.lookup): only localhost names and IP literals.
const originalLookup = dns.lookup;
(dns as { lookup: unknown }).lookup = function guardedLookup(hostname: string, ...rest: unknown[]) {
  const name = String(hostname).toLowerCase().replace(/\.$/, '');
  if (isIP(name) || name === 'localhost' || name.endsWith('.localhost')) return (originalLookup as (...a: unknown[]) => unknown)(hostname, ...rest);
  const callback = rest[rest.length - 1];
  const err = guardError(`system DNS lookup of "${hostname}"`);
  if (typeof callback === 'function') process.nextTick(() => (callback as (e: Error) => void)(err));
  return {};
};
