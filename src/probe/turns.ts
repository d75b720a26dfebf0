/**
 * One heavy job per event-loop turn. Reading a peer certificate (`getPeerCertificate`) costs
 * milliseconds for a large one; when many handshakes finish in the same turn their reads would
 * add up into one long stall. Jobs queued here run one at a time, each in its own turn
 * (setImmediate), so timers and I/O get a turn between two of them.
 */
let tail: Promise<unknown> = Promise.resolve();

export function inOwnTurn<T>(job: () => T): Promise<T> {
  const run = tail.then(
    () =>
      new Promise<T>((resolve, reject) => {
        setImmediate(() => {
          try {
            resolve(job());
          } catch (err) {
            reject(err instanceof Error ? err : new Error(String(err)));
          }
        });
      }),
  );
  tail = run.catch(() => undefined);
  return run;
}
