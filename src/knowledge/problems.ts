/**
 * What can be wrong with the knowledge files, as data. The loader, the parsers, the
 * translation checks and `kb lint`'s checks of an FAQ entry return these; src/render/knowledge-problems.ts words them (`kb lint`, the
 * start-up refusal, `/kb reload`).
 */

/** A heading as written: `level` 2 for `##`. */
export interface HeadingRef {
  level: number;
  text: string;
}

/** Where something is in the English original of a translation. */
export interface EnglishAt {
  englishFile: string;
  englishLine: number;
}

/** The shape a frontmatter or data-file field was expected to have. */
export type FieldShape = 'string' | 'string-list' | 'source-mapping' | 'message-list';

/** Why a rendered embed does not fit Discord's limits: what is too long, its size and the limit. */
export type EmbedOverflow =
  | { part: 'title' | 'description' | 'footer' | 'total'; length: number; limit: number }
  | { part: 'fields'; count: number; limit: number }
  /** `name`: the field's name (its first 40 characters for `field-name`). */
  | { part: 'field-name' | 'field-value'; name: string; length: number; limit: number }
  | { part: 'field-empty'; name: string };

export type KnowledgeFact =
  // Reading and parsing files (load.ts, parse.ts, messages.ts).
  /** `detail`: the system's own error text. */
  | { kind: 'directory-unreadable'; detail: string }
  | { kind: 'frontmatter-missing' }
  /** `detail`: the YAML parser's own first line. */
  | { kind: 'yaml'; detail: string }
  | { kind: 'frontmatter-not-mapping' }
  | { kind: 'field-unknown' }
  | { kind: 'field-required' }
  | { kind: 'field-type'; expected: FieldShape }
  | { kind: 'field-empty' }
  | { kind: 'field-too-long'; max: number }
  /** Any other schema complaint; `detail` is the schema library's own text. */
  | { kind: 'field-invalid'; detail: string }
  | { kind: 'duplicate-id'; of: 'article' | 'faq'; id: string; otherFile: string }
  // The article body's fixed sections (parse.ts).
  | { kind: 'section-unknown'; heading: string }
  | { kind: 'section-twice'; heading: string }
  | { kind: 'section-out-of-order'; heading: string }
  | { kind: 'sub-heading-unknown'; heading: string; under: 'causes' | 'test' }
  | { kind: 'sub-heading-unexpected'; heading: string }
  | { kind: 'heading-level'; tag: string }
  | { kind: 'cause-outside-side' }
  | { kind: 'fix-not-numbered' }
  | { kind: 'code-outside-os' }
  | { kind: 'code-block-twice' }
  // Translations against their English original (translations.ts).
  | { kind: 'locale-folder-unknown'; folder: string; known: readonly string[] }
  | { kind: 'id-not-file-name'; id: string; fileStem: string }
  | { kind: 'locale-not-folder'; locale: string; folder: string }
  | { kind: 'translation-extra'; of: 'article' | 'faq'; id: string }
  | { kind: 'summary-in-english' }
  | { kind: 'heading-differs'; index: number; englishCount: number; expected: HeadingRef | null; found: HeadingRef | null }
  | { kind: 'heading-in-english'; heading: HeadingRef }
  | ({ kind: 'code-block-missing'; index: number } & EnglishAt)
  | { kind: 'code-block-extra'; index: number; englishCount: number }
  | ({ kind: 'code-block-differs'; index: number } & EnglishAt)
  | { kind: 'code-span-extra'; code: string }
  | ({ kind: 'code-span-missing'; code: string } & EnglishAt)
  | ({ kind: 'link-missing'; index: number; target: string } & EnglishAt)
  | { kind: 'link-extra'; index: number; target: string }
  | { kind: 'link-differs'; index: number; target: string; englishTarget: string }
  /** `heading` null: the text before the first heading. */
  | { kind: 'section-in-english'; heading: HeadingRef | null }
  | { kind: 'block-in-english'; prose: string }
  | { kind: 'translation-missing'; locale: string; of: 'article' | 'faq'; id: string }
  // The format's own checks of an entry (kb-tools/lint.ts; also what a moderator typed or imported).
  | { kind: 'id-not-kebab'; id: string }
  | { kind: 'text-empty' }
  | { kind: 'text-too-long'; length: number; max: number }
  | { kind: 'faq-embed-overflow'; overflow: EmbedOverflow };

export type KnowledgeFactKind = KnowledgeFact['kind'];
