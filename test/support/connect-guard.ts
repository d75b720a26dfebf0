/**
 * A safety net for tests that feed forbidden addresses to the probes: every outgoing TCP connect
 * in this process is recorded, and any whose destination is not loopback is stopped before a
 * packet is sent (the socket fails with EGUARDED). Tests assert `attempts` is empty.
 */
import net from 'node:net';

export interface ConnectAttempt {
  host: string;
  port: number;
  blocked: boolean;
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host) || host === '::ffff:127.0.0.1';
}

export function installConnectGuard(): { attempts: ConnectAttempt[]; restore(): void } {
  const attempts: ConnectAttempt[] = [];
  const original = net.Socket.prototype.connect;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  net.Socket.prototype.connect = function guardedConnect(this: net.Socket, ...args: any[]) {
    const first = args[0] as unknown;
    let host = 'localhost';
    let port = 0;
    if (Array.isArray(first)) return original.apply(this, args as never); // internal normalized form
    if (typeof first === 'object' && first !== null) {
      const o = first as { host?: string; port?: number; path?: string };
      if (o.path) return original.apply(this, args as never);
      host = o.host ?? 'localhost';
      port = Number(o.port ?? 0);
    } else if (typeof first === 'number' || typeof first === 'string') {
      port = Number(first);
      host = typeof args[1] === 'string' ? args[1] : 'localhost';
    }
    const blocked = !isLoopback(host);
    attempts.push({ host, port, blocked });
    if (blocked) {
      process.nextTick(() => this.destroy(Object.assign(new Error(`test guard: refused to connect to ${host}:${port}`), { code: 'EGUARDED' })));
      return this;
    }
    return original.apply(this, args as never);
  } as typeof original;
  return {
    attempts,
    restore() {
      net.Socket.prototype.connect = original;
    },
  };
}
