/**
 * What can be wrong with an uploaded FAQ file or a typed entry, as data: render/faq.ts words it in
 * the reader's language. `message` stays English for the CLI and the logs.
 */
import type { ProblemReport } from './knowledge-problems';

/** A problem found by the FAQ import itself (not by the knowledge linter). */
export type ImportFact = { kind: 'not-md' } | { kind: 'duplicate-id'; id: string; other: string } | { kind: 'no-md' } | { kind: 'id-required' } | { kind: 'id-shape' };

export interface ImportProblem extends ProblemReport {
  /** Set for the problems found here; the knowledge linter's own problems carry only `message`. */
  fact?: ImportFact;
}

/** Why an upload could not be opened at all. */
export type ArchiveProblem =
  | { kind: 'not-zip' }
  | { kind: 'unreadable-zip'; error: string }
  | { kind: 'file-too-large'; file: string; kib: number }
  | { kind: 'too-many-files'; count: number; max: number };


export type AttachmentFact = { kind: 'not-cdn' } | { kind: 'download'; reason: string } | { kind: 'too-large'; mib: number };
