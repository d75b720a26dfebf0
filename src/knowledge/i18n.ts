/**
 * Picking the asker's language for knowledge content: pure lookups over the translations the
 * loader attached to the knowledge base (knowledge/i18n/<locale>/, see docs of issue 9 / I18N.md).
 * Anything not translated falls back to the English original.
 */
import type { Article, FaqEntry, KnowledgeBase, TranslatedArticle, TranslatedFaq } from './types';

/** The locales knowledge is translated into (Discord locale codes, also the folder names). */
export const KNOWLEDGE_LOCALES = ['es-ES', 'pt-BR', 'fr', 'de', 'it', 'tr', 'ru'] as const;
export type KnowledgeLocale = (typeof KNOWLEDGE_LOCALES)[number];

/** Discord locales served by another locale's translation. */
export const LOCALE_FALLBACKS: Readonly<Record<string, KnowledgeLocale>> = { 'es-419': 'es-ES' };

export function isKnowledgeLocale(locale: string): locale is KnowledgeLocale {
  return (KNOWLEDGE_LOCALES as readonly string[]).includes(locale);
}

/** The translation folder that serves a Discord locale, or null (English). */
export function knowledgeLocaleFor(locale: string | null | undefined): KnowledgeLocale | null {
  if (!locale) return null;
  if (isKnowledgeLocale(locale)) return locale;
  return LOCALE_FALLBACKS[locale] ?? null;
}

/** An article in some language: `locale` is the translation's, or "en" for the original. */
export type LocalizedArticle = Article & { locale: string; headings: string[] | null };
export type LocalizedFaq = FaqEntry & { locale: string };

export function translatedArticle(kb: KnowledgeBase, id: string, locale: string | null | undefined): TranslatedArticle | undefined {
  const loc = knowledgeLocaleFor(locale);
  return loc ? kb.translations?.article(loc, id) : undefined;
}

export function translatedFaq(kb: KnowledgeBase, id: string, locale: string | null | undefined): TranslatedFaq | undefined {
  const loc = knowledgeLocaleFor(locale);
  return loc ? kb.translations?.faq(loc, id) : undefined;
}

/** The article merged with its translation (codes, phrases, related, category stay English). */
export function applyArticleTranslation(a: Article, t: TranslatedArticle): LocalizedArticle {
  return { ...a, title: t.title, summary: t.summary, sections: t.sections, file: t.file, locale: t.locale, headings: t.headings };
}

/** The FAQ entry merged with its translation; the English aliases still apply. */
export function applyFaqTranslation(f: FaqEntry, t: TranslatedFaq): LocalizedFaq {
  const aliases = [...f.aliases, ...t.aliases.filter((x) => !f.aliases.includes(x))];
  return { ...f, title: t.title, body: t.body, aliases, file: t.file, locale: t.locale };
}

/** Article `id` in `locale` (Discord code; es-419 → es-ES), or the English one; undefined for an unknown id. */
export function localized(kb: KnowledgeBase, id: string, locale: string | null | undefined): LocalizedArticle | undefined {
  const a = kb.article(id);
  if (!a) return undefined;
  const t = translatedArticle(kb, id, locale);
  return t ? applyArticleTranslation(a, t) : { ...a, locale: 'en', headings: null };
}

/** FAQ entry `id` in `locale`, or the English one; undefined for an unknown id. */
export function localizedFaq(kb: KnowledgeBase, id: string, locale: string | null | undefined): LocalizedFaq | undefined {
  const f = kb.faq(id);
  if (!f) return undefined;
  const t = translatedFaq(kb, id, locale);
  return t ? applyFaqTranslation(f, t) : { ...f, locale: 'en' };
}

const views = new WeakMap<KnowledgeBase, Map<KnowledgeLocale, KnowledgeBase>>();

/**
 * The knowledge base as seen in `locale`: article() / faq() / the lists give translated entries
 * (English where a translation is missing). English or an unknown locale gives `kb` itself.
 * Match against `kb`, render from the view.
 */
export function localizedKnowledge(kb: KnowledgeBase, locale: string | null | undefined): KnowledgeBase {
  const loc = knowledgeLocaleFor(locale);
  if (!loc || !kb.translations) return kb;
  let perKb = views.get(kb);
  if (!perKb) views.set(kb, (perKb = new Map()));
  let view = perKb.get(loc);
  if (!view) {
    let articles: LocalizedArticle[] | undefined;
    let faqs: LocalizedFaq[] | undefined;
    view = {
      get articles() {
        return (articles ??= kb.articles.map((a) => localized(kb, a.id, loc)!));
      },
      get faqs() {
        return (faqs ??= kb.faqs.map((f) => localizedFaq(kb, f.id, loc)!));
      },
      article: (id) => localized(kb, id, loc),
      faq: (id) => localizedFaq(kb, id, loc),
      translations: kb.translations,
    };
    perKb.set(loc, view);
  }
  return view;
}
