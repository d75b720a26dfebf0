/**
 * Accuracy over the shared dev set (test/fixtures/dev.jsonl) and our own hold-out set
 * (test/matcher/holdout.jsonl), with the real knowledge base. Prints a report.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { defaultKnowledgeDir, loadKnowledgeBaseSync } from '../../src/knowledge/load';
import type { KnowledgeBase } from '../../src/knowledge/types';
import { match } from '../../src/matcher/match';
import { evidenceTexts } from '../../src/render/evidence';

interface Line {
  id: string;
  text: string;
  expect: string;
}

interface Report {
  total: number;
  top1: number;
  top3: number;
  confidentCorrect: number;
  confidentWrong: number;
  none: number;
  noneConfident: string[];
  noneMatched: number;
  misses: string[];
  buckets: Map<string, { n: number; correct: number }>;
}

function evaluate(file: string, kb: KnowledgeBase): Report {
  const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Line);
  const r: Report = { total: 0, top1: 0, top3: 0, confidentCorrect: 0, confidentWrong: 0, none: 0, noneConfident: [], noneMatched: 0, misses: [], buckets: new Map() };
  for (const line of lines) {
    const m = match(line.text, kb);
    if (line.expect === 'none') {
      r.none++;
      if (m.confident) r.noneConfident.push(`${line.id} → ${m.match?.id} (${m.match?.confidence})`);
      if (m.match) r.noneMatched++;
      continue;
    }
    r.total++;
    const got = m.match?.id ?? null;
    const ok = got === line.expect;
    if (ok) r.top1++;
    else r.misses.push(`${line.id}: expected ${line.expect}, got ${got} (${m.match?.confidence ?? '-'}) ${JSON.stringify(m.match ? evidenceTexts(m.match.evidence) : m.alternatives.map((a) => a.id))}`);
    if (ok || m.alternatives.slice(0, 2).some((a) => a.id === line.expect)) r.top3++;
    if (m.confident) {
      if (ok) r.confidentCorrect++;
      else r.confidentWrong++;
    }
    const c = m.match?.confidence ?? 0;
    const bucket = c >= 0.8 ? '≥0.80' : c >= 0.6 ? '0.60–0.79' : c >= 0.4 ? '0.40–0.59' : '<0.40';
    const b = r.buckets.get(bucket) ?? { n: 0, correct: 0 };
    b.n++;
    if (ok) b.correct++;
    r.buckets.set(bucket, b);
  }
  return r;
}

function format(name: string, r: Report): string {
  const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : 'n/a');
  const lines = [
    `${name}: top-1 ${r.top1}/${r.total} = ${pct(r.top1, r.total)}, top-3 ${pct(r.top3, r.total)}`,
    `  confident: ${r.confidentCorrect} right, ${r.confidentWrong} wrong; not-network lines: ${r.none}, matched ${r.noneMatched}, confident ${r.noneConfident.length}`,
    `  calibration: ${[...r.buckets].sort().map(([k, v]) => `${k}: ${v.correct}/${v.n}`).join(', ')}`,
  ];
  for (const m of r.misses) lines.push(`  miss ${m}`);
  for (const m of r.noneConfident) lines.push(`  confident on a not-network line: ${m}`);
  return lines.join('\n');
}

let kb: KnowledgeBase;
beforeAll(() => {
  const r = loadKnowledgeBaseSync(defaultKnowledgeDir());
  if (!('kb' in r)) throw new Error('knowledge base does not load');
  kb = r.kb;
});

// The independent set was written in two batches by someone who had not read the matcher or
// tuned it. First runs scored 25/27 and 26/27; the misses led to general fixes (curl's "(60)"
// read as an errno; "unknown host"; a Portuguese timeout wording), not to rules for these lines.
const SETS = [
  { name: 'dev set', file: join(__dirname, '..', 'fixtures', 'dev.jsonl'), minLines: 1, minTop1: 0.95 },
  { name: 'hold-out set', file: join(__dirname, 'holdout.jsonl'), minLines: 40, minTop1: 0.9 },
  { name: 'independent set', file: join(__dirname, 'independent.jsonl'), minLines: 25, minTop1: 0.9 },
];

describe('matcher accuracy', () => {
  it.each(SETS)('$name: top-1 ≥ $minTop1 and no confident answer on not-network text', ({ file, minLines, minTop1 }) => {
    const r = evaluate(file, kb);
    console.log(format(basename(file), r));
    expect(r.total).toBeGreaterThanOrEqual(minLines);
    expect(r.top1 / r.total).toBeGreaterThanOrEqual(minTop1);
    expect(r.noneConfident).toEqual([]);
  });
});
