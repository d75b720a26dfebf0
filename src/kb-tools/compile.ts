/**
 * Build step: compile the shipped knowledge base into dist/knowledge.compiled (see compiled.ts),
 * with both keys: the content key (for load.ts, which reads every file anyway) and the stat
 * stamp (for the start-up loader, snapshot.ts, which reads no knowledge file when it matches).
 * Run by `npm run build` after tsc; `node dist/src/kb-tools/compile.js [dir] [out]`.
 * A knowledge base that does not load is reported and nothing is written (the loader then parses
 * and reports the same problems at start-up).
 */
import { renameSync, writeFileSync } from 'node:fs';
import { indexFor, serializeIndex } from '../matcher/build-index';
import { defaultCompiledPath, serializeCompiledFile } from '../knowledge/compiled';
import { defaultKnowledgeDir, knowledgeFilesKey, loadKnowledgeBaseSync, readKnowledgeFilesSync } from '../knowledge/load';
import { formatProblem } from '../render/knowledge-problems';
import { compiledTranslations, knowledgeStamp, localeStamps } from '../knowledge/snapshot';
import type { KnowledgeProblem } from '../knowledge/types';

/** Compile `dir` into `out`; the problems instead when it does not load (nothing is written then). */
export function compileKnowledgeDir(dir: string = defaultKnowledgeDir(), out: string = defaultCompiledPath()): { problems: KnowledgeProblem[] } {
  const stamp = knowledgeStamp(dir);
  const stamps = localeStamps(dir);
  const key = knowledgeFilesKey(readKnowledgeFilesSync(dir));
  const loaded = loadKnowledgeBaseSync(dir, { compiled: false });
  if ('problems' in loaded) return loaded;
  const { kb } = loaded;
  const bytes = serializeCompiledFile({ key, stamp, localeStamps: stamps }, { articles: kb.articles, faqs: kb.faqs, index: serializeIndex(indexFor(kb)), translations: compiledTranslations(kb.translations) });
  const tmp = `${out}.${process.pid}.tmp`;
  writeFileSync(tmp, bytes);
  renameSync(tmp, out);
  return { problems: [] };
}

if (require.main === module) {
  const dir = process.argv[2] ?? defaultKnowledgeDir();
  const out = process.argv[3] ?? defaultCompiledPath();
  const { problems } = compileKnowledgeDir(dir, out);
  if (problems.length) {
    for (const p of problems) console.error(formatProblem(p));
    console.error(`knowledge base not compiled (${problems.length} problem(s)); it will be parsed at start-up`);
  }
}
