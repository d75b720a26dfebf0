/**
 * A per-agent rate limit (pure, clock injected): at most `max` job starts within any `windowMs`
 * (a sliding window of start times). `take()` either counts a start and answers 0, or answers how
 * long until one is allowed again.
 */
export class RateWindow {
  private readonly starts: number[] = [];

  constructor(
    readonly max: number,
    readonly windowMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {
    if (!Number.isInteger(max) || max < 1) throw new Error(`a rate limit needs a whole number ≥ 1 (got ${max})`);
  }

  /** 0 when the start is allowed (and counted); otherwise the ms until the oldest start leaves the window. */
  take(): number {
    const now = this.now();
    while (this.starts.length > 0 && this.starts[0]! <= now - this.windowMs) this.starts.shift();
    if (this.starts.length < this.max) {
      this.starts.push(now);
      return 0;
    }
    return Math.max(1, this.starts[0]! + this.windowMs - now);
  }

  /** Starts counted in the current window. */
  get used(): number {
    const now = this.now();
    return this.starts.filter((t) => t > now - this.windowMs).length;
  }
}
