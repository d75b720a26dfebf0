/**
 * The gateway bot's metrics endpoint (METRICS_PORT): the HTTP server serving /metrics and /healthz
 * only. Kept apart from serve.ts (which builds a runtime) so the runtime can start it without an
 * import cycle.
 */
import type http from 'node:http';
import type { Logger } from 'pino';
import type { PrometheusMetrics } from '../metrics/prometheus';
import { createHttpServer, listen } from './server';

export async function startMetricsServer(log: Logger, version: string, port: number, metrics: PrometheusMetrics): Promise<http.Server> {
  const server = createHttpServer({ log, version, metrics });
  const bound = await listen(server, port, '0.0.0.0');
  log.info({ port: bound }, 'metrics on /metrics');
  return server;
}
