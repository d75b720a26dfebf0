/**
 * A TCP forwarder on loopback, for cutting a connection on purpose: tests put it in front of the
 * machine's Redis and call cut() to simulate an outage (the real Redis keeps running for everyone
 * else), then restore(). While cut, every open connection is destroyed and new ones are closed
 * at once, as a crashed or unreachable server would look to the client.
 */
import net from 'node:net';

export interface TcpProxy {
  host: string;
  port: number;
  url(scheme: string): string;
  cut(): void;
  restore(): void;
  /** Connections accepted and forwarded so far. */
  forwarded(): number;
  close(): Promise<void>;
}

export interface TcpProxyOptions {
  /** Where the proxy listens (default 127.0.0.1, port chosen by the system). */
  listenHost?: string;
  listenPort?: number;
  targetHost: string;
  targetPort: number;
}

export async function startTcpProxy(options: TcpProxyOptions): Promise<TcpProxy> {
  const sockets = new Set<net.Socket>();
  let isCut = false;
  let count = 0;
  const server = net.createServer((client) => {
    if (isCut) {
      client.destroy();
      return;
    }
    count += 1;
    const upstream = net.connect({ host: options.targetHost, port: options.targetPort });
    sockets.add(client);
    sockets.add(upstream);
    const drop = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
    client.pipe(upstream).pipe(client);
  });
  const listenHost = options.listenHost ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.listenPort ?? 0, listenHost, () => resolve());
  });
  const port = (server.address() as net.AddressInfo).port;
  return {
    host: listenHost,
    port,
    url: (scheme) => `${scheme}://${listenHost.includes(':') ? `[${listenHost}]` : listenHost}:${port}`,
    cut() {
      isCut = true;
      for (const s of sockets) s.destroy();
      sockets.clear();
    },
    restore() {
      isCut = false;
    },
    forwarded: () => count,
    async close() {
      isCut = true;
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
