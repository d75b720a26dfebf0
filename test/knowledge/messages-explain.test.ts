/**
 * `/explain` on localised system messages: texts as operating systems, C libraries and browsers
 * print them in other languages (the catalogues in knowledge/messages/) reach the right article,
 * with a confident answer, through the same engine and the CLI's `explain --json`.
 */
import { PassThrough, Readable } from 'node:stream';
import { command as explain } from '../../src/cli/commands/explain';
import type { CliIo } from '../../src/cli/types';
import { defaultKnowledgeDir, loadKnowledgeBaseSync } from '../../src/knowledge/load';
import { formatProblem } from '../../src/render/knowledge-problems';
import type { KnowledgeBase } from '../../src/knowledge/types';
import { match } from '../../src/matcher/match';

let kb: KnowledgeBase;
beforeAll(() => {
  const r = loadKnowledgeBaseSync(defaultKnowledgeDir());
  if (!('kb' in r)) throw new Error(r.problems.map(formatProblem).join('\n'));
  kb = r.kb;
});

// Lines as tools print them with the localised message inside (hosts and ports are examples).
const CASES: [string, string][] = [
  // glibc strerror / gai_strerror
  ['dns-failure', 'ping: panel.example.tv: Неизвестное имя или служба'],
  ['dns-failure', 'ssh: Could not resolve hostname gw.example: Временный сбой в разрешении имен'],
  ['connection-refused', 'ssh: connect to host 203.0.113.5 port 22: Bağlantı reddedildi'],
  ['dns-failure', 'getaddrinfo: İsim ya da servis bilinmiyor'],
  ['connection-timeout', 'ssh: connect to host 203.0.113.5 port 22: Tempo esgotado para conexão'],
  ['connection-refused', 'nc: connect to 203.0.113.5 port 80 (tcp) failed: Ligação recusada'],
  ['address-in-use', 'bind: Adres jest już w użyciu'],
  ['network-unreachable', 'connect: Netwerk is onbereikbaar'],
  ['host-unreachable', 'ssh: connect to host 203.0.113.5 port 22: Keine Route zum Zielrechner'],
  ['dns-failure', 'ping: example.invalid: 名前またはサービスが不明です'],
  ['connection-reset', 'read: 连接被对方重设'],
  // Windows (FormatMessage) texts
  ['connection-refused', 'ConnectionRefusedError: [WinError 10061] Hedef makine etkin olarak reddettiğinden bağlantı kurulamadı'],
  ['connection-timeout', 'TimeoutError: [WinError 10060] Uma tentativa de conexão falhou porque o componente conectado não respondeu corretamente após um período de tempo ou a conexão estabelecida falhou porque o host conectado não respondeu.'],
  ['connection-reset', 'System.IO.IOException: Удаленный хост принудительно разорвал существующее подключение.'],
  ['dns-failure', 'SocketException: そのようなホストは不明です。'],
  ['address-in-use', 'OSError: [WinError 10048] Normalerweise darf jede Socketadresse (Protokoll, Netzwerkadresse oder Anschluss) nur jeweils einmal verwendet werden'],
  ['connection-timeout', "[WinError 10060] Impossibile stabilire la connessione. Risposta non corretta della parte connessa dopo l'intervallo di tempo oppure mancata risposta dall'host collegato"],
  // Windows ping.exe
  ['host-unreachable', 'Antwort von 192.168.1.1: Zielhost nicht erreichbar.'],
  ['dns-failure', 'При проверке связи не удалось обнаружить узел nas.local. Проверьте имя узла и повторите попытку.'],
  // Browser error pages (Chromium, Firefox)
  ['connection-refused', 'Não é possível acessar esse site\nA conexão com exemplo.com.br foi recusada.'],
  ['dns-failure', 'Не удается получить доступ к сайту\nНе удалось найти IP-адрес сервера example.ru.'],
  ['connection-timeout', 'Bu siteye ulaşılamıyor\nexample.com.tr ana makinesinin yanıt vermesi çok uzun sürdü.'],
  ['http-redirect-loop', 'La pagina example.es te ha redirigido demasiadas veces.'],
  ['connection-timeout', 'Fehler: Netzwerk-Zeitüberschreitung'],
  ['tls-certificate', 'Attenzione: potenziale rischio per la sicurezza'],
];

describe('localised system messages', () => {
  it.each(CASES)('%s for %j', (id, text) => {
    const m = match(text, kb);
    expect(m.match?.id).toBe(id);
    expect(m.confident).toBe(true);
  });

  it('explain --json answers the Russian glibc text with the DNS article', async () => {
    const stdout = new PassThrough();
    let out = '';
    stdout.on('data', (d: Buffer) => (out += d.toString()));
    const io: CliIo = { stdout, stderr: new PassThrough(), stdin: Readable.from([]), env: {} };
    const code = await explain.run(['--json', 'curl: (6) Неизвестное имя или служба'], io);
    expect(code).toBe(0);
    const j = JSON.parse(out) as { match: { id: string; evidence: string[] }; confident: boolean };
    expect(j.match.id).toBe('dns-failure');
    expect(j.match.evidence.join(' ')).toContain('Неизвестное имя или служба');
  });
});
