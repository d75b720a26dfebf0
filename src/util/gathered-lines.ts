/**
 * Log lines gathered in memory and handed to the real destination (pino's sonic-boom on stdout)
 * in one piece once the process has a quiet moment: `quietMs` without a new line, or at the
 * latest `maxWaitMs` after the oldest line waiting. During a burst of interactions, writing the
 * lines as they came (a write per 4 KiB, each converted to bytes and piped, and sonic-boom
 * re-measuring its growing buffer on every line) was a good part of the bot's work before the
 * last acknowledgement; now it comes after the burst. Lines keep their order; `flush` and
 * `flushSync` hand over what is waiting first, and so does the process's exit.
 */

/** What the gathered lines are handed to (a SonicBoom). */
export interface LineSink {
  write(data: string): boolean;
  flush(cb?: (err?: Error | null) => void): void;
  flushSync(): void;
}

export interface GatheredLinesOptions {
  quietMs?: number;
  maxWaitMs?: number;
  /** Handed over at once from this many characters waiting. */
  maxChars?: number;
  now?: () => number;
}

export class GatheredLines {
  private lines: string[] = [];
  private chars = 0;
  private firstAt = 0;
  private lastAt = 0;
  private timer: NodeJS.Timeout | undefined;
  private readonly quietMs: number;
  private readonly maxWaitMs: number;
  private readonly maxChars: number;
  private readonly now: () => number;

  constructor(
    private readonly sink: LineSink,
    options: GatheredLinesOptions = {},
  ) {
    this.quietMs = options.quietMs ?? 20;
    this.maxWaitMs = options.maxWaitMs ?? 250;
    this.maxChars = options.maxChars ?? 256 * 1024;
    this.now = options.now ?? (() => performance.now());
  }

  write(line: string): boolean {
    this.lastAt = this.now();
    if (this.lines.length === 0) this.firstAt = this.lastAt;
    this.lines.push(line);
    this.chars += line.length;
    if (this.chars >= this.maxChars) this.handOver();
    else if (this.timer === undefined) {
      this.timer = setTimeout(this.due, this.quietMs);
      // Lines waiting never keep the process up: its exit hands them over (see hold()).
      this.timer.unref();
    }
    return true;
  }

  /** Hands over what is waiting, then flushes the sink. */
  flush(cb?: (err?: Error | null) => void): void {
    this.handOver();
    this.sink.flush(cb);
  }

  flushSync(): void {
    this.handOver();
    this.sink.flushSync();
  }

  /** Lines waiting, for tests. */
  get waiting(): number {
    return this.lines.length;
  }

  private readonly due = (): void => {
    this.timer = undefined;
    if (this.lines.length === 0) return;
    const wait = Math.min(this.lastAt + this.quietMs, this.firstAt + this.maxWaitMs) - this.now();
    if (wait > 0) {
      this.timer = setTimeout(this.due, wait);
      this.timer.unref();
    } else this.handOver();
  };

  private handOver(): void {
    if (this.timer !== undefined) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    if (this.lines.length === 0) return;
    const chunk = this.lines.length === 1 ? this.lines[0]! : this.lines.join('');
    this.lines = [];
    this.chars = 0;
    this.sink.write(chunk);
  }
}

const held = new Set<GatheredLines>();
let exitHooked = false;

/** Hands `lines` over (and flushes its sink synchronously) when the process exits. */
export function hold(lines: GatheredLines): GatheredLines {
  held.add(lines);
  if (!exitHooked) {
    exitHooked = true;
    process.on('exit', () => {
      for (const l of held) {
        try {
          l.flushSync();
        } catch {
          // The sink is gone (closed pipe): nothing more can be written.
        }
      }
    });
  }
  return lines;
}
