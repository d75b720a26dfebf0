/** `netmedic kb lint|list`: knowledge base tools. */
import { parseArgs } from 'node:util';
import { lintKnowledgeDir } from '../../kb-tools/lint';
import { loadKnowledgeBase } from '../../knowledge/load';
import { cliLocale } from '../locale';
import { catalogueCoverage, formatCatalogueCoverage, lintCatalogues } from '../../render/i18n/catalog-lint';
import { formatCoverage, formatProblem } from '../../render/knowledge-problems';
import { knowledgeDirFor, reportKnowledgeProblems } from '../knowledge';
import { configOrExit } from '../config-io';
import type { LearningService } from '../../learn/service';
import { EXIT, type CliCommand, type CliIo } from '../types';

const HELP = `Usage: netmedic kb lint [--kb DIR] [--require-translations]
       netmedic kb list [--kb DIR] [--json]
       netmedic kb gaps --guild ID [--days N] [--json] [--locale LOCALE]
       netmedic kb stats --guild ID [--weeks N] [--json] [--locale LOCALE]

  lint   Check every article and FAQ entry: frontmatter, sections, ids, related links, codes
         and phrases claimed twice, Discord embed limits, required articles; and every
         translation in knowledge/i18n/ against its English original (headings, code blocks,
         inline code, links, text left in English). Prints problems as
         "file:line field: message" (stdout) and the translation coverage per locale (stderr),
         and exits 1 if there are any problems.
  list   List the articles (id, category, title, number of codes and phrases) and FAQ entries.
  gaps   The most frequent errors netmedic could not answer in a server over the last N days
         (default 7), from the database of DATABASE_URL. Console mode's server is "console".
  stats  Answer rate, helpful rate and top articles per week in a server over the last N weeks
         (default 4): the numbers /kb stats shows.

Options:
  --kb DIR     The knowledge directory (default: KNOWLEDGE_DIR, else the package's knowledge/
               folder).
  --json       (list, gaps, stats) Print JSON instead of text.
  --guild ID   (gaps, stats) The server.
  --weeks N    (stats) How far back, in weeks (1–25).
  --days N     (gaps) How far back, in days.
  --locale L   (gaps, stats) The language of the text output (de, fr, it, tr, ru, pt-BR,
               es-ES, es-419, or a LANG value). Default: from LC_ALL / LC_MESSAGES / LANG.
               --json output is not translated.
  --require-translations
               (lint) A missing translation (any locale, article or FAQ entry) is a problem.
  -h, --help   Show this help.
`;

function usage(io: CliIo, message: string): number {
  io.stderr.write(`netmedic kb: ${message}\nRun \`netmedic kb --help\` for usage.\n`);
  return EXIT.usage;
}

async function run(args: string[], io: CliIo): Promise<number> {
  let values: { kb?: string; json?: boolean; help?: boolean; guild?: string; days?: string; weeks?: string; locale?: string; 'require-translations'?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { kb: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' }, guild: { type: 'string' }, days: { type: 'string' }, weeks: { type: 'string' }, locale: { type: 'string' }, 'require-translations': { type: 'boolean' } },
    }));
  } catch (err) {
    return usage(io, (err as Error).message);
  }
  if (values.help) {
    io.stdout.write(HELP);
    return EXIT.ok;
  }
  const [sub, ...extra] = positionals;
  if (!sub) return usage(io, 'missing subcommand (lint or list)');
  if (extra.length) return usage(io, `unexpected argument "${extra[0]}"`);
  if (sub === 'gaps') return gaps(values, io);
  if (sub === 'stats') return stats(values, io);
  if (values.weeks !== undefined) return usage(io, '--weeks is for "kb stats"');
  if (values.locale !== undefined) return usage(io, '--locale is for "kb gaps" and "kb stats"');
  if (values.guild !== undefined || values.days !== undefined) return usage(io, '--guild and --days are for "kb gaps"');
  const dir = knowledgeDirFor(io, values.kb);

  if (sub === 'lint') {
    if (values.json) return usage(io, '--json is for "kb list"');
    // Lint checks everything the loader checks, and more: one read of the files is enough.
    const { problems, articles, faqs, coverage } = lintKnowledgeDir(dir, { requireTranslations: values['require-translations'] === true });
    // The UI message catalogues (src/render/locales) are shipped words too: their syntax, ids and
    // variables always; with --require-translations, every locale complete.
    const strict = values['require-translations'] === true;
    const catalogue = lintCatalogues().filter((p) => strict || (p.kind !== 'missing' && p.kind !== 'untranslated'));
    for (const p of catalogue) problems.push({ file: `src/render/locales/${p.locale}/${p.file}`, line: p.line, field: p.id, message: `${p.kind}: ${p.detail}` });
    for (const p of problems) io.stdout.write(formatProblem(p) + '\n');
    // The coverage table is a report for people: stderr, so stdout stays problems (or the OK line).
    if (coverage.length) io.stderr.write(formatCoverage(coverage).join('\n') + '\n');
    io.stderr.write(formatCatalogueCoverage(catalogueCoverage()).join('\n') + '\n');
    if (problems.length) {
      io.stderr.write(`${problems.length} problem${problems.length === 1 ? '' : 's'} found\n`);
      return EXIT.failure;
    }
    io.stdout.write(`knowledge base OK: ${articles} articles, ${faqs} FAQ entries\n`);
    return EXIT.ok;
  }
  if (values['require-translations']) return usage(io, '--require-translations is for "kb lint"');
  if (sub === 'list') {
    const loaded = await loadKnowledgeBase(dir);
    if ('problems' in loaded) {
      reportKnowledgeProblems(loaded.problems, io);
      return EXIT.failure;
    }
    const { kb } = loaded;
    if (values.json) {
      const out = {
        articles: kb.articles.map((a) => ({ id: a.id, category: a.category, title: a.title, codes: a.codes.length, phrases: a.phrases.length })),
        faqs: kb.faqs.map((f) => ({ id: f.id, title: f.title, aliases: f.aliases })),
      };
      io.stdout.write(JSON.stringify(out, null, 2) + '\n');
      return EXIT.ok;
    }
    const idW = Math.max(2, ...kb.articles.map((a) => a.id.length));
    const catW = Math.max(8, ...kb.articles.map((a) => a.category.length));
    io.stdout.write(`Articles (${kb.articles.length}):\n`);
    io.stdout.write(`  ${'ID'.padEnd(idW)}  ${'CATEGORY'.padEnd(catW)}  CODES  PHRASES  TITLE\n`);
    for (const a of kb.articles) {
      io.stdout.write(`  ${a.id.padEnd(idW)}  ${a.category.padEnd(catW)}  ${String(a.codes.length).padStart(5)}  ${String(a.phrases.length).padStart(7)}  ${a.title}\n`);
    }
    const fW = Math.max(2, ...kb.faqs.map((f) => f.id.length));
    io.stdout.write(`\nFAQ entries (${kb.faqs.length}):\n`);
    for (const f of kb.faqs) io.stdout.write(`  ${f.id.padEnd(fW)}  ${f.title}\n`);
    return EXIT.ok;
  }
  return usage(io, `unknown subcommand "${sub}" (expected lint or list)`);
}

