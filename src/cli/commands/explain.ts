/** `netmedic explain`: explain a pasted error message, as the bot would. */
import type * as Readline from 'node:readline';
import { cliParseArgs } from '../parse-args';
import { localizedKnowledge } from '../../knowledge/i18n';
import { cliLocale } from '../locale';
import type { KnowledgeBase } from '../../knowledge/types';
import { match } from '../../matcher/match';
import { evidenceTexts } from '../../render/evidence';
import { renderExplainReply } from '../../render/explain';
import { renderReplyText } from '../../render/terminal';
import { CLI_VOICE } from '../../render/voice';
import { knowledgeDirFor, loadKbOrReport } from '../knowledge';
import { EXIT, type CliCommand, type CliIo } from '../types';

const HELP = `Usage: netmedic explain [--json] [--kb DIR] [--locale LOCALE] TEXT...
       netmedic explain [--json] [--kb DIR] [--locale LOCALE] -   (read the text from stdin)
       netmedic explain --batch [--kb DIR] < lines.jsonl

Explains a pasted network error message: which error it is, likely causes, first steps and
commands to test it, exactly as the bot would answer in Discord.

TEXT is the error message (quote it, or pass it on stdin). Only the first 4000 characters count.

Options:
  --json       Print {"match", "alternatives", "context", "embed"} as JSON instead of text.
  --batch      Read JSON lines {"id": "...", "text": "..."} on stdin and write one line per input:
               {"id": "...", "match": "<article id>" | null, "confidence": <number>}.
               A bad line gets {"line": N, "error": "..."} instead; processing goes on.
  --kb DIR     Use the knowledge base in DIR (default: KNOWLEDGE_DIR, else the package's
               knowledge/ folder).
  --locale L   Answer in this language (de, fr, it, tr, ru, pt-BR, es-ES, es-419, or a LANG
               value like pt_BR.UTF-8). Default: from LC_ALL / LC_MESSAGES / LANG; English
               when the language has no translation. --json keeps English labels (the
               article text follows the locale).
  -h, --help   Show this help.

Exit codes: 0 done, 1 the knowledge base has problems, 2 bad usage.
`;

/** `netmedic explain`'s options (test/cli-startup/parse-args.test.ts reads them too). */
export const EXPLAIN_OPTIONS = { json: { type: 'boolean' }, batch: { type: 'boolean' }, kb: { type: 'string' }, locale: { type: 'string' }, help: { type: 'boolean', short: 'h' } } as const;

export async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

function usageError(io: CliIo, message: string): number {
  io.stderr.write(`netmedic explain: ${message}\nRun \`netmedic explain --help\` for usage.\n`);
  return EXIT.usage;
}

async function runBatch(kb: KnowledgeBase, io: CliIo): Promise<number> {
  // node:readline loads only here: a one-shot explain never needs it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { createInterface } = require('node:readline') as typeof Readline;
  const rl = createInterface({ input: io.stdin, crlfDelay: Infinity });
  let n = 0;
  for await (const line of rl) {
    n++;
    if (!line.trim()) continue;
    let out: Record<string, unknown>;
    try {
      const parsed: unknown = JSON.parse(line);
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('expected a JSON object {"id", "text"}');
      const { id, text } = parsed as { id?: unknown; text?: unknown };
      if (typeof text !== 'string') {
        out = { line: n, ...(id !== undefined ? { id } : {}), error: '"text" must be a string' };
      } else {
        const r = match(text, kb);
        out = { id: id ?? null, match: r.match?.id ?? null, confidence: r.match?.confidence ?? r.alternatives[0]?.confidence ?? 0 };
      }
    } catch (err) {
      out = { line: n, error: `bad JSON line: ${(err as Error).message}` };
    }
    io.stdout.write(JSON.stringify(out) + '\n');
  }
  return EXIT.ok;
}

async function run(args: string[], io: CliIo): Promise<number> {
  let values: { json?: boolean; batch?: boolean; kb?: string; locale?: string; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = cliParseArgs({
      args,
      allowPositionals: true,
      options: EXPLAIN_OPTIONS,
    }));
  } catch (err) {
    return usageError(io, (err as Error).message);
  }
  if (values.help) {
    io.stdout.write(HELP);
    return EXIT.ok;
  }
  if (values.batch && positionals.length) return usageError(io, '--batch reads stdin; do not pass TEXT as well');
  if (values.batch && values.json) return usageError(io, '--batch already writes JSON lines; drop --json');
  const locale = cliLocale(values.locale, io.env);
  if ('error' in locale) return usageError(io, locale.error);

  let text: string;
  if (!values.batch) {
    if (positionals.length === 0 || (positionals.length === 1 && positionals[0] === '-')) {
      if (positionals.length === 0 && io.stdin.isTTY) return usageError(io, 'no error text given (pass it as an argument, or pipe it in)');
      text = await readAll(io.stdin);
    } else {
      text = positionals.join(' ');
    }
    if (!text.trim()) return usageError(io, 'the error text is empty');
  } else text = '';

  const kb = await loadKbOrReport(knowledgeDirFor(io, values.kb), io, locale.locale);
  if (!kb) return EXIT.failure;
  if (values.batch) return runBatch(kb, io);

  const result = match(text, kb);
  if (values.json) {
    // JSON is data for programs: English words, whatever the locale (the knowledge text follows --locale).
    const reply = renderExplainReply(result, localizedKnowledge(kb, locale.locale), CLI_VOICE);
    const brief = (m: { id: string; title: string; confidence: number }) => ({ id: m.id, title: m.title, confidence: m.confidence });
    const out = {
      match: result.match ? { ...brief(result.match), evidence: evidenceTexts(result.match.evidence) } : null,
      confident: result.confident,
      alternatives: result.alternatives.map(brief),
      context: result.context,
      embed: reply.embeds?.[0] ?? null,
      components: reply.components ?? [],
    };
    io.stdout.write(JSON.stringify(out, null, 2) + '\n');
  } else {
    const reply = renderExplainReply(result, localizedKnowledge(kb, locale.locale), CLI_VOICE, locale.locale);
    io.stdout.write(renderReplyText(reply, { color: false, locale: locale.locale }) + '\n');
  }
  return EXIT.ok;
}

export const command: CliCommand = {
  name: 'explain',
  summary: 'Explain a pasted error message',
  help: HELP,
  run,
};
