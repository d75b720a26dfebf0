/** `netmedic faq [ID]`: list the FAQ entries, or show one. */
import { parseArgs } from 'node:util';
import { findFaq, nearestFaqs } from '../../knowledge/search';
import { renderFaqEmbed, renderFaqList } from '../../render/explain';
import { renderEmbedText } from '../../render/terminal';
import { EXIT, type CliCommand, type CliIo } from '../types';
import { CLI_VOICE } from '../../render/voice';
import { knowledgeDirFor, loadKbOrReport } from '../knowledge';

const HELP = `Usage: netmedic faq [--kb DIR] [ID]

Without ID: lists the FAQ entries. With ID: shows that entry as the bot would post it.
ID may also be one of an entry's aliases.

Options:
  --kb DIR     Use the knowledge base in DIR (default: KNOWLEDGE_DIR, else the package's
               knowledge/ folder).
  -h, --help   Show this help.

Exit codes: 0 done, 1 the knowledge base has problems, 2 bad usage or unknown ID.
`;

async function run(args: string[], io: CliIo): Promise<number> {
  let values: { kb?: string; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args, allowPositionals: true, options: { kb: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }));
  } catch (err) {
    io.stderr.write(`netmedic faq: ${(err as Error).message}\nRun \`netmedic faq --help\` for usage.\n`);
    return EXIT.usage;
  }
  if (values.help) {
    io.stdout.write(HELP);
    return EXIT.ok;
  }
  if (positionals.length > 1) {
    io.stderr.write('netmedic faq: give at most one ID\nRun `netmedic faq --help` for usage.\n');
    return EXIT.usage;
  }
  const kb = await loadKbOrReport(knowledgeDirFor(io, values.kb), io);
  if (!kb) return EXIT.failure;
  const id = positionals[0];
  if (!id) {
    io.stdout.write(renderEmbedText(renderFaqList(kb, CLI_VOICE)) + '\n');
    return EXIT.ok;
  }
  const entry = findFaq(kb, id);
  if (!entry) {
    const near = nearestFaqs(kb, id);
    io.stderr.write(`netmedic faq: no FAQ entry "${id}".`);
    io.stderr.write(near.length ? ` Did you mean: ${near.map((f) => f.id).join(', ')}?\n` : ' Run `netmedic faq` to list them.\n');
    return EXIT.usage;
  }
  io.stdout.write(renderEmbedText(renderFaqEmbed(entry)) + '\n');
  return EXIT.ok;
}

export const command: CliCommand = { name: 'faq', summary: 'List FAQ entries or show one', help: HELP, run };
