/**
 * A certificate with hundreds of names: the TLS stage keeps at most MAX_ALT_NAMES of them (a
 * hostile server must not make every later step handle thousands).
 */
import { generate } from 'selfsigned';
import { MAX_ALT_NAMES, tlsStage } from '../../../src/probe/tls';
import { tlsServer } from '../../support/servers';
import { closeAfterEach } from '../../support/close-after-each';

const keep = closeAfterEach();

it('keeps the first MAX_ALT_NAMES subject alternative names of a huge certificate', async () => {
  const altNames = Array.from({ length: 400 }, (_, i) => ({ type: 2 as const, value: `n${i}.hostile.example` }));
  const pem = await generate([{ name: 'commonName', value: 'hostile.example' }], { keyType: 'ec', algorithm: 'sha256', extensions: [{ name: 'subjectAltName', altNames }] });
  const server = await keep(tlsServer({ key: pem.private, cert: pem.cert }, () => undefined));
  const out = await tlsStage({ address: { address: '127.0.0.1', family: 4 }, port: server.port, host: '127.0.0.1', isIp: true, timeoutMs: 5000 });
  expect(out.certificate?.altNames).toHaveLength(MAX_ALT_NAMES);
  expect(out.certificate?.altNames?.slice(0, 2)).toEqual(['n0.hostile.example', 'n1.hostile.example']);
  expect(out.failure?.verdict).toBe('tls-certificate');
});
