/**
 * Words of the FAQ commands that more than one reply uses (pure): an entry named in a sentence,
 * the problem lists of a form or an import, and why an upload could not be read. The messages
 * live in locales/<locale>/faq.ftl.
 */
import type { KnowledgeFact } from '../knowledge/problems';
import type { ArchiveProblem, AttachmentFact, ImportFact, ImportProblem } from './faq-problems';
import type { Messages } from './i18n/messages';
import { problemMessage } from './knowledge-problems';
import { truncate } from './limits';

/** “Title” (`id`), with the reader's quotation marks. */
export function entryName(t: Messages, e: { id: string; title: string }): string {
  return t('faq-entry-name', { title: truncate(e.title, 80), id: e.id });
}

/** Ids as code spans, comma-separated (for "did you mean" and lists). */
export function codeList(ids: readonly string[]): string {
  return ids.map((id) => `\`${id}\``).join(', ');
}

function factText(t: Messages, f: ImportFact | KnowledgeFact): string {
  switch (f.kind) {
    case 'not-md':
      return t('faq-problem-not-md');
    case 'import-duplicate-id':
      return t('faq-problem-duplicate-id', { id: f.id, other: f.other });
    case 'no-md':
      return t('faq-problem-no-md');
    case 'id-required':
      return t('faq-problem-id-required');
    case 'id-shape':
      return t('faq-problem-id-shape');
    default:
      // Any other fact is the knowledge linter's (its kinds and the import's never overlap).
      return problemMessage(f, t);
  }
}

/** One problem's text in the reader's language: the import's own, or the knowledge linter's. */
export function problemText(t: Messages, p: ImportProblem): string {
  return factText(t, p.fact);
}

/** "• field: problem" lines of a form (at most `max`, then "…and N more"). */
export function describeProblems(t: Messages, problems: readonly ImportProblem[], max = 10): string {
  const lines = problems.slice(0, max).map((p) => `• ${p.field ?? t('faq-problem-whole-file')}: ${problemText(t, p)}`);
  if (problems.length > max) lines.push(t('faq-more', { count: problems.length - max }));
  return lines.join('\n');
}

/** "• file:line field: problem" lines of an import (at most `max`). */
export function importProblemLines(t: Messages, problems: readonly ImportProblem[], max = 20): string[] {
  const lines = problems.slice(0, max).map((p) => `• ${p.file}${p.line ? `:${p.line}` : ''} ${p.field ?? ''}: ${problemText(t, p)}`);
  if (problems.length > max) lines.push(t('faq-more', { count: problems.length - max }));
  return lines;
}

export function archiveProblemText(t: Messages, p: ArchiveProblem): string {
  switch (p.kind) {
    case 'not-zip':
      return t('faq-problem-not-zip');
    case 'unreadable-zip':
      return t('faq-problem-unreadable-zip', { error: p.error });
    case 'file-too-large':
      return t('faq-problem-file-too-large', { file: p.file, kib: String(p.kib) });
    case 'too-many-files':
      return t('faq-problem-too-many-files', { count: p.count, max: String(p.max) });
  }
}

export function attachmentProblemText(t: Messages, f: AttachmentFact): string {
  switch (f.kind) {
    case 'not-cdn':
      return t('faq-problem-not-cdn');
    case 'download':
      return t('faq-problem-download', { reason: f.reason });
    case 'too-large':
      return t('faq-problem-too-large', { mib: String(f.mib) });
  }
}
