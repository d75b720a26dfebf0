/**
 * Throw-away servers on 127.0.0.1 for the probe tests: every helper listens on an ephemeral
 * loopback port and returns a handle that counts connections and closes everything it opened.
 * Nothing here ever connects anywhere; the tests connect to these servers, on loopback only.
 */
import http from 'node:http';
import net from 'node:net';
import tls from 'node:tls';
import { generate } from 'selfsigned';

export const LOOPBACK = '127.0.0.1';

export interface TestServer {
  port: number;
  host: string;
  /** Connections accepted so far. */
  accepted(): number;
  close(): Promise<void>;
}

export interface TestHttpServer extends TestServer {
  /** Request lines seen so far ("GET /player_api.php"). */
  requests: string[];
  /** Raw request headers of each request, in order. */
  headers: http.IncomingHttpHeaders[];
}

function track(server: net.Server, sockets: Set<net.Socket>): () => number {
  let count = 0;
  server.on('connection', (socket: net.Socket) => {
    count++;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
  });
  return () => count;
}

async function listen(server: net.Server, host: string = LOOPBACK): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return (server.address() as net.AddressInfo).port;
}

function closer(server: net.Server, sockets: Set<net.Socket>): () => Promise<void> {
  return () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    });
}

async function wrap(server: net.Server, host: string = LOOPBACK): Promise<TestServer> {
  const sockets = new Set<net.Socket>();
  const accepted = track(server, sockets);
  const port = await listen(server, host);
  return { port, host, accepted, close: closer(server, sockets) };
}

/** A plain TCP server; `onSocket` decides what happens to each connection. `host`: 127.0.0.1 or ::1. */
export function tcpServer(onSocket: (socket: net.Socket) => void = () => undefined, host: '127.0.0.1' | '::1' = LOOPBACK): Promise<TestServer> {
  return wrap(net.createServer({ pauseOnConnect: false }, onSocket), host);
}

/** Whether this machine can listen on ::1 (IPv6 loopback). */
export async function hasIpv6Loopback(): Promise<boolean> {
  const server = net.createServer();
  try {
    await listen(server, '::1');
    await new Promise<void>((resolve) => server.close(() => resolve()));
    return true;
  } catch {
    return false;
  }
}

/** A port nothing listens on: bind one, note the number, close it again. */
export async function closedPort(): Promise<number> {
  const server = net.createServer();
  const port = await listen(server);
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Accepts, then resets the connection (RST, not FIN). */
export function resetServer(delayMs = 0): Promise<TestServer> {
  return tcpServer((socket) => {
    const kill = () => {
      if (!socket.destroyed) socket.resetAndDestroy();
    };
    if (delayMs > 0) setTimeout(kill, delayMs);
    else kill();
  });
}

/** Accepts and never says anything (nor closes). */
export function silentServer(): Promise<TestServer> {
  return tcpServer((socket) => {
    socket.resume();
  });
}

/** Sends `text` as soon as a client connects (an SSH-like banner), then keeps the line open. */
export function bannerServer(text = 'SSH-2.0-OpenSSH_9.6p1 Ubuntu-3ubuntu13\r\n'): Promise<TestServer> {
  return tcpServer((socket) => {
    socket.resume();
    socket.write(text);
  });
}

/** Answers anything with `bytes`, then closes. */
export function rawServer(bytes: Buffer): Promise<TestServer> {
  return tcpServer((socket) => {
    socket.once('data', () => socket.end(bytes));
  });
}

export type HttpHandler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

/** An HTTP server; `handler` answers. Records the request lines. */
export async function httpServer(handler: HttpHandler): Promise<TestHttpServer> {
  const requests: string[] = [];
  const headers: http.IncomingHttpHeaders[] = [];
  const server = http.createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    headers.push(req.headers);
    handler(req, res);
  });
  server.keepAliveTimeout = 100;
  const base = await wrap(server);
  return { ...base, requests, headers };
}

