/**
 * Discord signs every request to an Interactions Endpoint URL with ed25519: the signature (hex, in
 * X-Signature-Ed25519) covers the timestamp (X-Signature-Timestamp, Unix seconds) followed by the
 * raw body. Verified with node:crypto's Ed25519 before the body is parsed at all.
 */
import { createPublicKey, verify, type KeyObject } from 'node:crypto';

const HEX_64 = /^[0-9a-fA-F]{64}$/;
const HEX_128 = /^[0-9a-fA-F]{128}$/;

/** The application's public key (64 hex digits, as the Developer Portal shows it) as a KeyObject. */
export function publicKeyFromHex(hex: string): KeyObject {
  if (!HEX_64.test(hex)) throw new RangeError('DISCORD_PUBLIC_KEY must be 64 hexadecimal digits (the Developer Portal\'s "Public Key")');
  const x = Buffer.from(hex, 'hex').toString('base64url');
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x }, format: 'jwk' });
}

export type SignatureVerdict = 'valid' | 'missing' | 'malformed' | 'bad-signature' | 'stale';

export interface VerifyOptions {
  /** Requests whose timestamp is further than this from now are refused (default 300 s). */
  maxAgeSeconds?: number;
  /** Unix seconds now (tests). */
  nowSeconds?: number;
}

/** Checks one request's signature, then its timestamp's freshness. Pure apart from the clock. */
export function verifyRequest(
  key: KeyObject,
  signature: string | undefined,
  timestamp: string | undefined,
  body: Buffer,
  options: VerifyOptions = {},
): SignatureVerdict {
  if (!signature || !timestamp) return 'missing';
  if (!HEX_128.test(signature) || !/^\d{1,12}$/.test(timestamp)) return 'malformed';
  const signed = Buffer.concat([Buffer.from(timestamp, 'utf8'), body]);
  if (!verify(null, signed, key, Buffer.from(signature, 'hex'))) return 'bad-signature';
  const now = options.nowSeconds ?? Math.floor(Date.now() / 1000);
  if (Math.abs(now - Number(timestamp)) > (options.maxAgeSeconds ?? 300)) return 'stale';
  return 'valid';
}
