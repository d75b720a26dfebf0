/** Why a limiter turned a check away, as data (words: render/refusal.ts). */

/**
 * Refused by a limiter before any probing, as facts: `retryAfterSeconds` tells the user when to
 * come back, and each reason carries its numbers (render/refusal.ts words it).
 */
export type CheckRefusal = { refused: true; retryAfterSeconds: number } & (
  | { reason: 'cooldown'; /** One check per user every this many seconds. */ everySeconds: number }
  | { reason: 'guild-rate'; /** Checks a server may run per minute. */ perMinute: number }
  | { reason: 'busy'; running: number; waiting: number }
);
