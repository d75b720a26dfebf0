/**
 * What can be wrong with an uploaded FAQ file or a typed entry, as data: render/faq.ts words it in
 * the reader's language (the CLI's `faq import` in English).
 */
import type { KnowledgeFact } from '../knowledge/problems';

/** A problem found by the FAQ import itself (not by the knowledge linter). */
export type ImportFact =
  | { kind: 'not-md' }
  /** Two files of one import give the same id; `other` is the other file. */
  | { kind: 'import-duplicate-id'; id: string; other: string }
  | { kind: 'no-md' }
  | { kind: 'id-required' }
  | { kind: 'id-shape' };

/** A problem of an import or a form, by file, line and field: the import's own, or the knowledge linter's. */
export interface ImportProblem {
  file: string;
  line: number | null;
  field: string | null;
  fact: ImportFact | KnowledgeFact;
}

/** Why an upload could not be opened at all. */
export type ArchiveProblem =
  | { kind: 'not-zip' }
  | { kind: 'unreadable-zip'; error: string }
  | { kind: 'file-too-large'; file: string; kib: number }
  | { kind: 'too-many-files'; count: number; max: number };


export type AttachmentFact = { kind: 'not-cdn' } | { kind: 'download'; reason: string } | { kind: 'too-large'; mib: number };
