/**
 * Scores the matcher on the evaluation corpus (test/matcher/corpus-*.jsonl).
 *
 * The corpus was written before the matcher was tuned and split once, by FNV-1a of each line's
 * text (even → tuning, odd → held-out). While tuning, only the tuning half is looked at:
 *
 *   node dist/test/bench/eval-corpus.js tuning     # the score and every miss, for tuning
 *   node dist/test/bench/eval-corpus.js heldout    # the held-out score only, never its lines
 *
 * Both halves are also jest tests (test/matcher/corpus.test.ts) with their thresholds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultKnowledgeDir, loadKnowledgeBaseSync } from '../../src/knowledge/load';
import type { KnowledgeBase } from '../../src/knowledge/types';
import { match } from '../../src/matcher/match';
import { evidenceTexts } from '../../src/render/evidence';
import { packageRoot } from '../../src/util/paths';

export interface CorpusLine {
  id: string;
  text: string;
  /** The article that explains the line, or null for a line that is not an error report. */
  expect: string | null;
  family: string;
  lang: string;
}

export interface CorpusScore {
  errors: number;
  top1: number;
  /** Confident answers naming the wrong article. */
  confidentWrong: number;
  nonErrors: number;
  /** Confident answers to lines that are not error reports. */
  nonErrorConfident: number;
  /** Human-readable misses (only printed for the tuning half). */
  misses: string[];
}

export type Half = 'tuning' | 'heldout';

/** FNV-1a (32 bit) over the UTF-8 bytes: the fixed hash the corpus was split by. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (const byte of Buffer.from(text, 'utf8')) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function halfOf(text: string): Half {
  return fnv1a(text) % 2 === 0 ? 'tuning' : 'heldout';
}

export function corpusFile(half: Half): string {
  return join(packageRoot(), 'test', 'matcher', `corpus-${half}.jsonl`);
}

export function readCorpus(half: Half): CorpusLine[] {
  return readFileSync(corpusFile(half), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as CorpusLine);
}

export function scoreCorpus(lines: readonly CorpusLine[], kb: KnowledgeBase): CorpusScore {
  const s: CorpusScore = { errors: 0, top1: 0, confidentWrong: 0, nonErrors: 0, nonErrorConfident: 0, misses: [] };
  for (const line of lines) {
    const m = match(line.text, kb);
    const got = m.match?.id ?? null;
    const conf = m.match?.confidence ?? 0;
    if (line.expect === null) {
      s.nonErrors++;
      if (m.confident) {
        s.nonErrorConfident++;
        s.misses.push(`${line.id} [${line.family}/${line.lang}] non-error answered confidently: ${got} ${conf} ${JSON.stringify(evidenceTexts(m.match?.evidence ?? []))} ← ${JSON.stringify(line.text.slice(0, 120))}`);
      }
      continue;
    }
    s.errors++;
    if (got === line.expect) {
      s.top1++;
      continue;
    }
    if (m.confident) s.confidentWrong++;
    s.misses.push(
      `${line.id} [${line.family}/${line.lang}] expected ${line.expect}, got ${got} ${conf} ${JSON.stringify(m.match ? evidenceTexts(m.match.evidence) : m.alternatives.map((a) => a.id))} ← ${JSON.stringify(line.text.slice(0, 120))}`,
    );
  }
  return s;
}

export function formatScore(name: string, s: CorpusScore): string {
  const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : 'n/a');
  return (
    `${name}: top-1 on errors ${s.top1}/${s.errors} = ${pct(s.top1, s.errors)} (confidently wrong ${s.confidentWrong}); ` +
    `non-errors answered confidently ${s.nonErrorConfident}/${s.nonErrors} = ${pct(s.nonErrorConfident, s.nonErrors)}`
  );
}

function main(): void {
  const half = process.argv[2];
  if (half !== 'tuning' && half !== 'heldout') {
    process.stderr.write('usage: eval-corpus tuning|heldout\n');
    process.exitCode = 2;
    return;
  }
  const loaded = loadKnowledgeBaseSync(process.argv[3] ?? defaultKnowledgeDir());
  if (!('kb' in loaded)) throw new Error('the knowledge base does not load');
  const s = scoreCorpus(readCorpus(half), loaded.kb);
  process.stdout.write(`${formatScore(half, s)}\n`);
  // The held-out half prints its score only: its lines are never looked at while tuning.
  if (half === 'tuning') for (const m of s.misses) process.stdout.write(`  ${m}\n`);
}

if (require.main === module) main();
