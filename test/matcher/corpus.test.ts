/**
 * The evaluation corpus (see test/bench/eval-corpus.ts): written from the formats real tools
 * print before the matcher was tuned, split once by FNV-1a of each line into a tuning half and a
 * held-out half. Both halves are kept as tests with their goals.
 */
import { defaultKnowledgeDir, loadKnowledgeBaseSync } from '../../src/knowledge/load';
import type { KnowledgeBase } from '../../src/knowledge/types';
import { formatScore, halfOf, readCorpus, scoreCorpus, type Half } from '../bench/eval-corpus';

let kb: KnowledgeBase;
beforeAll(() => {
  const r = loadKnowledgeBaseSync(defaultKnowledgeDir());
  if (!('kb' in r)) throw new Error('knowledge base does not load');
  kb = r.kb;
});

// The goals: top-1 ≥ 0.99 (tuning) and ≥ 0.95 (held-out), confident answers on ≤ 1% of
// non-errors (README, "Matcher evaluation").
const halves: { half: Half; minTop1: number; maxNonErrorConfident: number }[] = [
  { half: 'tuning', minTop1: 0.99, maxNonErrorConfident: 0.01 },
  { half: 'heldout', minTop1: 0.95, maxNonErrorConfident: 0.01 },
];

describe('evaluation corpus', () => {
  it('is what it claims: ≥ 400 lines, ≥ 15 tool families, ≥ 10 languages, ≥ 20% non-errors, split by the fixed hash', () => {
    const all = [...readCorpus('tuning'), ...readCorpus('heldout')];
    expect(all.length).toBeGreaterThanOrEqual(400);
    expect(new Set(all.map((l) => l.family)).size).toBeGreaterThanOrEqual(15);
    expect(new Set(all.map((l) => l.lang)).size).toBeGreaterThanOrEqual(10);
    expect(all.filter((l) => l.expect === null).length / all.length).toBeGreaterThanOrEqual(0.2);
    expect(new Set(all.map((l) => l.text)).size).toBe(all.length);
    for (const half of ['tuning', 'heldout'] as const) for (const line of readCorpus(half)) expect({ id: line.id, half: halfOf(line.text) }).toEqual({ id: line.id, half });
  });

  it.each(halves)('$half half: top-1 ≥ $minTop1 on errors, confident answers on ≤ $maxNonErrorConfident of non-errors', ({ half, minTop1, maxNonErrorConfident }) => {
    const s = scoreCorpus(readCorpus(half), kb);
    // The held-out half reports its score only, never its lines.
    console.log(formatScore(half, s));
    expect(s.top1 / s.errors).toBeGreaterThanOrEqual(minTop1);
    expect(s.nonErrorConfident / s.nonErrors).toBeLessThanOrEqual(maxNonErrorConfident);
  });
});
