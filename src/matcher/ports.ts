/**
 * Well-known ports of services people run and ask about, with a short hint used to narrow the
 * "likely causes" of an explain reply ("port 5432 is PostgreSQL's default; …").
 */

export interface ServiceInfo {
  port: number;
  name: string;
  /** One sentence shown when this port appears in a connection error. */
  hint?: string;
}

const TABLE: ServiceInfo[] = [
  { port: 20, name: 'FTP data' },
  { port: 21, name: 'FTP', hint: 'is the FTP server running, and does the firewall allow port 21 (and the passive range)?' },
  { port: 22, name: 'SSH', hint: 'is sshd running and listening on that address, and does the firewall allow port 22?' },
  { port: 23, name: 'Telnet' },
  { port: 25, name: 'SMTP', hint: 'many ISPs and cloud providers block outgoing port 25; try 587 for mail submission.' },
  { port: 53, name: 'DNS', hint: 'is the DNS server reachable on port 53 (UDP and TCP)?' },
  { port: 80, name: 'HTTP', hint: 'is the web server running and listening on port 80, and does the firewall allow it?' },
  { port: 110, name: 'POP3' },
  { port: 143, name: 'IMAP' },
  { port: 443, name: 'HTTPS', hint: 'is the web server running and listening on port 443, and does the firewall allow it?' },
  { port: 465, name: 'SMTPS' },
  { port: 587, name: 'SMTP submission' },
  { port: 993, name: 'IMAPS' },
  { port: 995, name: 'POP3S' },
  { port: 1080, name: 'SOCKS proxy', hint: 'is the local proxy (SOCKS on 1080) actually running? Proxy settings often outlive the proxy app.' },
  { port: 1433, name: 'Microsoft SQL Server', hint: "is SQL Server running with TCP/IP enabled and listening on 1433 (SQL Server Configuration Manager)?" },
  { port: 1521, name: 'Oracle Database' },
  { port: 1883, name: 'MQTT' },
  { port: 2375, name: 'Docker API' },
  { port: 2376, name: 'Docker API (TLS)' },
  { port: 3000, name: 'a development server', hint: 'is your dev server (often Node on 3000) running, and listening on this address rather than only localhost?' },
  { port: 3306, name: 'MySQL', hint: "port 3306 is MySQL/MariaDB's default; is the database running and listening on that address (bind-address)?" },
  { port: 3389, name: 'Remote Desktop', hint: 'is Remote Desktop enabled on the target, and does the firewall allow port 3389?' },
  { port: 5000, name: 'a development server' },
  { port: 5060, name: 'SIP' },
  { port: 5222, name: 'XMPP' },
  { port: 5432, name: 'PostgreSQL', hint: "port 5432 is PostgreSQL's default; is the database running and listening on that address (listen_addresses, pg_hba.conf)?" },
  { port: 5672, name: 'RabbitMQ' },
  { port: 5900, name: 'VNC' },
  { port: 6379, name: 'Redis', hint: "port 6379 is Redis's default; is redis-server running, and is it bound to this address (bind, protected-mode)?" },
  { port: 6443, name: 'Kubernetes API' },
  { port: 7777, name: 'game server' },
  { port: 8000, name: 'a development server' },
  { port: 8080, name: 'HTTP alternate', hint: 'port 8080 is a common alternate HTTP port (proxies, dev servers, IPTV panels); is that service running on it?' },
  { port: 8443, name: 'HTTPS alternate' },
  { port: 8888, name: 'HTTP alternate' },
  { port: 9000, name: 'PHP-FPM / dev server' },
  { port: 9090, name: 'Prometheus / admin UI' },
  { port: 9200, name: 'Elasticsearch', hint: "port 9200 is Elasticsearch's default; is the node running and is network.host set to this address?" },
  { port: 11211, name: 'Memcached' },
  { port: 25565, name: 'Minecraft', hint: "port 25565 is Minecraft's default; is the server running, and is the port forwarded on the router?" },
  { port: 27015, name: 'Source game server' },
  { port: 27017, name: 'MongoDB', hint: "port 27017 is MongoDB's default; is mongod running, and is bindIp set to this address?" },
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

/** A generic hint when the port is known but not in the table. */
export function portHint(port: number): string {
  const service = serviceForPort(port);
  if (service?.hint) return service.hint;
  if (service) return `port ${port} is usually ${service.name}; is that service running and listening on that address?`;
  return `is the service that should answer on port ${port} running and listening on that address?`;
}
