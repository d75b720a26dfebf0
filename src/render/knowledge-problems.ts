/**
 * The words for knowledge-file problems (src/knowledge/problems.ts), from the catalogue
 * locales/<locale>/kb-problems.ftl: what `kb lint`, the build step and the start-up refusal print
 * (English), and what `/kb reload` and `/faqs add|edit|import` show (the reader's language). The
 * English `kb lint` output is a CLI contract, so a change of the English wording is a change of
 * that contract.
 */
import type { CoverageRow } from '../knowledge/translations';
import type { EmbedOverflow, HeadingRef, KnowledgeFact } from '../knowledge/problems';
import type { KnowledgeProblem } from '../knowledge/types';
import { messagesFor, type Messages } from './i18n/messages';

/** A problem in words: what the knowledge engine found, or what a tool above it checks itself. */
export interface ProblemReport {
  file: string;
  line: number | null;
  field: string | null;
  message: string;
}

/** A heading as written in the file: `"## How to fix"` (the format's syntax, the same in every language). */
const heading = (h: HeadingRef) => `"${'#'.repeat(h.level)} ${h.text}"`;
/** A paragraph quoted in a problem: its first 57 characters and an ellipsis when longer than 60. */
const cut = (prose: string) => (prose.length > 60 ? prose.slice(0, 57) + '…' : prose);

/** Why an embed does not fit Discord's limits, in the reader's language (English by default). */
export function embedOverflowText(o: EmbedOverflow, t: Messages = messagesFor('en')): string {
  switch (o.part) {
    case 'fields':
      return t('kb-problem-embed-fields', { count: String(o.count), limit: String(o.limit) });
    case 'field-name':
    case 'field-value':
      return t(`kb-problem-embed-${o.part}`, { name: o.name, length: String(o.length), limit: String(o.limit) });
    case 'field-empty':
      return t('kb-problem-embed-field-empty', { name: o.name });
    default:
      return t(`kb-problem-embed-${o.part}`, { length: String(o.length), limit: String(o.limit) });
  }
}

/**
 * The message of one fact, without file, line or field, in the reader's language (English by
 * default: `kb lint`, the build step and the start-up refusal print that). Numbers are passed as
 * text, so no locale groups their digits and the English stays the `kb lint` contract.
 */
export function problemMessage(fact: KnowledgeFact, t: Messages = messagesFor('en')): string {
  const id = `kb-problem-${fact.kind}`;
  switch (fact.kind) {
    case 'directory-unreadable':
    case 'yaml':
      return t(id, { detail: fact.detail });
    case 'field-invalid':
      // The schema library's own text.
      return fact.detail;
    case 'field-type':
      return t(id, { expected: fact.expected });
    case 'field-too-long':
      return t(id, { max: String(fact.max) });
    case 'duplicate-id':
      return t(id, { of: fact.of, id: fact.id, otherFile: fact.otherFile });
    case 'section-unknown':
    case 'section-twice':
    case 'section-out-of-order':
    case 'sub-heading-unexpected':
      return t(id, { heading: fact.heading });
    case 'sub-heading-unknown':
      return t(id, { heading: fact.heading, under: fact.under });
    case 'heading-level':
      return t(id, { tag: fact.tag });
    case 'locale-folder-unknown':
      return t(id, { folder: fact.folder, known: fact.known.join(', ') });
    case 'id-not-file-name':
      return t(id, { id: fact.id, fileStem: fact.fileStem });
    case 'id-not-kebab':
      return t(id, { id: fact.id });
    case 'locale-not-folder':
      return t(id, { locale: fact.locale, folder: fact.folder });
    case 'translation-extra':
      return t(id, { of: fact.of, id: fact.id });
    case 'heading-differs':
      return t(id, {
        index: String(fact.index),
        englishCount: String(fact.englishCount),
        expected: fact.expected ? heading(fact.expected) : 'none',
        found: fact.found ? heading(fact.found) : 'none',
      });
    case 'heading-in-english':
      return t(id, { heading: heading(fact.heading) });
    case 'code-block-missing':
    case 'code-block-differs':
      return t(id, { index: String(fact.index), englishFile: fact.englishFile, englishLine: String(fact.englishLine) });
    case 'code-block-extra':
      return t(id, { index: String(fact.index), englishCount: String(fact.englishCount) });
    case 'code-span-extra':
      return t(id, { code: fact.code });
    case 'code-span-missing':
      return t(id, { code: fact.code, englishFile: fact.englishFile, englishLine: String(fact.englishLine) });
    case 'link-missing':
      return t(id, { index: String(fact.index), target: fact.target, englishFile: fact.englishFile, englishLine: String(fact.englishLine) });
    case 'link-extra':
      return t(id, { index: String(fact.index), target: fact.target });
    case 'link-differs':
      return t(id, { index: String(fact.index), target: fact.target, englishTarget: fact.englishTarget });
    case 'section-in-english':
      return fact.heading ? t(id, { heading: heading(fact.heading) }) : t('kb-problem-preamble-in-english');
    case 'block-in-english':
      return t(id, { prose: cut(fact.prose) });
    case 'translation-missing':
      return t(id, { locale: fact.locale, of: fact.of, id: fact.id });
    case 'text-too-long':
      return t(id, { length: String(fact.length), max: String(fact.max) });
    case 'faq-embed-overflow':
      return t('kb-problem-faq-embed', { problem: embedOverflowText(fact.overflow, t) });
    case 'frontmatter-missing':
    case 'frontmatter-not-mapping':
    case 'field-unknown':
    case 'field-required':
    case 'field-empty':
    case 'cause-outside-side':
    case 'fix-not-numbered':
    case 'code-outside-os':
    case 'code-block-twice':
    case 'summary-in-english':
    case 'text-empty':
      return t(id);
  }
}

/** A knowledge problem in words. */
export function describeProblem(p: KnowledgeProblem): ProblemReport {
  return { file: p.file, line: p.line, field: p.field, message: problemMessage(p.fact) };
}

/** A problem as `file:line field: message` in the reader's language (`/kb reload`). */
export function problemLine(t: Messages, p: KnowledgeProblem | ProblemReport): string {
  const message = 'fact' in p ? problemMessage(p.fact, t) : p.message;
  const where = p.line !== null ? `${p.file}:${p.line}` : p.file;
  return p.field ? `${where} ${p.field}: ${message}` : `${where}: ${message}`;
}

/** A problem as `file:line field: message` in English (the `kb lint` line). */
export function formatProblem(p: KnowledgeProblem | ProblemReport): string {
  return problemLine(messagesFor('en'), p);
}

/** The translation coverage table (`kb lint`, on stderr) as text lines. */
export function formatCoverage(rows: readonly CoverageRow[]): string[] {
  const out = ['Translations (missing ones fall back to English):', `  ${'LOCALE'.padEnd(6)}  ARTICLES  FAQ     MISSING`];
  for (const r of rows) {
    const missing = [...r.missingArticles, ...r.missingFaqs.map((id) => `faq/${id}`)];
    const list = missing.length === 0 ? '-' : missing.length === r.articleTotal + r.faqTotal ? 'all' : missing.join(', ');
    out.push(`  ${r.locale.padEnd(6)}  ${`${r.articles}/${r.articleTotal}`.padStart(8)}  ${`${r.faqs}/${r.faqTotal}`.padEnd(6)}  ${list}`);
  }
  return out;
}
