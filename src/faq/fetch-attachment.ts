/**
 * Downloads an attachment a moderator gave to `/faqs import`: only from Discord's CDN (https), or
 * from the origin of DISCORD_API_BASE (a Discord-compatible server, e.g. the local test bed);
 * never elsewhere. Size and time are capped.
 */
import { request } from 'undici';

export const ATTACHMENT_MAX_BYTES = 4 * 1024 * 1024;
const DISCORD_CDN_HOSTS = new Set(['cdn.discordapp.com', 'media.discordapp.net']);

export function attachmentUrlAllowed(url: string, apiBase: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol === 'https:' && DISCORD_CDN_HOSTS.has(u.hostname)) return true;
  try {
    return u.origin === new URL(apiBase).origin && new URL(apiBase).hostname !== 'discord.com';
  } catch {
    return false;
  }
}

/** Why an attachment was not fetched, as data (render/faq.ts words it for the user). */
import type { AttachmentFact } from '../render/faq-problems';
export type { AttachmentFact };

export class AttachmentError extends Error {
  readonly code = 'NETMEDIC_ATTACHMENT';
  constructor(
    message: string,
    readonly fact: AttachmentFact,
  ) {
    super(message);
  }
}

export async function fetchAttachment(url: string, apiBase: string, maxBytes = ATTACHMENT_MAX_BYTES, timeoutMs = 10_000): Promise<Buffer> {
  if (!attachmentUrlAllowed(url, apiBase)) throw new AttachmentError('the attachment is not on Discord’s CDN', { kind: 'not-cdn' });
  // undici.request never follows redirects, so the allowed origin is the only one reached.
  const res = await request(url, { method: 'GET', signal: AbortSignal.timeout(timeoutMs) }).catch((err: unknown) => {
    const reason = (err as Error).message;
    throw new AttachmentError(`cannot download the attachment (${reason})`, { kind: 'download', reason });
  });
  if (res.statusCode !== 200) {
    await res.body.dump();
    throw new AttachmentError(`cannot download the attachment (HTTP ${res.statusCode})`, { kind: 'download', reason: `HTTP ${res.statusCode}` });
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of res.body) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      res.body.destroy();
      const mib = Math.round(maxBytes / 1024 / 1024);
      throw new AttachmentError(`the attachment is larger than ${mib} MiB`, { kind: 'too-large', mib });
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
