/** `netmedic faq [ID]`: list the FAQ entries, or show one. */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { configOrExit } from '../config-io';
import { findFaq, nearestFaqs } from '../../knowledge/search';
import { localizedKnowledge } from '../../knowledge/i18n';
import { cliLocale } from '../locale';
import { renderFaqEmbed, renderFaqList } from '../../render/explain';
import { renderEmbedText } from '../../render/terminal';
import { EXIT, type CliCommand, type CliIo } from '../types';
import { CLI_VOICE } from '../../render/voice';
import { knowledgeDirFor, loadKbOrReport } from '../knowledge';

const HELP = `Usage: netmedic faq [--kb DIR] [--locale LOCALE] [ID]
       netmedic faq export --guild ID DIR
       netmedic faq import --guild ID DIR

Without ID: lists the FAQ entries. With ID: shows that entry as the bot would post it.
ID may also be one of an entry's aliases.

export: writes a server's own entries (and its changed shipped ones) to DIR, one <id>.md each,
        in the format of knowledge/faq. Console mode's server is \`--guild console\`.
import: reads every .md in DIR, checks each with the same lint as shipped entries and saves
        all of them or, when any has a problem, none (the problems are listed by file and field).
Both use the database of DATABASE_URL (default ./data/netmedic.sqlite).

Options:
  --kb DIR     Use the knowledge base in DIR (default: KNOWLEDGE_DIR, else the package's
               knowledge/ folder).
  --guild ID   The server (export/import).
  --locale L   Show entries in this language (de, fr, it, tr, ru, pt-BR, es-ES, es-419, or a
               LANG value like de_DE.UTF-8). Default: from LC_ALL / LC_MESSAGES / LANG.
  -h, --help   Show this help.

Exit codes: 0 done, 1 the knowledge base or the import has problems, 2 bad usage or unknown ID.
`;

async function run(args: string[], io: CliIo): Promise<number> {
  let values: { kb?: string; guild?: string; locale?: string; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args, allowPositionals: true, options: { kb: { type: 'string' }, guild: { type: 'string' }, locale: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }));
  } catch (err) {
    io.stderr.write(`netmedic faq: ${(err as Error).message}\nRun \`netmedic faq --help\` for usage.\n`);
    return EXIT.usage;
  }
  if (values.help) {
    io.stdout.write(HELP);
    return EXIT.ok;
  }
  if ((positionals[0] === 'export' || positionals[0] === 'import') && (values.guild !== undefined || positionals.length === 2)) {
    return transfer(positionals[0], values.guild, positionals.slice(1), io);
  }
  if (values.guild !== undefined) {
    io.stderr.write('netmedic faq: --guild goes with export or import\nRun `netmedic faq --help` for usage.\n');
    return EXIT.usage;
  }
  if (positionals.length > 1) {
    io.stderr.write('netmedic faq: give at most one ID\nRun `netmedic faq --help` for usage.\n');
    return EXIT.usage;
  }
  const locale = cliLocale(values.locale, io.env);
  if ('error' in locale) {
    io.stderr.write(`netmedic faq: ${locale.error}\nRun \`netmedic faq --help\` for usage.\n`);
    return EXIT.usage;
  }
  const kb = await loadKbOrReport(knowledgeDirFor(io, values.kb), io, locale.locale);
  if (!kb) return EXIT.failure;
  const view = localizedKnowledge(kb, locale.locale);
  const id = positionals[0];
  if (!id) {
    io.stdout.write(renderEmbedText(renderFaqList(view, CLI_VOICE)) + '\n');
    return EXIT.ok;
  }
  const entry = findFaq(kb, id);
  if (!entry) {
    const near = nearestFaqs(kb, id);
    io.stderr.write(`netmedic faq: no FAQ entry "${id}".`);
    io.stderr.write(near.length ? ` Did you mean: ${near.map((f) => f.id).join(', ')}?\n` : ' Run `netmedic faq` to list them.\n');
    return EXIT.usage;
  }
  io.stdout.write(renderEmbedText(renderFaqEmbed(view.faq(entry.id) ?? entry)) + '\n');
  return EXIT.ok;
}

async function transfer(action: 'export' | 'import', guild: string | undefined, rest: string[], io: CliIo): Promise<number> {
  const dir = rest[0];
  if (!guild || !/^(\d{17,20}|console)$/.test(guild) || !dir || rest.length > 1) {
    io.stderr.write(`netmedic faq ${action}: expected --guild ID (a server id, or console) and one DIR\nRun \`netmedic faq --help\` for usage.\n`);
    return EXIT.usage;
  }
  const config = configOrExit(io);
  if (!config) return EXIT.usage;
  const db = await import('../../store/index.js');
  const target = db.databaseTarget(config.DATABASE_URL);
  const store = db.openStore(target, { poolSize: 1 });
  try {
    await db.migrateToLatest(store);
    const repo = db.createFaqRepo(store);
    if (action === 'export') {
      const { faqToMarkdown } = await import('../../faq/markdown.js');
      const rows = (await repo.list(guild)).filter((r) => !r.hidden);
      mkdirSync(dir, { recursive: true });
      for (const r of rows) writeFileSync(join(dir, `${r.id}.md`), faqToMarkdown(r));
      io.stdout.write(`${rows.length} entries written to ${dir}\n`);
      return EXIT.ok;
    }
    const { readImport } = await import('../../faq/archive.js');
    let names: string[];
    try {
      names = readdirSync(dir).filter((n) => n.endsWith('.md')).sort();
    } catch (err) {
      io.stderr.write(`netmedic faq import: cannot read ${dir}: ${(err as Error).message}\n`);
      return EXIT.usage;
    }
    const read = readImport(names.map((n) => ({ name: n, text: readFileSync(join(dir, n), 'utf8') })));
    if (!read.ok) {
      // In English, as the rest of this command's operator output.
      const [{ problemText }, { messagesFor }] = await Promise.all([import('../../render/faq.js'), import('../../render/i18n/messages.js')]);
      const en = messagesFor('en');
      io.stderr.write(`netmedic faq import: nothing imported; ${read.problems.length} problem(s):\n`);
      for (const p of read.problems) io.stderr.write(`  ${p.file}${p.line ? `:${p.line}` : ''} ${p.field ?? ''}: ${problemText(en, p)}\n`);
      return EXIT.failure;
    }
    const n = await repo.importAll(guild, read.entries, 'cli');
    io.stdout.write(`${n} entries imported into ${guild}\n`);
    return EXIT.ok;
  } catch (err) {
    io.stderr.write(`netmedic faq ${action}: ${db.describeTarget(target)}: ${(err as Error).message}\n`);
    return EXIT.failure;
  } finally {
    await store.close();
  }
}

export const command: CliCommand = { name: 'faq', summary: 'List FAQ entries or show one', help: HELP, run };