/** How far back a learning report looks: `--days` (gaps) or `--weeks` (stats). */
interface ReportRange {
  flag: '--days' | '--weeks';
  value: string | undefined;
  fallback: number;
  max: number;
}

/**
 * `kb gaps` and `kb stats`: the same checks of --guild, --locale and the range, the same store and
 * learning service; `report` turns the service's answer into the output line(s).
 */
async function learningReport(
  sub: 'gaps' | 'stats',
  values: { guild?: string; locale?: string },
  range: ReportRange,
  io: CliIo,
  report: (learning: LearningService, guild: string, n: number, locale: string | undefined) => Promise<string>,
  misplaced: string | null = null,
): Promise<number> {
  if (!values.guild || !/^(\d{17,20}|console)$/.test(values.guild)) return usage(io, `kb ${sub} needs --guild ID (a server id, or console)`);
  const locale = cliLocale(values.locale, io.env);
  if ('error' in locale) return usage(io, locale.error);
  if (misplaced) return usage(io, misplaced);
  const n = range.value === undefined ? range.fallback : Number(range.value);
  if (!Number.isInteger(n) || n < 1 || n > range.max) return usage(io, `${range.flag} must be a whole number 1–${range.max}, got "${range.value}"`);
  const config = configOrExit(io);
  if (!config) return EXIT.usage;
  const db = await import('../../store/index.js');
  const { createLearning } = await import('../../learn/service.js');
  const target = db.databaseTarget(config.DATABASE_URL);
  const store = db.openStore(target, { poolSize: 1 });
  try {
    await db.migrateToLatest(store);
    const learning = createLearning(db.createGapsRepo(store), config.KB_GAPS_RETENTION_DAYS);
    io.stdout.write((await report(learning, values.guild, n, locale.locale)) + '\n');
    return EXIT.ok;
  } catch (err) {
    io.stderr.write(`netmedic kb ${sub}: ${db.describeTarget(target)}: ${(err as Error).message}\n`);
    return EXIT.failure;
  } finally {
    await store.close();
  }
}

function gaps(values: { json?: boolean; guild?: string; days?: string; locale?: string }, io: CliIo): Promise<number> {
  return learningReport('gaps', values, { flag: '--days', value: values.days, fallback: 7, max: 365 }, io, async (learning, guild, days, locale) => {
    const [{ clusters, total }, on] = await Promise.all([learning.gaps(guild, days), learning.learning(guild)]);
    if (values.json) return JSON.stringify({ guild, days, learning: on, total, clusters });
    const { renderGaps } = await import('../../render/gaps.js');
    const { renderEmbedText } = await import('../../render/terminal.js');
    return renderEmbedText(renderGaps(clusters, total, days, on, locale));
  });
}

function stats(values: { json?: boolean; guild?: string; weeks?: string; days?: string; locale?: string }, io: CliIo): Promise<number> {
  const misplaced = values.days !== undefined ? '--days is for "kb gaps"; kb stats takes --weeks' : null;
  return learningReport('stats', values, { flag: '--weeks', value: values.weeks, fallback: 4, max: 25 }, io, async (learning, guild, weeks, locale) => {
    const result = await learning.stats(guild, weeks);
    if (values.json) return JSON.stringify(result);
    const { renderStats } = await import('../../render/stats.js');
    const { renderEmbedText } = await import('../../render/terminal.js');
    return renderEmbedText(renderStats(result, undefined, locale));
  }, misplaced);
}

export const command: CliCommand = { name: 'kb', summary: 'Knowledge base tools: lint, list', help: HELP, run };