/** An HTTP server answering every request with `status` (and optional headers/body). */
export function statusServer(status: number, body = '', extraHeaders: Record<string, string> = {}): Promise<TestHttpServer> {
  return httpServer((_req, res) => {
    res.writeHead(status, { 'content-type': 'text/plain', server: 'test-server/1.0', ...extraHeaders });
    res.end(body);
  });
}

/** Streams `totalBytes` in `chunkBytes` pieces; `written()` says how much the server got out. */
export async function streamingServer(
  totalBytes: number,
  chunkBytes = 16 * 1024,
): Promise<TestHttpServer & { written(): number; finished(): boolean }> {
  let written = 0;
  let finished = false;
  const chunk = Buffer.alloc(chunkBytes, 0x61);
  const server = await httpServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(totalBytes) });
    const pump = () => {
      while (written < totalBytes) {
        const n = Math.min(chunkBytes, totalBytes - written);
        written += n;
        if (!res.write(n === chunkBytes ? chunk : chunk.subarray(0, n))) {
          res.once('drain', pump);
          return;
        }
      }
      finished = true;
      res.end();
    };
    res.on('close', () => res.removeAllListeners('drain'));
    pump();
  });
  return { ...server, written: () => written, finished: () => finished };
}

/** A fake Xtream panel: /player_api.php answers `{"user_info":{"auth":…}}` without credentials. */
export function xtreamServer(auth: unknown = 0): Promise<TestHttpServer> {
  return httpServer((req, res) => {
    if (req.url?.startsWith('/player_api.php')) {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ user_info: { auth } }));
      return;
    }
    res.writeHead(404, { 'content-type': 'text/html' });
    res.end('<html><body>Not found</body></html>');
  });
}

// ---------------------------------------------------------------------------------------------
// Certificates (generated at test time; EC keys keep it fast)

export interface Pem {
  key: string;
  cert: string;
}

export interface CertificateSet {
  ca: Pem;
  /** Signed by `ca`, valid now, for `name` and 127.0.0.1. */
  valid: Pem;
  /** Signed by `ca`, expired yesterday. */
  expired: Pem;
  /** Signed by `ca`, valid from tomorrow. */
  notYetValid: Pem;
  /** Signed by `ca`, for another name only. */
  wrongName: Pem;
  /** Signed by an intermediate under `ca`, served without the intermediate. */
  missingIntermediate: Pem;
  /** The same leaf served with its intermediate (a complete chain up to `ca`). */
  fullChain: Pem;
  /** Self-signed, valid now, for `name` and 127.0.0.1. */
  selfSigned: Pem;
  name: string;
}

const DAY = 24 * 60 * 60 * 1000;

function leafExtensions(names: string[], ips: string[]) {
  return [
    { name: 'basicConstraints' as const, cA: false },
    { name: 'keyUsage' as const, digitalSignature: true, keyEncipherment: true },
    { name: 'extKeyUsage' as const, serverAuth: true },
    {
      name: 'subjectAltName' as const,
      altNames: [...names.map((value) => ({ type: 2 as const, value })), ...ips.map((ip) => ({ type: 7 as const, ip }))],
    },
  ];
}

async function leaf(cn: string, names: string[], ips: string[], from: Date, to: Date, ca?: Pem): Promise<Pem> {
  const out = await generate([{ name: 'commonName', value: cn }], {
    keyType: 'ec',
    algorithm: 'sha256',
    notBeforeDate: from,
    notAfterDate: to,
    extensions: leafExtensions(names, ips),
    ...(ca ? { ca: { key: ca.key, cert: ca.cert } } : {}),
  });
  return { key: out.private, cert: out.cert };
}

let cachedSet: Promise<CertificateSet> | null = null;

