/** The knowledge base: loading, linting and the data model. */
export type { Article, ArticleSections, FaqEntry, KnowledgeBase, KnowledgeProblem } from './types';
export {
  createKnowledgeBase,
  defaultKnowledgeDir,
  formatProblem,
  loadKnowledgeBase,
  loadKnowledgeBaseSync,
  type LoadResult,
} from './load';
export { lintKnowledgeBase, lintKnowledgeDir, MIN_FAQ, REQUIRED_ARTICLES, REQUIRED_MESSAGE_LOCALES } from './lint';
