/**
 * One place that decides how long tests wait. On a loaded machine (other processes on both cores)
 * everything takes longer, so every limit a test waits on — jest timeouts, "wait until" helpers,
 * child processes, the test Discord server's ack deadline — goes through `scaled()`.
 *
 * The factor comes from TEST_TIME_SCALE: set it by hand (`TEST_TIME_SCALE=3 npx jest`), or let
 * jest.config.js set it from the machine's load when jest starts (see timeScaleFromLoad there).
 * Outside jest (benchmarks) it is 1.
 *
 * Scaling only lengthens limits: a test never asserts that something was fast (timing goals live
 * in `npm run bench`), so a larger factor cannot hide a bug, only wait longer before reporting it.
 */
const MAX_SCALE = 10;

/** The factor every test limit is multiplied by (≥ 1). */
export function timeScale(env: Record<string, string | undefined> = process.env): number {
  const raw = Number(env.TEST_TIME_SCALE);
  if (!Number.isFinite(raw) || raw < 1) return 1;
  return Math.min(raw, MAX_SCALE);
}

/** `ms` scaled for the machine's load, rounded to a whole millisecond. */
export function scaled(ms: number): number {
  return Math.round(ms * timeScale());
}
