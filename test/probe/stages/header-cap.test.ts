/**
 * Response headers are capped (bytes and lines) before undici's parser sees them: a server that
 * sends headers without end is cut off at the first chunk past the cap.
 */
import net from 'node:net';
import { capResponseHeaders, HeadersTooLargeError } from '../../../src/probe/header-cap';
import { httpStage } from '../../../src/probe/http';
import { tcpServer } from '../../support/servers';
import { closeAfterEach } from '../../support/close-after-each';
import { httpDetailOf } from '../../support/check-words';

const keep = closeAfterEach();

/** Sends a status line, then header lines as fast as the socket takes them, forever. */
function endlessHeaders(): ReturnType<typeof tcpServer> {
  return tcpServer((socket) => {
    socket.once('data', () => {
      socket.write('HTTP/1.1 200 OK\r\n');
      const block = Buffer.from(`X-Filler: ${'a'.repeat(50)}\r\n`.repeat(64));
      const pump = () => {
        while (!socket.destroyed && socket.write(block));
        if (!socket.destroyed) socket.once('drain', pump);
      };
      pump();
    });
  });
}

/** Answers with `lines` headers, the blank line written separately after a pause (split chunks). */
function headersServer(lines: number): ReturnType<typeof tcpServer> {
  return tcpServer((socket) => {
    socket.once('data', () => {
      const head = `HTTP/1.1 200 OK\r\ncontent-length: 2\r\nconnection: close\r\n${'x-h: 1\r\n'.repeat(lines - 2)}\r`;
      socket.write(head);
      setTimeout(() => socket.end('\nok'), 30);
    });
  });
}

/** Pull from the wrapped socket the way undici does (read() in a 'readable' loop). */
function pull(socket: net.Socket): Promise<{ bytes: number; error: unknown }> {
  return new Promise((resolve) => {
    let bytes = 0;
    socket.on('readable', () => {
      for (let chunk = socket.read() as Buffer | null; chunk !== null; chunk = socket.read() as Buffer | null) bytes += chunk.length;
    });
    socket.on('error', (error) => resolve({ bytes, error }));
    socket.on('close', () => resolve({ bytes, error: null }));
  });
}

const http = (port: number) =>
  httpStage({ address: { address: '127.0.0.1', family: 4 }, port, host: '127.0.0.1', isIp: true, tls: false, path: '/', maxBytes: 65536, timeoutMs: 5000 });

describe('response header cap', () => {
  it('endless headers: the reader never gets more than the byte cap, and the socket ends with HeadersTooLargeError', async () => {
    const server = await keep(endlessHeaders());
    const socket = capResponseHeaders(net.connect(server.port, '127.0.0.1'), { maxBytes: 16 * 1024, maxLines: 1000 });
    socket.write('GET / HTTP/1.1\r\nhost: x\r\n\r\n');
    const { bytes, error } = await pull(socket);
    expect(error).toBeInstanceOf(HeadersTooLargeError);
    expect(bytes).toBeLessThanOrEqual(16 * 1024);
  });

  it('too many header lines: cut at the line cap even when the bytes are few', async () => {
    const server = await keep(headersServer(150));
    const socket = capResponseHeaders(net.connect(server.port, '127.0.0.1'), { maxBytes: 16 * 1024, maxLines: 100 });
    socket.write('GET / HTTP/1.1\r\nhost: x\r\n\r\n');
    const { error } = await pull(socket);
    expect(error).toBeInstanceOf(HeadersTooLargeError);
  });

  it('through the HTTP stage: a clear detail, no crash', async () => {
    const server = await keep(endlessHeaders());
    const out = await http(server.port);
    expect(out.status).toBeUndefined();
    expect(out.failure).toMatchObject({ verdict: 'not-http', code: 'NETMEDIC_HEADERS_TOO_LARGE' });
    expect(out.facts).toEqual({ kind: 'failed', failure: { verdict: 'not-http', code: 'NETMEDIC_HEADERS_TOO_LARGE', kind: 'endless-headers' } });
    expect(httpDetailOf(out)).toBe('the server sent endless response headers; stopped reading them (NETMEDIC_HEADERS_TOO_LARGE)');
  });

  it('an ordinary answer with 100 headers, the blank line split over two chunks, passes', async () => {
    const server = await keep(headersServer(100));
    const out = await http(server.port);
    expect(out.status).toBe(200);
  });
});
