import { randomBytes } from 'node:crypto';

/** Short random id for log correlation ("req") and error references shown to users ("ref"). */
export function shortId(bytes = 4): string {
  return randomBytes(bytes).toString('hex');
}

/** Error references are upper-case so users can read them out: "ref 3FA9C1D2". */
export function errorRef(): string {
  return shortId(4).toUpperCase();
}
