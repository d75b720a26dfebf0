/**
 * The words for knowledge-file problems (src/knowledge/problems.ts): what `kb lint`, the build
 * step, the start-up refusal and `/kb reload` print. These are operator diagnostics about the
 * repository's files, in English only (README, "Layers"); the `kb lint` output is a CLI contract,
 * so a change of wording here is a change of that contract.
 */
import type { CoverageRow } from '../knowledge/translations';
import type { HeadingRef, KnowledgeFact } from '../knowledge/problems';
import type { KnowledgeProblem } from '../knowledge/types';

/** A problem in words: what the knowledge engine found, or what a tool above it checks itself. */
export interface ProblemReport {
  file: string;
  line: number | null;
  field: string | null;
  message: string;
}

const SHAPES = {
  string: 'a string',
  'string-list': 'a list of strings',
  'source-mapping': 'a mapping of source keys to descriptions',
  'message-list': 'a list of messages',
} as const;

const heading = (h: HeadingRef) => `"${'#'.repeat(h.level)} ${h.text}"`;
const kindName = (of: 'article' | 'faq') => (of === 'article' ? 'article' : 'FAQ entry');
/** A paragraph quoted in a problem: its first 57 characters and an ellipsis when longer than 60. */
const quoted = (prose: string) => `"${prose.length > 60 ? prose.slice(0, 57) + '…' : prose}"`;

/** The message of one fact, without file, line or field. */
export function problemMessage(fact: KnowledgeFact): string {
  switch (fact.kind) {
    case 'directory-unreadable':
      return `cannot read the knowledge directory: ${fact.detail}`;
    case 'frontmatter-missing':
      return 'missing YAML frontmatter (the file must start with a "---" line and close it with another)';
    case 'yaml':
      return `YAML: ${fact.detail}`;
    case 'frontmatter-not-mapping':
      return 'frontmatter must be a YAML mapping';
    case 'field-unknown':
      return 'unknown field';
    case 'field-required':
      return 'is required';
    case 'field-type':
      return `expected ${SHAPES[fact.expected]}`;
    case 'field-empty':
      return 'must not be empty';
    case 'field-too-long':
      return `must be at most ${fact.max} characters`;
    case 'field-invalid':
      return fact.detail;
    case 'duplicate-id':
      return `duplicate ${fact.of === 'article' ? 'article' : 'FAQ'} id "${fact.id}" (also in ${fact.otherFile})`;
    case 'section-unknown':
      return `unknown section "## ${fact.heading}"`;
    case 'section-twice':
      return `section "## ${fact.heading}" appears twice`;
    case 'section-out-of-order':
      return `section "## ${fact.heading}" is out of order`;
    case 'sub-heading-unknown':
      return fact.under === 'causes'
        ? `unknown sub-heading "### ${fact.heading}" (expected "Server side" or "Client side")`
        : `unknown sub-heading "### ${fact.heading}" (expected Windows, macOS or Linux)`;
    case 'sub-heading-unexpected':
      return `unexpected sub-heading "### ${fact.heading}"`;
    case 'heading-level':
      return `unexpected heading level ${fact.tag}`;
    case 'cause-outside-side':
      return 'cause outside "### Server side" / "### Client side"';
    case 'fix-not-numbered':
      return '"How to fix" must be a numbered list';
    case 'code-outside-os':
      return 'code block outside an OS sub-heading';
    case 'code-block-twice':
      return 'more than one code block';
    case 'locale-folder-unknown':
      return `unknown locale folder "${fact.folder}" (expected one of ${fact.known.join(', ')})`;
    case 'id-not-file-name':
      return `id "${fact.id}" does not match the file name "${fact.fileStem}.md"`;
    case 'locale-not-folder':
      return `"${fact.locale}" does not match the folder "${fact.folder}"`;
    case 'translation-extra':
      return `extra translation: there is no English ${kindName(fact.of)} "${fact.id}"`;
    case 'summary-in-english':
      return 'is left in English';
    case 'heading-differs':
      return `heading ${fact.index} differs from the English (${fact.englishCount} headings): expected ${fact.expected ? heading(fact.expected) : 'no more headings'}, found ${fact.found ? heading(fact.found) : 'none'}`;
    case 'heading-in-english':
      return `heading ${heading(fact.heading)} is left in English`;
    case 'code-block-missing':
      return `code block ${fact.index} of the English (${fact.englishFile}:${fact.englishLine}) is missing`;
    case 'code-block-extra':
      return `code block ${fact.index} is not in the English (it has ${fact.englishCount})`;
    case 'code-block-differs':
      return `code block ${fact.index} differs from the English (${fact.englishFile}:${fact.englishLine}); code blocks must be byte-identical and in the same order`;
    case 'code-span-extra':
      return `inline code \`${fact.code}\` is not in the English (changed or added)`;
    case 'code-span-missing':
      return `inline code \`${fact.code}\` of the English (${fact.englishFile}:${fact.englishLine}) is missing or changed`;
    case 'link-missing':
      return `link ${fact.index} (to "${fact.target}", ${fact.englishFile}:${fact.englishLine}) is missing`;
    case 'link-extra':
      return `link ${fact.index} (to "${fact.target}") is not in the English`;
    case 'link-differs':
      return `link ${fact.index} goes to "${fact.target}"; the English links to "${fact.englishTarget}"`;
    case 'section-in-english':
      return fact.heading ? `section ${heading(fact.heading)} is left in English (its text is the English text)` : 'the text before the first heading is left in English';
    case 'block-in-english':
      return `left in English: ${quoted(fact.prose)}`;
    case 'translation-missing':
      return `missing ${fact.locale} translation of ${fact.of === 'article' ? 'article' : 'FAQ entry'} "${fact.id}"`;
  }
}

/** A knowledge problem in words. */
export function describeProblem(p: KnowledgeProblem): ProblemReport {
  return { file: p.file, line: p.line, field: p.field, message: problemMessage(p.fact) };
}

/** A problem as `file:line field: message` (the `kb lint` line). */
export function formatProblem(p: KnowledgeProblem | ProblemReport): string {
  const message = 'fact' in p ? problemMessage(p.fact) : p.message;
  const where = p.line !== null ? `${p.file}:${p.line}` : p.file;
  return p.field ? `${where} ${p.field}: ${message}` : `${where}: ${message}`;
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
