/**
 * Build step: compile the shipped knowledge base into dist/knowledge.compiled.json (see
 * src/knowledge/compiled.ts). Run by `npm run build` after tsc; `node dist/src/kb-tools/compile.js [dir] [out]`.
 * A knowledge base that does not load is reported and nothing is written (the loader then parses
 * and reports the same problems at start-up).
 */
import { defaultCompiledPath } from '../knowledge/compiled';
import { compileKnowledgeBase, defaultKnowledgeDir } from '../knowledge/load';
import { formatProblem } from '../render/knowledge-problems';

if (require.main === module) {
  const dir = process.argv[2] ?? defaultKnowledgeDir();
  const out = process.argv[3] ?? defaultCompiledPath();
  const { problems } = compileKnowledgeBase(dir, out);
  if (problems.length) {
    for (const p of problems) console.error(formatProblem(p));
    console.error(`knowledge base not compiled (${problems.length} problem(s)); it will be parsed at start-up`);
  }
}
