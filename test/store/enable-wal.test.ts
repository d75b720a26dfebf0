/**
 * Switching a new SQLite file to WAL while another process switches it too: SQLite answers
 * SQLITE_BUSY at once (its busy handler is not asked), so the switch is tried again until a
 * deadline. Anything else fails at once.
 */
import { enableWal } from '../../src/store/open';

const busy = () => Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });

describe('enableWal', () => {
  it('tries again while the file is busy, pausing a little longer each time', () => {
    const calls: string[] = [];
    let failures = 3;
    const pauses: number[] = [];
    enableWal(
      {
        pragma(source) {
          calls.push(source);
          if (failures-- > 0) throw busy();
          return 'wal';
        },
      },
      5000,
      (ms) => pauses.push(ms),
    );
    expect(calls).toEqual(Array(4).fill('journal_mode = WAL'));
    expect(pauses).toEqual([2, 4, 8]);
  });

  it('gives the busy error up after its deadline', () => {
    const pauses: number[] = [];
    expect(() =>
      enableWal(
        {
          pragma() {
            throw busy();
          },
        },
        0,
        (ms) => pauses.push(ms),
      ),
    ).toThrow('database is locked');
    expect(pauses).toEqual([]);
  });

  it('does not retry other errors', () => {
    let calls = 0;
    expect(() =>
      enableWal({
        pragma() {
          calls += 1;
          throw Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR' });
        },
      }),
    ).toThrow('disk I/O error');
    expect(calls).toBe(1);
  });
});
