/**
 * The knowledge base for CLI commands: which directory (`--kb DIR`, else KNOWLEDGE_DIR from the
 * environment or .env, else the package's knowledge/), and one way to report a knowledge base
 * with problems — the same message and exit code (EXIT.failure) for every command.
 */
import { loadDotEnv } from '../env-file';
import { knowledgeLocaleFor } from '../knowledge/i18n';
import { defaultKnowledgeDir, loadKnowledgeBaseCached } from '../knowledge/snapshot';
import type { KnowledgeBase, KnowledgeProblem } from '../knowledge/types';
import type * as ProblemsModule from '../render/knowledge-problems';
import type { CliIo } from './types';

/** `--kb DIR` wins, then KNOWLEDGE_DIR (environment, then .env), then the package's folder. */
export function knowledgeDirFor(io: CliIo, flag: string | undefined): string {
  if (flag) return flag;
  if (io.env === process.env) loadDotEnv();
  const fromEnv = io.env.KNOWLEDGE_DIR?.trim();
  return fromEnv ? fromEnv : defaultKnowledgeDir();
}

export function reportKnowledgeProblems(problems: readonly KnowledgeProblem[], io: CliIo): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { formatProblem } = require('../render/knowledge-problems') as typeof ProblemsModule;
  io.stderr.write(`netmedic: the knowledge base has problems (run \`netmedic kb lint\`):\n`);
  for (const p of problems.slice(0, 20)) io.stderr.write(`  ${formatProblem(p)}\n`);
  if (problems.length > 20) io.stderr.write(`  …and ${problems.length - 20} more\n`);
}

/**
 * The knowledge base in `dir`, or null after printing its problems (the caller exits EXIT.failure).
 * Through the start-up loader (knowledge/snapshot.ts): a compiled knowledge base whose stamp matches
 * answers, and the parsers load only when a file changed. `locale` is the reply's: a run in English
 * (no translation shown) checks no translation file; any other checks them all before answering.
 */
export async function loadKbOrReport(dir: string, io: CliIo, locale?: string): Promise<KnowledgeBase | null> {
  const loaded = await loadKnowledgeBaseCached(dir, io.env, { checkTranslations: knowledgeLocaleFor(locale) !== null });
  if ('problems' in loaded) {
    reportKnowledgeProblems(loaded.problems, io);
    return null;
  }
  return loaded.kb;
}
