/** The knowledge base: loading and the data model (`kb lint` is src/kb-tools, above the renderer). */
export type { Article, ArticleSections, FaqEntry, KnowledgeBase, KnowledgeProblem, KnowledgeTranslations, TranslatedArticle, TranslatedFaq } from './types';
export type { KnowledgeFact, KnowledgeFactKind } from './problems';
export { KNOWLEDGE_LOCALES, knowledgeLocaleFor, localized, localizedFaq, type KnowledgeLocale, type LocalizedArticle, type LocalizedFaq } from './i18n';
export {
  createKnowledgeBase,
  defaultKnowledgeDir,
  loadKnowledgeBase,
  loadKnowledgeBaseSync,
  type LoadResult,
} from './load';
