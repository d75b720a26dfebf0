/**
 * Response headers are capped before the HTTP parser sees them. A hostile server can send headers
 * without end; undici stops at its own size limit, but only after parsing whole socket chunks
 * (64 KiB, a thousand header lines each) and building an error object per line past the limit —
 * about 40 ms of CPU per check. Here the socket's `read()` (what undici's parser pulls from) is
 * wrapped: until the blank line that ends the headers, bytes and lines are counted on the raw
 * chunk (native `indexOf`, no parsing), and a chunk that would pass a limit is never handed over:
 * the socket is destroyed with `HeadersTooLargeError` instead.
 */
import type { Duplex } from 'node:stream';

export interface HeaderCap {
  /** Most bytes from the status line to the blank line that ends the headers. */
  maxBytes: number;
  /** Most header lines (the status line not counted). */
  maxLines: number;
}

/** 16 KiB and 100 lines: far above any real server's answer (Node's own limit is 16 KiB). */
export const DEFAULT_HEADER_CAP: HeaderCap = { maxBytes: 16 * 1024, maxLines: 100 };

export class HeadersTooLargeError extends Error {
  readonly code = 'NETMEDIC_HEADERS_TOO_LARGE';
  constructor(readonly cap: HeaderCap) {
    super(`response headers larger than ${cap.maxBytes} bytes or ${cap.maxLines} lines`);
    this.name = 'HeadersTooLargeError';
  }
}

const END = Buffer.from('\r\n\r\n');

function countLines(chunk: Buffer, end: number): number {
  let n = 0;
  for (let i = chunk.indexOf(0x0a); i >= 0 && i < end; i = chunk.indexOf(0x0a, i + 1)) n++;
  return n;
}

/** Wrap `socket.read` so that oversized headers never reach the parser. Returns the socket. */
export function capResponseHeaders<S extends Duplex>(socket: S, cap: HeaderCap = DEFAULT_HEADER_CAP): S {
  const read = socket.read.bind(socket);
  let inHeaders = true;
  let bytes = 0;
  let lines = -1; // the status line's own newline is not a header
  let tail: Buffer = Buffer.alloc(0); // the last 3 bytes, so a "\r\n\r\n" split over two chunks is seen
  socket.read = ((size?: number) => {
    const chunk = read(size) as Buffer | string | null;
    if (!inHeaders || chunk === null || typeof chunk === 'string') return chunk;
    const joined = tail.length ? Buffer.concat([tail, chunk]) : chunk;
    const at = joined.indexOf(END);
    const headerPart = at >= 0 ? at + END.length - tail.length : chunk.length;
    bytes += headerPart;
    lines += countLines(chunk, headerPart);
    if (bytes > cap.maxBytes || lines > cap.maxLines + (at >= 0 ? 1 : 0)) {
      inHeaders = false;
      socket.destroy(new HeadersTooLargeError(cap));
      return null;
    }
    if (at >= 0) inHeaders = false;
    else tail = joined.subarray(Math.max(0, joined.length - 3));
    return chunk;
  }) as S['read'];
  return socket;
}
