/**
 * HTTP mode: Discord POSTs interactions to this server (the application's Interactions Endpoint
 * URL). Every request's ed25519 signature is checked before its body is parsed; stale or replayed
 * requests are refused; PING gets PONG; everything else goes through the same router and
 * handlers as the gateway bot. The server keeps no state between requests (replay ids aside,
 * which live in Redis when it is configured), so several instances can sit behind a load
 * balancer. GET /healthz and GET /metrics (Prometheus text) are served too.
 */
import http from 'node:http';
import type { KeyObject } from 'node:crypto';
import { InteractionResponseType, InteractionType, type APIInteractionResponse } from 'discord-api-types/v10';
import type { Logger } from 'pino';
import { shortId } from '../interaction/ids';
import type { CommandRegistry } from '../interaction/registry';
import { routeInteraction } from '../interaction/router';
import type { Services } from '../interaction/services';
import type { PrometheusMetrics } from '../metrics/prometheus';
import { AlreadyAcknowledgedError, httpContext, type RawInteraction } from './contexts';
import type { InteractionRest } from './rest';
import type { ReplayGuard } from './replay';
import { verifyRequest } from './signature';

export interface InteractionsHandlerOptions {
  publicKey: KeyObject;
  services: Services;
  registry: CommandRegistry;
  rest: InteractionRest;
  log: Logger;
  replay: ReplayGuard;
  /** Signed timestamps further than this from now are refused (default 300 s). */
  maxAgeSeconds?: number;
  /** Send a deferral if a handler has not answered within this (default 2000 ms; Discord allows 3 s). */
  autoDeferMs?: number;
  /** Largest body accepted (default 1 MiB). */
  maxBodyBytes?: number;
}

export interface HttpServerOptions {
  log: Logger;
  version: string;
  metrics?: PrometheusMetrics;
  /** Present in `serve`; absent on the gateway bot's metrics port. */
  interactions?: InteractionsHandlerOptions;
  /** Called on GET /healthz to say whether the process is ready (default: always). */
  ready?: () => boolean;
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): Promise<void> {
  const text = JSON.stringify(body);
  return new Promise((resolve) => {
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
    res.end(text, () => resolve());
  });
}

function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        resolve(null);
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function header(req: http.IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

async function handleInteraction(req: http.IncomingMessage, res: http.ServerResponse, o: InteractionsHandlerOptions, metrics?: PrometheusMetrics): Promise<void> {
  const received = performance.now();
  const body = await readBody(req, o.maxBodyBytes ?? 1024 * 1024);
  if (body === null) return sendJson(res, 413, { error: 'body too large' });
  // Signature first: nothing of an unsigned or tampered request is parsed.
  const verdict = verifyRequest(o.publicKey, header(req, 'x-signature-ed25519'), header(req, 'x-signature-timestamp'), body, { maxAgeSeconds: o.maxAgeSeconds });
  if (verdict !== 'valid') {
    o.log.warn({ verdict, remote: req.socket.remoteAddress }, 'interaction request refused');
    return sendJson(res, 401, { error: verdict === 'stale' ? 'stale request timestamp' : 'invalid request signature' });
  }
  let raw: RawInteraction;
  try {
    raw = JSON.parse(body.toString('utf8')) as RawInteraction;
  } catch {
    return sendJson(res, 400, { error: 'body is not JSON' });
  }
  if (raw.type === InteractionType.Ping) return sendJson(res, 200, { type: InteractionResponseType.Pong });
  if (typeof raw.id !== 'string' || typeof raw.token !== 'string' || typeof raw.application_id !== 'string') {
    return sendJson(res, 400, { error: 'not an interaction' });
  }
  if (!(await o.replay.firstTime(raw.id))) {
    o.log.warn({ interaction: raw.id }, 'replayed interaction refused');
    return sendJson(res, 401, { error: 'replayed request' });
  }

  const requestId = shortId();
  const log = o.log.child({ req: requestId });
  let sent = false;
  let answered: () => void = () => {};
  const answer = new Promise<void>((resolve) => (answered = resolve));
  const initial = (response: APIInteractionResponse) => {
    if (sent) throw new AlreadyAcknowledgedError();
    sent = true;
    metrics?.acknowledged(kindName(raw.type), (performance.now() - received) / 1000);
    void sendJson(res, 200, response).then(answered);
  };
  const built = httpContext(raw, { services: o.services, log, requestId, rest: o.rest, initial });
  if (!built) {
    log.warn({ type: raw.type }, 'interaction kind not handled');
    return sendJson(res, 400, { error: 'interaction kind not handled' });
  }
  const safety = setTimeout(() => {
    if (!sent && built.responder) built.responder.deferIfSilent();
  }, o.autoDeferMs ?? 2000);
  const routed = routeInteraction(built.ctx, o.registry, log)
    .catch((err: unknown) => log.error({ err }, 'router failed'))
    .finally(() => {
      clearTimeout(safety);
      // A handler that returned without answering: close the request rather than leave it hanging.
      if (!sent) {
        if (built.ctx.kind === 'autocomplete') initial({ type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: [] } });
        else built.responder?.deferIfSilent();
      }
    });
  // The HTTP response ends at the initial response; the handler may go on (edits over REST).
  await Promise.race([answer, routed.then(() => answer)]);
}

function kindName(type: number): string {
  switch (type) {
    case InteractionType.ApplicationCommand:
      return 'command';
    case InteractionType.ApplicationCommandAutocomplete:
      return 'autocomplete';
    case InteractionType.MessageComponent:
      return 'component';
    default:
      return 'other';
  }
}

export function createHttpServer(options: HttpServerOptions): http.Server {
  const { log } = options;
  return http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?', 1)[0];
    const done = (p: Promise<void>) =>
      p.catch((err: unknown) => {
        log.error({ err, path }, 'HTTP request failed');
        if (!res.headersSent) void sendJson(res, 500, { error: 'internal error' });
        else res.destroy();
      });
    if (req.method === 'GET' && path === '/healthz') {
      const ok = options.ready ? options.ready() : true;
      return void done(sendJson(res, ok ? 200 : 503, { status: ok ? 'ok' : 'starting', version: options.version }));
    }
    if (req.method === 'GET' && path === '/metrics' && options.metrics) {
      const metrics = options.metrics;
      return void done(
        metrics.render().then(({ contentType, body }) => {
          res.writeHead(200, { 'content-type': contentType });
          res.end(body);
        }),
      );
    }
    if (req.method === 'POST' && (path === '/interactions' || path === '/') && options.interactions) {
      return void done(handleInteraction(req, res, options.interactions, options.metrics));
    }
    req.resume();
    void done(sendJson(res, 404, { error: 'not found' }));
  });
}

/** Listen and resolve the bound port. */
export function listen(server: http.Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}
