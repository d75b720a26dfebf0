/** The knowledge base: loading, linting and the data model. */
export type { Article, ArticleSections, FaqEntry, KnowledgeBase, KnowledgeProblem, KnowledgeTranslations, TranslatedArticle, TranslatedFaq } from './types';
export { KNOWLEDGE_LOCALES, knowledgeLocaleFor, localized, localizedFaq, type KnowledgeLocale, type LocalizedArticle, type LocalizedFaq } from './i18n';
export {
  createKnowledgeBase,
  defaultKnowledgeDir,
  formatProblem,
  loadKnowledgeBase,
  loadKnowledgeBaseSync,
  type LoadResult,
} from './load';
export { lintKnowledgeBase, lintKnowledgeDir, type LintOptions, type LintReport, MIN_FAQ, REQUIRED_ARTICLES, REQUIRED_MESSAGE_LOCALES } from './lint';
