/**
 * Matcher benchmark: queries/s (single core) and per-query p50/p99 over the dev texts, on the
 * shipped knowledge base and on one scaled 50× with generated articles (distinct synthetic codes
 * and phrases), plus knowledge-base load time (compiled and parsed) and a naive baseline
 * (substring scan of every code and phrase). Run alone: `npm run build && node dist/test/bench/matcher.js`.
 *
 * Throughput is also given per CPU-second (process.cpuUsage), which a machine shared with other
 * jobs disturbs far less than wall time. With NETMEDIC_BENCH_BASELINE=<a built checkout of an
 * older version> the same texts run through that version's loader and matcher in the same
 * process, and each figure is printed with its ratio to it.
 */
import { PATHOLOGICAL_TEXTS } from '../matcher/pathological';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createKnowledgeBase, defaultKnowledgeDir, loadKnowledgeBase, loadKnowledgeBaseSync } from '../../src/knowledge/load';
import type { Article, KnowledgeBase } from '../../src/knowledge/types';
import { buildMatcherIndex } from '../../src/matcher/build-index';
import { match } from '../../src/matcher/match';
import { packageRoot } from '../../src/util/paths';

function devTexts(): string[] {
  const file = join(packageRoot(), 'test', 'fixtures', 'dev.jsonl');
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text: string }).text);
}

const SYLLABLES = ['ka', 'ro', 'mi', 'tu', 'ze', 'lo', 'vi', 'na', 'pe', 'su', 'do', 'ri', 'ga', 'fe', 'xo', 'by'];
function word(n: number, len = 3): string {
  let s = '';
  for (let i = 0; i < len; i++) {
    s += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length) + i * 7;
  }
  return s;
}

/** The shipped articles plus generated ones up to `factor` times as many, with distinct codes and phrases. */
export function scaledKnowledgeBase(base: KnowledgeBase, factor: number): KnowledgeBase {
  const articles: Article[] = [...base.articles];
  const target = base.articles.length * factor;
  for (let i = 0; articles.length < target; i++) {
    const template = base.articles[i % base.articles.length]!;
    const id = `synthetic-${i}`;
    articles.push({
      ...template,
      id,
      title: `Synthetic ${word(i)} error`,
      related: [],
      file: `${id}.md`,
      codes: [`ESYN${i}${word(i + 1).toUpperCase()}`, `ERR_SYN_${word(i + 2).toUpperCase()}_${i}`, `errno:${10000 + i}`],
      phrases: Array.from({ length: 12 }, (_v, k) => `${word(i * 13 + k)} ${word(i * 17 + k + 3, 2)} connection ${word(i + k * 31, 4)} failed`),
    });
  }
  return createKnowledgeBase(articles, base.faqs);
}

/** A simple baseline: lower-case the text and substring-scan every code and phrase. */
function naiveMatch(text: string, kb: KnowledgeBase): string | null {
  const lower = text.slice(0, 4000).toLowerCase();
  let best: string | null = null;
  let bestScore = 0;
  for (const a of kb.articles) {
    let score = 0;
    for (const c of a.codes) if (lower.includes(c.toLowerCase())) score += 3;
    for (const p of a.phrases) if (lower.includes(p.toLowerCase())) score += 2;
    if (score > bestScore) {
      bestScore = score;
      best = a.id;
    }
  }
  return best;
}

interface Stats {
  qps: number;
  /** Queries per CPU-second of this process. */
  cpuQps: number;
  p50: number;
  p99: number;
}

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

function measure(texts: string[], fn: (t: string) => unknown, rounds: number): Stats {
  // Warm-up: enough calls for the JIT to compile the hot path, so the figures are steady-state.
  for (let r = 0; r < 30; r++) for (const t of texts) fn(t);
  const times: number[] = [];
  const cpu0 = cpuMs();
  const start = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) {
    for (const t of texts) {
      const t0 = process.hrtime.bigint();
      fn(t);
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
  }
  const totalMs = Number(process.hrtime.bigint() - start) / 1e6;
  const totalCpu = cpuMs() - cpu0;
  times.sort((a, b) => a - b);
  const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!;
  return { qps: (times.length / totalMs) * 1000, cpuQps: (times.length / Math.max(totalCpu, 0.001)) * 1000, p50: q(0.5), p99: q(0.99) };
}

