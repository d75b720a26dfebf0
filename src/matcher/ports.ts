/**
 * Well-known ports of services people run and ask about: port → the service usually there. Data
 * only: the hint that opens an explain reply's likely causes ("port 5432 is PostgreSQL's default;
 * …") and the service's name in the reader's language are render/port-words.ts's
 * (`explain-port-hint-<port>`, `explain-service-…` in explain.ftl).
 */

export interface ServiceInfo {
  port: number;
  /**
   * The service's stable id: its proper name (PostgreSQL, SSH), or for services without one a
   * fixed label the renderer words per locale. It is also `context.service.name` in explain's
   * JSON and a key of the matcher's login and category tables: never change a value.
   */
  name: string;
}

const TABLE: ServiceInfo[] = [
  { port: 20, name: 'FTP data' },
  { port: 21, name: 'FTP' },
  { port: 22, name: 'SSH' },
  { port: 23, name: 'Telnet' },
  { port: 25, name: 'SMTP' },
  { port: 53, name: 'DNS' },
  { port: 80, name: 'HTTP' },
  { port: 110, name: 'POP3' },
  { port: 143, name: 'IMAP' },
  { port: 443, name: 'HTTPS' },
  { port: 465, name: 'SMTPS' },
  { port: 587, name: 'SMTP submission' },
  { port: 993, name: 'IMAPS' },
  { port: 995, name: 'POP3S' },
  { port: 1080, name: 'SOCKS proxy' },
  { port: 1433, name: 'Microsoft SQL Server' },
  { port: 1521, name: 'Oracle Database' },
  { port: 1883, name: 'MQTT' },
  { port: 2375, name: 'Docker API' },
  { port: 2376, name: 'Docker API (TLS)' },
  { port: 3000, name: 'a development server' },
  { port: 3306, name: 'MySQL' },
  { port: 3389, name: 'Remote Desktop' },
  { port: 5000, name: 'a development server' },
  { port: 5060, name: 'SIP' },
  { port: 5222, name: 'XMPP' },
  { port: 5432, name: 'PostgreSQL' },
  { port: 5672, name: 'RabbitMQ' },
  { port: 5900, name: 'VNC' },
  { port: 6379, name: 'Redis' },
  { port: 6443, name: 'Kubernetes API' },
  { port: 7777, name: 'game server' },
  { port: 8000, name: 'a development server' },
  { port: 8080, name: 'HTTP alternate' },
  { port: 8443, name: 'HTTPS alternate' },
  { port: 8888, name: 'HTTP alternate' },
  { port: 9000, name: 'PHP-FPM / dev server' },
  { port: 9090, name: 'Prometheus / admin UI' },
  { port: 9200, name: 'Elasticsearch' },
  { port: 11211, name: 'Memcached' },
  { port: 25565, name: 'Minecraft' },
  { port: 27015, name: 'Source game server' },
  { port: 27017, name: 'MongoDB' },
];

const BY_PORT = new Map<number, ServiceInfo>(TABLE.map((s) => [s.port, s]));

/** The service usually found on `port`, if it is a well-known one. */
export function serviceForPort(port: number): ServiceInfo | undefined {
  return BY_PORT.get(port);
}

/** Every known service, ordered by port. */
export function knownServices(): readonly ServiceInfo[] {
  return TABLE;
}

