/**
 * --locale and LANG for the CLI (`explain`, `faq`, `check`) and console mode: knowledge content in
 * the chosen language, LANG / LC_ALL as the default, English for C/POSIX or an untranslated
 * language, a clear usage error for a bad --locale.
 */
import { PassThrough, Readable } from 'node:stream';
import { command as check } from '../../src/cli/commands/check';
import { command as explain } from '../../src/cli/commands/explain';
import { command as faq } from '../../src/cli/commands/faq';
import type { CliCommand, CliIo } from '../../src/cli/types';
import { localized, localizedFaq } from '../../src/knowledge/i18n';
import { loadKnowledgeBaseSync } from '../../src/knowledge/load';
import { builtCliExists, runCli, type RunningProcess } from '../support/bot-process';
import { closedPort } from '../support/servers';
import { scaled } from '../support/timing';

jest.setTimeout(scaled(30_000));

const loaded = loadKnowledgeBaseSync();
if (!('kb' in loaded)) throw new Error('knowledge base has problems');
const kb = loaded.kb;

async function run(cmd: CliCommand, args: string[], env: Record<string, string> = {}): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  const io: CliIo = { stdout, stderr, stdin: Readable.from([]), env };
  const code = await cmd.run(args, io);
  return { code, out, err };
}

const REFUSED = 'Error: connect ECONNREFUSED 127.0.0.1:5432';

describe('netmedic explain --locale / LANG', () => {
  it('--locale de answers in German, with the translated headings', async () => {
    const r = await run(explain, ['--locale', 'de', REFUSED]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Verbindung abgelehnt');
    expect(r.out).toContain('Häufige Ursachen');
    expect(r.out).not.toContain('Likely causes');
  });

  it('LANG=pt_BR.UTF-8 is the default; LC_ALL overrides LANG; --locale overrides both', async () => {
    const pt = localized(kb, 'connection-refused', 'pt-BR')!.title;
    const ru = localized(kb, 'connection-refused', 'ru')!.title;
    expect((await run(explain, ['--json', REFUSED], { LANG: 'pt_BR.UTF-8' })).out).toContain(`"title": "${pt}"`);
    expect((await run(explain, ['--json', REFUSED], { LANG: 'pt_BR.UTF-8', LC_ALL: 'ru_RU.UTF-8' })).out).toContain(`"title": "${ru}"`);
    expect((await run(explain, ['--json', '--locale', 'en-US', REFUSED], { LANG: 'pt_BR.UTF-8' })).out).toContain('"title": "Connection refused"');
  });

  it('LANG=es_MX.UTF-8 reads the es-ES translation', async () => {
    const r = await run(explain, ['--json', REFUSED], { LANG: 'es_MX.UTF-8' });
    expect(JSON.parse(r.out).embed.title).toBe(localized(kb, 'connection-refused', 'es-ES')!.title);
  });

  it('C, POSIX or an untranslated language: exactly the English output', async () => {
    const english = await run(explain, [REFUSED]);
    for (const LANG of ['C.UTF-8', 'POSIX', 'ja_JP.UTF-8']) expect((await run(explain, [REFUSED], { LANG })).out).toBe(english.out);
  });

  it('a bad --locale is a usage error', async () => {
    const r = await run(explain, ['--locale', 'nonsense', REFUSED]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/unknown locale "nonsense"/);
  });
});

describe('netmedic faq --locale', () => {
  it('shows an entry and the list in Italian', async () => {
    const it_ = localizedFaq(kb, 'port-forwarding', 'it')!;
    const one = await run(faq, ['--locale', 'it', 'port-forwarding']);
    expect(one.code).toBe(0);
    expect(one.out).toContain(it_.title);
    const list = await run(faq, [], { LANG: 'it_IT.UTF-8' });
    expect(list.out).toContain(it_.title);
  });

  it('a bad --locale is a usage error', async () => {
    expect((await run(faq, ['--locale', '??', 'port-forwarding'])).code).toBe(2);
  });
});

describe('netmedic check --locale', () => {
  it('the article part of a refused port in French', async () => {
    const port = await closedPort();
    const r = await run(check, ['--allow-private', '--locale', 'fr', '--protocol', 'tcp', `127.0.0.1:${port}`], { PROBE_TCP_TIMEOUT_MS: '2000', PROBE_DEADLINE_MS: '6000' });
    const fr = localized(kb, 'connection-refused', 'fr')!;
    expect(r.out).toContain(fr.sections.fix[0]!.replace(/\s+/g, ' ').trim().slice(0, 40));
  });

  it('a bad --locale is a usage error before anything is probed', async () => {
    const r = await run(check, ['--locale', 'nonsense', '127.0.0.1:1']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--locale: unknown locale/);
  });
});

describe('console mode --locale (real CLI, piped stdin)', () => {
  beforeAll(() => {
    if (!builtCliExists()) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
  });

  async function finished(proc: RunningProcess): Promise<{ code: number; out: string; err: string }> {
    const code = await proc.exited;
    return { code, out: proc.stdout(), err: proc.stderr() };
  }

  it('netmedic console --locale tr answers /explain in Turkish', async () => {
    const { code, out } = await finished(runCli(['console', '--locale', 'tr'], {}, '/explain ECONNREFUSED\n'));
    expect(code).toBe(0);
    expect(out).toContain(localized(kb, 'connection-refused', 'tr')!.title);
  });

  it('netmedic start without a token takes the language from LANG', async () => {
    const { code, out } = await finished(runCli(['start'], { LANG: 'fr_FR.UTF-8' }, '/explain ECONNREFUSED\n'));
    expect(code).toBe(0);
    expect(out).toContain(localized(kb, 'connection-refused', 'fr')!.title);
  });

  it('a bad --locale is a usage error', async () => {
    const { code, err } = await finished(runCli(['console', '--locale', 'nonsense'], {}, ''));
    expect(code).toBe(2);
    expect(err).toMatch(/unknown locale "nonsense"/);
  });
});
