/** `netmedic faq [ID]`: list the FAQ entries, or show one. */
import { parseArgs } from 'node:util';
import type { FaqEntry, KnowledgeBase } from '../../knowledge/types';
import { renderFaqEmbed, renderFaqList } from '../../render/explain';
import { renderEmbedText } from '../../render/terminal';
import { normalizePattern } from '../../matcher/tokenize';
import { EXIT, type CliCommand, type CliIo } from '../types';
import { loadKbOrReport } from './explain';

const HELP = `Usage: netmedic faq [--kb DIR] [ID]

Without ID: lists the FAQ entries. With ID: shows that entry as the bot would post it.
ID may also be one of an entry's aliases.

Options:
  --kb DIR     Use the knowledge base in DIR (default: the package's knowledge/ folder).
  -h, --help   Show this help.

Exit codes: 0 done, 1 the knowledge base has problems, 2 bad usage or unknown ID.
`;

function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_v, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}

/** Find an entry by id or alias (case- and punctuation-insensitive). */
export function findFaq(kb: KnowledgeBase, query: string): FaqEntry | undefined {
  const direct = kb.faq(query);
  if (direct) return direct;
  const q = normalizePattern(query);
  return kb.faqs.find((f) => normalizePattern(f.id) === q || f.aliases.some((a) => normalizePattern(a) === q));
}

/** The entries closest to `query`: by edit distance to ids and aliases, and shared title words. */
export function nearestFaqs(kb: KnowledgeBase, query: string, n = 3): FaqEntry[] {
  const q = normalizePattern(query);
  const qWords = new Set(q.split(' ').filter((w) => w.length > 2));
  const scored = kb.faqs.map((f) => {
    const names = [f.id, ...f.aliases].map(normalizePattern);
    let best = Math.min(...names.map((name) => editDistance(q, name) / Math.max(q.length, name.length, 1)));
    if (names.some((name) => name.includes(q) || (name.length > 3 && q.includes(name)))) best = Math.min(best, 0.2);
    const words = new Set(normalizePattern(`${f.title} ${f.aliases.join(' ')} ${f.id}`).split(' '));
    let shared = 0;
    for (const w of qWords) if (words.has(w)) shared++;
    return { f, score: best - 0.25 * shared };
  });
  scored.sort((a, b) => a.score - b.score || a.f.id.localeCompare(b.f.id));
  return scored.filter((s) => s.score < 0.75).slice(0, n).map((s) => s.f);
}

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
  const kb = await loadKbOrReport(values.kb, io);
  if (!kb) return EXIT.failure;
  const id = positionals[0];
  if (!id) {
    io.stdout.write(renderEmbedText(renderFaqList(kb)) + '\n');
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
