/**
 * Prometheus metrics (prom-client) for `serve` and, with METRICS_PORT, the gateway bot: what
 * arrives, what checks find, how often /explain matches, and how long things take. Each instance
 * has its own registry (tests run several in one process).
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Metrics } from '../interaction/services';

export interface PrometheusMetrics extends Metrics {
  readonly registry: Registry;
  /** The exposition text and its content type. */
  render(): Promise<{ contentType: string; body: string }>;
}

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20];

export function createPrometheusMetrics(options: { defaultMetrics?: boolean } = {}): PrometheusMetrics {
  const registry = new Registry();
  if (options.defaultMetrics !== false) collectDefaultMetrics({ register: registry, prefix: 'netmedic_' });

  const interactions = new Counter({
    name: 'netmedic_interactions_total',
    help: 'Interactions handled, by kind (chatInput, autocomplete, messageContextMenu, component), command and outcome',
    labelNames: ['kind', 'command', 'outcome'] as const,
    registers: [registry],
  });
  const interactionSeconds = new Histogram({
    name: 'netmedic_interaction_duration_seconds',
    help: 'Time from receiving an interaction to the end of its handler',
    labelNames: ['kind'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const ackSeconds = new Histogram({
    name: 'netmedic_interaction_ack_seconds',
    help: 'Time from receiving an interaction to its initial response (reply, deferral, choices)',
    labelNames: ['kind'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const checks = new Counter({
    name: 'netmedic_checks_total',
    help: 'Checks finished, by verdict',
    labelNames: ['verdict'] as const,
    registers: [registry],
  });
  const checkSeconds = new Histogram({
    name: 'netmedic_check_duration_seconds',
    help: 'Duration of one check (all stages)',
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const explains = new Counter({
    name: 'netmedic_explain_total',
    help: 'Explain requests, by result (match, no-match)',
    labelNames: ['result'] as const,
    registers: [registry],
  });
  let matched = 0;
  let explained = 0;
  new Gauge({
    name: 'netmedic_explain_match_ratio',
    help: 'Share of explain requests that matched an article since start (0–1)',
    registers: [registry],
    collect() {
      this.set(explained === 0 ? 0 : matched / explained);
    },
  });

  return {
    registry,
    interaction(kind, command, seconds, outcome) {
      interactions.inc({ kind, command, outcome });
      interactionSeconds.observe({ kind }, seconds);
    },
    acknowledged(kind, seconds) {
      ackSeconds.observe({ kind }, seconds);
    },
    check(verdict, seconds) {
      checks.inc({ verdict });
      checkSeconds.observe(seconds);
    },
    explain(didMatch) {
      explained += 1;
      if (didMatch) matched += 1;
      explains.inc({ result: didMatch ? 'match' : 'no-match' });
    },
    async render() {
      return { contentType: registry.contentType, body: await registry.metrics() };
    },
  };
}