const n0 = (x: number) => Math.round(x).toLocaleString('en-US');
const fmt = (s: Stats) => `${n0(s.qps)} q/s (${n0(s.cpuQps)} per CPU-s), p50 ${(s.p50 * 1000).toFixed(0)} µs, p99 ${(s.p99 * 1000).toFixed(0)} µs`;
const ratio = (s: Stats, b: Stats) => `×${(s.cpuQps / b.cpuQps).toFixed(2)} per CPU-s, ×${(s.qps / b.qps).toFixed(2)} wall, p99 ${(s.p99 * 1000).toFixed(0)} vs ${(b.p99 * 1000).toFixed(0)} µs`;

/** Wall and CPU milliseconds of one call. */
function timed<T>(fn: () => T): { value: T; wall: number; cpu: number } {
  const c0 = cpuMs();
  const t0 = process.hrtime.bigint();
  const value = fn();
  return { value, wall: Number(process.hrtime.bigint() - t0) / 1e6, cpu: cpuMs() - c0 };
}

interface Baseline {
  dir: string;
  load: () => KnowledgeBase;
  match: (text: string, kb: KnowledgeBase) => unknown;
}

/** An older built checkout given by NETMEDIC_BENCH_BASELINE, with its own knowledge base. */
function baseline(): Baseline | null {
  const dir = process.env.NETMEDIC_BENCH_BASELINE;
  if (!dir) return null;
  /* eslint-disable @typescript-eslint/no-require-imports */
  const loader = require(join(dir, 'dist', 'src', 'knowledge', 'load.js')) as { loadKnowledgeBaseSync: (d: string) => { kb?: KnowledgeBase } };
  const matcher = require(join(dir, 'dist', 'src', 'matcher', 'match.js')) as { match: Baseline['match'] };
  /* eslint-enable @typescript-eslint/no-require-imports */
  return {
    dir,
    load: () => {
      const r = loader.loadKnowledgeBaseSync(join(dir, 'knowledge'));
      if (!r.kb) throw new Error(`the baseline in ${dir} does not load its knowledge base`);
      return r.kb;
    },
    match: matcher.match,
  };
}

/** The slowest of the pathological inputs (best of five runs each), in ms. */
function worstPathologicalMs(kb: KnowledgeBase): number {
  let worst = 0;
  for (const text of PATHOLOGICAL_TEXTS) {
    match(text, kb);
    let ms = Infinity;
    for (let i = 0; i < 5; i++) {
      const t0 = process.hrtime.bigint();
      match(text, kb);
      ms = Math.min(ms, Number(process.hrtime.bigint() - t0) / 1e6);
    }
    worst = Math.max(worst, ms);
  }
  return worst;
}

