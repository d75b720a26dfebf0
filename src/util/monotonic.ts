/**
 * Milliseconds on a monotonic clock, for durations (what `performance.now()` gives, from another
 * starting point). `performance` loads node:perf_hooks and some ten internal modules on first use,
 * a measurable share of a CLI `check`'s start; `process.hrtime` is there from the start.
 */
export function monotonicMs(): number {
  const [seconds, nanoseconds] = process.hrtime();
  return seconds * 1e3 + nanoseconds / 1e6;
}
