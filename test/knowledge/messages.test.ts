/**
 * Localised system messages (knowledge/messages/<locale>.yaml): loading into the articles'
 * phrases, the loader's and the linter's problems (file:line field), and the shipped catalogue data.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultKnowledgeDir, loadKnowledgeBase, loadKnowledgeBaseSync } from '../../src/knowledge/load';
import { formatProblem } from '../../src/render/knowledge-problems';
import { lintKnowledgeBase } from '../../src/kb-tools/lint';
import { messagePhrases, splitAtPlaceholders } from '../../src/knowledge/messages';
import type { KnowledgeBase, KnowledgeProblem } from '../../src/knowledge/types';

const VALID = join(__dirname, 'fixtures', 'valid');
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** A copy of the valid fixture with the given message files (name → YAML text). */
function kbWith(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'netmedic-msg-'));
  dirs.push(root);
  const dir = join(root, 'knowledge');
  cpSync(VALID, dir, { recursive: true });
  mkdirSync(join(dir, 'messages'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'messages', name), text);
  return dir;
}

function kbOf(r: { kb: KnowledgeBase } | { problems: KnowledgeProblem[] }): KnowledgeBase {
  if (!('kb' in r)) throw new Error(r.problems.map(formatProblem).join('\n'));
  return r.kb;
}

const RU = `locale: ru
sources:
  glibc: test catalogue
  chromium: test browser strings
messages:
  - article: name-lookup
    source: glibc
    ref: Name or service not known
    text: Неизвестное имя или служба
  - article: port-closed
    source: chromium
    ref: IDS_ERRORPAGES_SUMMARY_CONNECTION_REFUSED
    text: Сайт $1 не позволяет установить соединение.
  - article: port-closed
    source: glibc
    text: 'Connection refused'
  - article: name-lookup
    source: chromium
    text: Не удалось найти IP-адрес сервера $1.
    match: [Не удалось найти IP-адрес сервера]
`;

describe('message phrases', () => {
  it('placeholders split a text into the pieces that are matched; single words between them are dropped', () => {
    expect(splitAtPlaceholders('$1 refused to connect.')).toEqual(['refused to connect.']);
    expect(messagePhrases({ text: 'Сайт $1 не позволяет установить соединение.' })).toEqual(['не позволяет установить соединение.']);
    expect(messagePhrases({ text: 'Verbindungsaufbau abgelehnt' })).toEqual(['Verbindungsaufbau abgelehnt']);
    expect(messagePhrases({ text: 'Die Server-IP-Adresse von $1 wurde nicht gefunden.', match: ['Die Server-IP-Adresse von'] })).toEqual(['Die Server-IP-Adresse von']);
  });
});

describe('loading message files', () => {
  it('adds each message to its article’s phrases, once, and leaves other articles alone', async () => {
    const dir = kbWith({ 'ru.yaml': RU });
    const kb = kbOf(await loadKnowledgeBase(dir));
    const lookup = kb.article('name-lookup')!;
    expect(lookup.phrases).toEqual(['could not resolve host', 'Name or service not known', 'Nom ou service inconnu', 'Неизвестное имя или служба', 'Не удалось найти IP-адрес сервера']);
    // "Connection refused" is already a phrase of port-closed (case aside): not repeated.
    expect(kb.article('port-closed')!.phrases).toEqual(['connection refused', 'actively refused it', 'не позволяет установить соединение.']);
    expect(kbOf(loadKnowledgeBaseSync(dir)).article('name-lookup')!.phrases).toEqual(lookup.phrases);
  });

  it('a knowledge directory without messages/ loads as before', () => {
    const kb = kbOf(loadKnowledgeBaseSync(VALID));
    expect(kb.article('name-lookup')!.phrases).toEqual(['could not resolve host', 'Name or service not known', 'Nom ou service inconnu']);
  });

  it('refuses a message file with an empty text, a missing field or an unknown field, naming file, line and field', async () => {
    const bad = `locale: de
sources:
  glibc: test
messages:
  - article: name-lookup
    source: glibc
    text: ''
  - article: port-closed
    text: Verbindung abgelehnt
  - article: port-closed
    source: glibc
    text: Verbindung abgelehnt
    colour: red
`;
    const r = await loadKnowledgeBase(kbWith({ 'de.yaml': bad }));
    expect('problems' in r).toBe(true);
    const lines = (r as { problems: KnowledgeProblem[] }).problems.map(formatProblem);
    expect(lines).toContain('knowledge/messages/de.yaml:7 messages[0].text: must not be empty');
    expect(lines).toContain('knowledge/messages/de.yaml:8 messages[1].source: is required');
    expect(lines).toContain('knowledge/messages/de.yaml:13 messages[2].colour: unknown field');
  });

  it('refuses YAML that does not parse', async () => {
    const r = await loadKnowledgeBase(kbWith({ 'fr.yaml': 'locale: fr\nmessages: [\n' }));
    expect('problems' in r && r.problems[0]!.file).toBe('knowledge/messages/fr.yaml');
  });
});

