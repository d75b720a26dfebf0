/**
 * The knowledge base's data model (contract shared by the loader, the matcher, rendering and
 * the commands). Articles live in knowledge/*.md, FAQ entries in knowledge/faq/*.md.
 */
import type { KnowledgeFact } from './problems';

/** One error article: frontmatter plus the fixed body sections. */
export interface Article {
  id: string;
  title: string;
  /** One sentence: what the error means. */
  summary: string;
  category: string;
  /**
   * Identifying codes. A plain code (`ECONNREFUSED`, `ERR_CONNECTION_REFUSED`) matches as a whole
   * token; a typed code `kind:value` matches extracted context: `errno:111`, `curl:7`,
   * `http:404`, `winsock:10061`.
   */
  codes: string[];
  /** Messages as tools print them ("actively refused it"), matched case-insensitively. */
  phrases: string[];
  related: string[];
  sections: ArticleSections;
  /** Path relative to the knowledge directory, for error messages. */
  file: string;
}

export interface ArticleSections {
  /** Markdown paragraphs of "What it means". */
  meaning: string;
  causes: { server: string[]; client: string[] };
  /** The numbered "How to fix" steps, in order (markdown, one per step). */
  fix: string[];
  /** "Test it" commands per OS (the code block contents). */
  test: { windows: string; macos: string; linux: string };
}

/** One FAQ entry (knowledge/faq/*.md): frontmatter id, title, aliases; a free markdown body. */
export interface FaqEntry {
  id: string;
  title: string;
  aliases: string[];
  /** Markdown body (fits an embed description: at most 4096 characters). */
  body: string;
  file: string;
}

export interface KnowledgeBase {
  articles: readonly Article[];
  faqs: readonly FaqEntry[];
  article(id: string): Article | undefined;
  faq(id: string): FaqEntry | undefined;
  /** Translations from knowledge/i18n/ (see i18n.ts: `localized`, `localizedFaq`). */
  translations?: KnowledgeTranslations;
}

/**
 * A translated article (knowledge/i18n/<locale>/<id>.md): the translated words of the English
 * article with the same id. Sections are keyed like the English ones (mapped by heading position);
 * codes, phrases, related and category stay the English file's.
 */
export interface TranslatedArticle {
  id: string;
  locale: string;
  title: string;
  summary: string;
  sections: ArticleSections;
  /** The translated `##`/`###` heading texts, in the English file's heading order. */
  headings: string[];
  file: string;
}

/** A translated FAQ entry (knowledge/i18n/<locale>/faq/<id>.md). `aliases` are the extra ones in that language. */
export interface TranslatedFaq {
  id: string;
  locale: string;
  title: string;
  aliases: string[];
  body: string;
  file: string;
}

/**
 * Translations per locale (folder name), looked up by English id. An article's sections are
 * built on first lookup (markdown parsing is the costly part) and kept.
 */
export interface KnowledgeTranslations {
  /** Locales with at least one translation. */
  locales(): string[];
  articleIds(locale: string): string[];
  faqIds(locale: string): string[];
  article(locale: string, id: string): TranslatedArticle | undefined;
  faq(locale: string, id: string): TranslatedFaq | undefined;
}

/**
 * One problem found by loading or checking the files; `line` is 1-based within `file`. What is
 * wrong is data (`fact`); src/render/knowledge-problems.ts words it.
 */
export interface KnowledgeProblem {
  file: string;
  line: number | null;
  field: string | null;
  fact: KnowledgeFact;
}
