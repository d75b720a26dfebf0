/** The knowledge base: loading and the data model (`kb lint` is src/kb-lint, above the renderer). */
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