describe('linting message files', () => {
  it('the example file is clean', () => {
    const lines = lintKnowledgeBase(kbWith({ 'ru.yaml': RU })).map(formatProblem);
    expect(lines.filter((l) => l.includes('messages/ru.yaml'))).toEqual([]);
    // The fixture has only ru: the other required locales are reported missing.
    expect(lines).toContain('knowledge/messages/de.yaml: required locale "de" has no message file');
    expect(lines).not.toContain('knowledge/messages/ru.yaml: required locale "ru" has no message file');
  });

  it('reports unknown articles and sources, duplicates, phrases of another article, bad match parts, nothing to match, and a wrong locale', () => {
    const bad = `locale: it
sources:
  glibc: test
messages:
  - article: nowhere
    source: glibc
    text: Host sconosciuto
  - article: port-closed
    source: kernel
    text: Connessione rifiutata
  - article: port-closed
    source: glibc
    text: 'Connessione   RIFIUTATA'
  - article: port-closed
    source: glibc
    text: Nom ou service inconnu
  - article: name-lookup
    source: glibc
    text: Impossibile $1.
  - article: name-lookup
    source: glibc
    text: Errore temporaneo nella risoluzione del nome
    match: [errore temporaneo nella risoluzione]
`;
    const other = `locale: es
sources:
  glibc: test
messages:
  - article: name-lookup
    source: glibc
    text: Connessione rifiutata
`;
    const lines = lintKnowledgeBase(kbWith({ 'de.yaml': bad, 'es.yaml': other })).map(formatProblem);
    const mine = lines.filter((l) => l.includes('messages/') && !l.includes('required locale'));
    expect(mine).toEqual([
      'knowledge/messages/de.yaml:1 locale: "it" does not match the file name "de"',
      'knowledge/messages/de.yaml:5 messages[0].article: unknown article id "nowhere"',
      'knowledge/messages/de.yaml:8 messages[1].source: unknown source "kernel" (declare it under sources: glibc)',
      'knowledge/messages/de.yaml:11 messages[2]: "Connessione   RIFIUTATA" is listed twice in this file (after normalization)',
      'knowledge/messages/de.yaml:14 messages[3]: "Nom ou service inconnu" is also claimed by name-lookup (knowledge/name-lookup.md)',
      'knowledge/messages/de.yaml:17 messages[4].text: leaves nothing to match (a piece between placeholders needs two words, or give match:)',
      'knowledge/messages/de.yaml:20 messages[5].match[0]: "errore temporaneo nella risoluzione" is not part of the text; match only what the catalogue says',
      'knowledge/messages/es.yaml:5 messages[0]: "Connessione rifiutata" is also given for port-closed (knowledge/messages/de.yaml:8)',
    ]);
  });
});

describe('the shipped message catalogues', () => {
  let kb: KnowledgeBase;
  beforeAll(() => {
    kb = kbOf(loadKnowledgeBaseSync(defaultKnowledgeDir()));
  });

  it('cover the required locales and are lint-clean', () => {
    const lines = lintKnowledgeBase(defaultKnowledgeDir()).map(formatProblem);
    expect(lines).toEqual([]);
  });

  it.each([
    ['dns-failure', 'Неизвестное имя или служба'],
    ['dns-failure', 'Временный сбой в разрешении имен'],
    ['connection-refused', 'Bağlantı reddedildi'],
    ['dns-failure', 'İsim ya da servis bilinmiyor'],
    ['connection-timeout', 'Tempo esgotado para conexão'],
    ['connection-refused', 'Ligação recusada'],
    ['address-in-use', 'Adres jest już w użyciu'],
    ['network-unreachable', 'Netwerk is onbereikbaar'],
    ['dns-failure', '名前またはサービスが不明です'],
    ['host-unreachable', '没有到主机的路由'],
  ])('%s has the catalogue text "%s"', (id, text) => {
    expect(kb.article(id)!.phrases).toContain(text);
  });
});
