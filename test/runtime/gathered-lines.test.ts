/**
 * Log lines wait in memory for a quiet moment, then go to the sink in one piece, in order. Fake
 * timers and a fake clock: nothing here depends on the machine's speed.
 */
import { GatheredLines, type LineSink } from '../../src/util/gathered-lines';

function sink() {
  const writes: string[] = [];
  let flushes = 0;
  let syncFlushes = 0;
  const s: LineSink = {
    write(data) {
      writes.push(data);
      return true;
    },
    flush(cb) {
      flushes++;
      cb?.(null);
    },
    flushSync() {
      syncFlushes++;
    },
  };
  return { s, writes, flushes: () => flushes, syncFlushes: () => syncFlushes };
}

describe('GatheredLines', () => {
  let clock = 0;
  const now = () => clock;
  /** Moves the fake clock and jest's timers together. */
  const advance = (ms: number) => {
    clock += ms;
    jest.advanceTimersByTime(ms);
  };
  beforeEach(() => {
    clock = 0;
    jest.useFakeTimers();
  });
  afterEach(() => jest.useRealTimers());

  it('writes a burst of lines once the lines stop coming, in one piece and in order', () => {
    const { s, writes } = sink();
    const lines = new GatheredLines(s, { quietMs: 20, maxWaitMs: 250, now });
    for (let i = 0; i < 10; i++) {
      lines.write(`line ${i}\n`);
      advance(5); // the burst goes on: never 20 ms without a line
    }
    expect(writes).toEqual([]);
    advance(20);
    expect(writes).toEqual([Array.from({ length: 10 }, (_, i) => `line ${i}\n`).join('')]);
    expect(lines.waiting).toBe(0);
  });

  it('a steady stream is still written by the longest wait', () => {
    const { s, writes } = sink();
    const lines = new GatheredLines(s, { quietMs: 20, maxWaitMs: 100, now });
    for (let i = 0; i < 30; i++) {
      lines.write(`${i}\n`);
      advance(10);
    }
    // 300 ms of lines every 10 ms: written at least every 100 ms, not all at the end.
    expect(writes.length).toBeGreaterThanOrEqual(2);
    advance(250);
    expect(writes.join('')).toBe(Array.from({ length: 30 }, (_, i) => `${i}\n`).join(''));
  });

  it('hands over at once past the size bound', () => {
    const { s, writes } = sink();
    const lines = new GatheredLines(s, { quietMs: 20, maxWaitMs: 250, maxChars: 10, now });
    lines.write('12345');
    expect(writes).toEqual([]);
    lines.write('67890');
    expect(writes).toEqual(['1234567890']);
  });

  it('flush and flushSync hand over what waits before flushing the sink', () => {
    const { s, writes, flushes, syncFlushes } = sink();
    const lines = new GatheredLines(s, { now });
    lines.write('a\n');
    const done = jest.fn();
    lines.flush(done);
    expect(writes).toEqual(['a\n']);
    expect(flushes()).toBe(1);
    expect(done).toHaveBeenCalled();
    lines.write('b\n');
    lines.flushSync();
    expect(writes).toEqual(['a\n', 'b\n']);
    expect(syncFlushes()).toBe(1);
    // Nothing is written twice when the timer comes later.
    advance(1000);
    expect(writes).toEqual(['a\n', 'b\n']);
  });
});