export async function benchMatcher(): Promise<void> {
  const dir = defaultKnowledgeDir();
  // Load time: the first load pays for module warm-up too, so report both. The compiled file
  // (written by `npm run build`) is what start-ups use; parsing is what a changed directory costs.
  const c0 = cpuMs();
  let t0 = process.hrtime.bigint();
  const first = await loadKnowledgeBase(dir);
  const firstMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const firstCpu = cpuMs() - c0;
  if (!('kb' in first)) throw new Error('the knowledge base does not load; run `netmedic kb lint`');
  const again = timed(() => loadKnowledgeBaseSync(dir));
  if (!('kb' in again.value)) throw new Error('unreachable');
  const parsedFirst = timed(() => loadKnowledgeBaseSync(dir, { compiled: false }));
  const parsedAgain = timed(() => loadKnowledgeBaseSync(dir, { compiled: false }));
  const kb = first.kb;

  const texts = devTexts();
  // Long inputs too: each dev text padded with log noise to ~4000 characters.
  const noise = '2024-05-01T12:00:00Z INFO worker[42] processing batch id=7f3a items=128 elapsed=12ms\n';
  const long = texts.map((t) => (noise.repeat(Math.ceil((4000 - t.length) / noise.length)) + t).slice(-4000));

  const base = baseline();
  let baseLines: string[] = [];
  let baseStats: { shipped: Stats; long: Stats } | null = null;
  if (base) {
    const loaded = timed(() => base.load());
    const bkb = loaded.value;
    baseStats = { shipped: measure(texts, (t) => base.match(t, bkb), 200), long: measure(long, (t) => base.match(t, bkb), 20) };
    const again2 = timed(() => base.load());
    baseLines = [
      `  baseline (${base.dir}): load ${loaded.wall.toFixed(1)} ms first (${loaded.cpu.toFixed(1)} ms CPU), ${again2.wall.toFixed(1)} ms again (${again2.cpu.toFixed(1)} ms CPU); ${bkb.articles.length} articles`,
      `  baseline shipped KB            : ${fmt(baseStats.shipped)}`,
      `  baseline shipped KB, 4000 chars: ${fmt(baseStats.long)}`,
    ];
  }

  const shipped = measure(texts, (t) => match(t, kb), 200);
  const shippedLong = measure(long, (t) => match(t, kb), 20);
  t0 = process.hrtime.bigint();
  const big = scaledKnowledgeBase(kb, 50);
  const bigBuildMs = Number(process.hrtime.bigint() - t0) / 1e6;
  t0 = process.hrtime.bigint();
  buildMatcherIndex(big.articles);
  const bigIndexMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const scaled = measure(texts, (t) => match(t, big), 100);
  const scaledLong = measure(long, (t) => match(t, big), 10);
  const naive = measure(texts, (t) => naiveMatch(t, kb), 200);
  const naiveBig = measure(texts, (t) => naiveMatch(t, big), 20);

  let same = 0;
  for (const t of texts) if ((match(t, kb).match?.id ?? null) === (match(t, big).match?.id ?? null)) same++;

  const lines = [
    `matcher bench (${texts.length} dev texts, single core, node ${process.version})`,
    `  knowledge base load (compiled): ${firstMs.toFixed(1)} ms first (cold, ${firstCpu.toFixed(1)} ms CPU), ${again.wall.toFixed(1)} ms again (${again.cpu.toFixed(1)} ms CPU) (${kb.articles.length} articles, ${kb.faqs.length} FAQ)`,
    `  knowledge base load (parsed, as for a changed directory): ${parsedFirst.wall.toFixed(1)} ms first (${parsedFirst.cpu.toFixed(1)} ms CPU), ${parsedAgain.wall.toFixed(1)} ms again (${parsedAgain.cpu.toFixed(1)} ms CPU)`,
    `  shipped KB            : ${fmt(shipped)}`,
    `  shipped KB, 4000 chars: ${fmt(shippedLong)}`,
    ...baseLines,
    ...(baseStats ? [`  vs baseline: shipped ${ratio(shipped, baseStats.shipped)}; 4000 chars ${ratio(shippedLong, baseStats.long)}`] : []),
    `  50× KB (${big.articles.length} articles, index ${bigIndexMs.toFixed(0)} ms, build ${bigBuildMs.toFixed(0)} ms): ${fmt(scaled)}`,
    `  50× KB, 4000 chars    : ${fmt(scaledLong)}`,
    `  same answer on 50× KB : ${same}/${texts.length}`,
    `  naive substring scan  : ${fmt(naive)} (shipped), ${fmt(naiveBig)} (50×); matcher/naive speed ${(shipped.qps / naive.qps).toFixed(2)}× and ${(scaled.qps / naiveBig.qps).toFixed(2)}×`,
    `  pathological inputs (${PATHOLOGICAL_TEXTS.length}, 4–10k chars): worst ${worstPathologicalMs(kb).toFixed(2)} ms (best of 5 each)`,
    `  goals: ≥ 20,000 q/s, p99 < 1 ms, load < 100 ms`,
  ];
  console.log(lines.join('\n'));
}

if (require.main === module) {
  benchMatcher().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
