/**
 * A tiny authoritative-looking DNS server on 127.0.0.1 (UDP) for tests: answers A/AAAA from a
 * table, NXDOMAIN for unknown names, a chosen rcode, or nothing at all (`silent`) per name.
 * Nothing here talks to any other address.
 */
import dgram from 'node:dgram';
import dnsPacket from 'dns-packet';

export type TestRcode = 'NXDOMAIN' | 'SERVFAIL' | 'REFUSED';

export interface TestRecord {
  A?: string[];
  AAAA?: string[];
  rcode?: TestRcode;
  /** Never answer (the client times out). */
  silent?: boolean;
}

export interface SeenQuery {
  name: string;
  type: string;
}

export interface TestDnsServer {
  port: number;
  address: '127.0.0.1';
  /** Ready for PROBE_DNS_SERVERS / resolveTarget's `servers`. */
  servers: string[];
  queries: SeenQuery[];
  close(): Promise<void>;
}

const RCODE_VALUES: Record<TestRcode, number> = { SERVFAIL: 2, NXDOMAIN: 3, REFUSED: 5 };

function normalize(name: string): string {
  return name.toLowerCase().replace(/\.$/, '');
}

export async function startDnsServer(records: Record<string, TestRecord>): Promise<TestDnsServer> {
  const table = new Map(Object.entries(records).map(([name, record]) => [normalize(name), record]));
  const queries: SeenQuery[] = [];
  const socket = dgram.createSocket('udp4');

  socket.on('message', (message, remote) => {
    let query: dnsPacket.DecodedPacket;
    try {
      query = dnsPacket.decode(message);
    } catch {
      return;
    }
    const question = query.questions?.[0];
    if (!question) return;
    queries.push({ name: question.name, type: question.type });
    const record = table.get(normalize(question.name));
    if (record?.silent) return;

    let rcode = 0;
    const answers: dnsPacket.Answer[] = [];
    if (!record) rcode = RCODE_VALUES.NXDOMAIN;
    else if (record.rcode) rcode = RCODE_VALUES[record.rcode];
    else if (question.type === 'A') for (const data of record.A ?? []) answers.push({ type: 'A', name: question.name, ttl: 60, data });
    else if (question.type === 'AAAA') for (const data of record.AAAA ?? []) answers.push({ type: 'AAAA', name: question.name, ttl: 60, data });

    const flags = dnsPacket.AUTHORITATIVE_ANSWER | dnsPacket.RECURSION_AVAILABLE | ((query.flags ?? 0) & dnsPacket.RECURSION_DESIRED) | rcode;
    const response = dnsPacket.encode({ type: 'response', id: query.id, flags, questions: [question], answers });
    socket.send(response, remote.port, remote.address);
  });

  await new Promise<void>((resolve, reject) => {
    socket.once('error', reject);
    socket.bind(0, '127.0.0.1', () => {
      socket.off('error', reject);
      resolve();
    });
  });
  const { port } = socket.address();
  return {
    port,
    address: '127.0.0.1',
    servers: [`127.0.0.1:${port}`],
    queries,
    close: () => new Promise<void>((resolve) => socket.close(() => resolve())),
  };
}
