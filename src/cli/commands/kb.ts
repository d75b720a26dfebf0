/** `netmedic kb lint|list`: knowledge base tools. */
import { parseArgs } from 'node:util';
import { lintKnowledgeDir } from '../../knowledge/lint';
import { formatCoverage } from '../../knowledge/translations';
import { defaultKnowledgeDir, formatProblem, loadKnowledgeBase } from '../../knowledge/load';
import { EXIT, type CliCommand, type CliIo } from '../types';

const HELP = `Usage: netmedic kb lint [--kb DIR] [--require-translations]
       netmedic kb list [--kb DIR] [--json]

  lint   Check every article and FAQ entry: frontmatter, sections, ids, related links, codes
         and phrases claimed twice, Discord embed limits, required articles; and every
         translation in knowledge/i18n/ against its English original (headings, code blocks,
         inline code, links, text left in English). Prints problems as
         "file:line field: message" (stdout) and the translation coverage per locale (stderr),
         and exits 1 if there are any problems.
  list   List the articles (id, category, title, number of codes and phrases) and FAQ entries.

Options:
  --kb DIR     The knowledge directory (default: the package's knowledge/ folder).
  --json       (list) Print JSON instead of a table.
  --require-translations
               (lint) A missing translation (any locale, article or FAQ entry) is a problem.
  -h, --help   Show this help.
`;

function usage(io: CliIo, message: string): number {
  io.stderr.write(`netmedic kb: ${message}\nRun \`netmedic kb --help\` for usage.\n`);
  return EXIT.usage;
}

async function run(args: string[], io: CliIo): Promise<number> {
  let values: { kb?: string; json?: boolean; help?: boolean; 'require-translations'?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { kb: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' }, 'require-translations': { type: 'boolean' } },
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
  const dir = values.kb ?? defaultKnowledgeDir();

  if (sub === 'lint') {
    if (values.json) return usage(io, '--json is for "kb list"');
    // Lint checks everything the loader checks, and more: one read of the files is enough.
    const { problems, articles, faqs, coverage } = lintKnowledgeDir(dir, { requireTranslations: values['require-translations'] === true });
    for (const p of problems) io.stdout.write(formatProblem(p) + '\n');
    // The coverage table is a report for people: stderr, so stdout stays problems (or the OK line).
    if (coverage.length) io.stderr.write(formatCoverage(coverage).join('\n') + '\n');
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
      io.stderr.write('netmedic kb: the knowledge base has problems (run `netmedic kb lint`):\n');
      for (const p of loaded.problems.slice(0, 20)) io.stderr.write(`  ${formatProblem(p)}\n`);
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

export const command: CliCommand = { name: 'kb', summary: 'Knowledge base tools: lint, list', help: HELP, run };
