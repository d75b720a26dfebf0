/**
 * The words about a well-known port in an explain reply: the service's name where it is words
 * ("a development server", "Remote Desktop"), and the hint that opens the likely causes
 * ("port 5432 is PostgreSQL's default; …"), in the reader's language (`explain-service-…` and
 * `explain-port-hint-…` messages). Product and protocol names (PostgreSQL, SSH) stay as they are.
 * Pure.
 */
import type { ServiceInfo } from '../matcher/ports';
import { serviceForPort } from '../matcher/ports';
import type { Messages } from './i18n/messages';

/** Service names that are words, by the matcher's English name. */
const SERVICE_WORDS: Readonly<Record<string, string>> = {
  'FTP data': 'explain-service-ftp-data',
  'SMTP submission': 'explain-service-smtp-submission',
  'SOCKS proxy': 'explain-service-socks-proxy',
  'a development server': 'explain-service-dev-server',
  'Remote Desktop': 'explain-service-remote-desktop',
  'game server': 'explain-service-game-server',
  'HTTP alternate': 'explain-service-http-alternate',
  'HTTPS alternate': 'explain-service-https-alternate',
  'PHP-FPM / dev server': 'explain-service-php-fpm',
  'Prometheus / admin UI': 'explain-service-prometheus',
  'Source game server': 'explain-service-source-game-server',
};

/** The service's name as the reader says it. */
export function serviceName(service: Pick<ServiceInfo, 'name'>, t: Messages): string {
  const id = SERVICE_WORDS[service.name];
  return id ? t(id) : service.name;
}

/** The hint for a connection error on `port`: the port's own, else the generic one. */
export function portHintText(port: number, t: Messages): string {
  const own = `explain-port-hint-${port}`;
  if (t.has(own)) return t(own);
  const service = serviceForPort(port);
  if (service) return t('explain-port-hint-known', { port: String(port), service: serviceName(service, t) });
  return t('explain-port-hint-unknown', { port: String(port) });
}
