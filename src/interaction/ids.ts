import { randomBytes } from 'node:crypto';

// Random bytes drawn a few hundred at a time: one id per interaction was one call into the
// crypto library each, a noticeable share of the work before a burst's answers.
let pool = Buffer.alloc(0);
let used = 0;

/** Short random id for log correlation ("req") and error references shown to users ("ref"). */
export function shortId(bytes = 4): string {
  if (used + bytes > pool.length) {
    pool = randomBytes(Math.max(256, bytes));
    used = 0;
  }
  const id = pool.toString('hex', used, used + bytes);
  used += bytes;
  return id;
}

/** Error references are upper-case so users can read them out: "ref 3FA9C1D2". */
export function errorRef(): string {
  return shortId(4).toUpperCase();
}