/** One set of test certificates per test file (generated once, on first use). */
export function certificates(name = 'panel.netmedic.test'): Promise<CertificateSet> {
  cachedSet ??= (async () => {
    const now = Date.now();
    const caOut = await generate([{ name: 'commonName', value: 'netmedic test CA' }], {
      keyType: 'ec',
      algorithm: 'sha256',
      notBeforeDate: new Date(now - 10 * DAY),
      notAfterDate: new Date(now + 30 * DAY),
      extensions: [
        { name: 'basicConstraints', cA: true },
        { name: 'keyUsage', keyCertSign: true, cRLSign: true, digitalSignature: true },
      ],
    });
    const ca = { key: caOut.private, cert: caOut.cert };
    // An intermediate CA under the root, and a leaf it signed: served without the intermediate
    // (the classic "missing intermediate" misconfiguration) and with it (a complete chain).
    const interOut = await generate([{ name: 'commonName', value: 'netmedic test intermediate' }], {
      keyType: 'ec',
      algorithm: 'sha256',
      notBeforeDate: new Date(now - 5 * DAY),
      notAfterDate: new Date(now + 25 * DAY),
      extensions: [
        { name: 'basicConstraints', cA: true },
        { name: 'keyUsage', keyCertSign: true, cRLSign: true, digitalSignature: true },
      ],
      ca: { key: ca.key, cert: ca.cert },
    });
    const intermediate = { key: interOut.private, cert: interOut.cert };
    const viaIntermediate = await leaf(name, [name], [LOOPBACK], new Date(now - DAY), new Date(now + 20 * DAY), intermediate);
    const missingIntermediate = viaIntermediate;
    const fullChain = { key: viaIntermediate.key, cert: viaIntermediate.cert.trimEnd() + '\n' + intermediate.cert };
    const [valid, expired, notYetValid, wrongName, selfSigned] = await Promise.all([
      leaf(name, [name], [LOOPBACK], new Date(now - DAY), new Date(now + 20 * DAY), ca),
      leaf(name, [name], [LOOPBACK], new Date(now - 5 * DAY), new Date(now - DAY), ca),
      leaf(name, [name], [LOOPBACK], new Date(now + DAY), new Date(now + 20 * DAY), ca),
      leaf('other.netmedic.test', ['other.netmedic.test'], [], new Date(now - DAY), new Date(now + 20 * DAY), ca),
      leaf(name, [name], [LOOPBACK], new Date(now - DAY), new Date(now + 20 * DAY)),
    ]);
    return { ca, valid, expired, notYetValid, wrongName, selfSigned, missingIntermediate, fullChain, name };
  })();
  return cachedSet;
}

/** A TLS server with `pem`; `onSecure` handles each secure connection (default: HTTP 200 reply). */
export async function tlsServer(pem: Pem, onSecure?: (socket: tls.TLSSocket) => void, options: tls.TlsOptions = {}): Promise<TestServer> {
  const server = tls.createServer({ key: pem.key, cert: pem.cert, ALPNProtocols: ['http/1.1'], ...options }, (socket) => {
    socket.on('error', () => undefined);
    if (onSecure) return onSecure(socket);
    socket.once('data', () => {
      socket.end('HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\ncontent-length: 2\r\nconnection: close\r\n\r\nok');
    });
  });
  server.on('tlsClientError', () => undefined);
  return wrap(server);
}

/** An HTTPS server (node:https semantics via tls + http parser is overkill; this one speaks HTTP/1.1). */
export async function httpsServer(pem: Pem, handler: HttpHandler): Promise<TestHttpServer> {
  const https = await import('node:https');
  const requests: string[] = [];
  const headers: http.IncomingHttpHeaders[] = [];
  const server = https.createServer({ key: pem.key, cert: pem.cert }, (req, res) => {
    requests.push(`${req.method} ${req.url}`);
    headers.push(req.headers);
    handler(req, res);
  });
  server.on('tlsClientError', () => undefined);
  server.keepAliveTimeout = 100;
  const base = await wrap(server);
  return { ...base, requests, headers };
}
