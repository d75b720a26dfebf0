/**
 * Export and import archives: one markdown file per entry (the shipped format), zipped with
 * fflate. Reading checks every file before anything is saved: the same lint as shipped entries,
 * problems by file and field, all or nothing.
 */
import { unzipSync, zipSync } from 'fflate';
import type { ArchiveProblem, ImportProblem } from '../render/faq-problems';
import { faqToMarkdown, lintFaqText, type FaqText } from './markdown';

export const IMPORT_LIMITS = { files: 1000, bytesPerFile: 64 * 1024, totalBytes: 8 * 1024 * 1024 } as const;

export function zipEntries(entries: readonly FaqText[]): Buffer {
  const files: Record<string, Uint8Array> = {};
  for (const e of entries) files[`${e.id}.md`] = Buffer.from(faqToMarkdown(e), 'utf8');
  return Buffer.from(zipSync(files, { level: 6 }));
}

export type { ArchiveProblem, ImportFact, ImportProblem } from '../render/faq-problems';

export type ImportRead = { ok: true; entries: FaqText[] } | { ok: false; problems: ImportProblem[] };

/** Markdown files by name: a zip (folders ignored, other files refused) or one .md file. */
export function filesOf(name: string, data: Buffer): { files: { name: string; text: string }[] } | { problem: ArchiveProblem } {
  if (name.toLowerCase().endsWith('.md')) return { files: [{ name, text: data.toString('utf8') }] };
  if (data[0] !== 0x50 || data[1] !== 0x4b) return { problem: { kind: 'not-zip' } };
  let total = 0;
  let tooLarge = null as string | null;
  let unzipped: Record<string, Uint8Array>;
  try {
    unzipped = unzipSync(new Uint8Array(data), {
      // Sizes are checked from the headers before anything is inflated (zip bombs).
      filter: (f) => {
        total += f.originalSize;
        if (f.originalSize > IMPORT_LIMITS.bytesPerFile || total > IMPORT_LIMITS.totalBytes) {
          tooLarge = f.name;
          throw new Error(`${f.name} is too large`);
        }
        return !f.name.endsWith('/');
      },
    });
  } catch (err) {
    if (tooLarge !== null) return { problem: { kind: 'file-too-large', file: tooLarge, kib: IMPORT_LIMITS.bytesPerFile / 1024 } };
    return { problem: { kind: 'unreadable-zip', error: (err as Error).message } };
  }
  const names = Object.keys(unzipped);
  if (names.length > IMPORT_LIMITS.files) return { problem: { kind: 'too-many-files', count: names.length, max: IMPORT_LIMITS.files } };
  return { files: names.map((n) => ({ name: n, text: Buffer.from(unzipped[n]!).toString('utf8') })) };
}

/** Lint every file; entries only when every file is clean (and ids are unique). */
export function readImport(files: { name: string; text: string }[]): ImportRead {
  const problems: ImportProblem[] = [];
  const entries: FaqText[] = [];
  const seen = new Map<string, string>();
  for (const f of files) {
    const base = f.name.split('/').pop()!;
    if (!base.toLowerCase().endsWith('.md')) {
      problems.push({ file: f.name, line: null, field: null, fact: { kind: 'not-md' } });
      continue;
    }
    const { entry, problems: found } = lintFaqText(base, f.text);
    problems.push(...found.map((p) => ({ ...p, file: f.name })));
    if (!entry) continue;
    const other = seen.get(entry.id);
    if (other) problems.push({ file: f.name, line: null, field: 'id', fact: { kind: 'import-duplicate-id', id: entry.id, other } });
    seen.set(entry.id, f.name);
    entries.push({ id: entry.id, title: entry.title, aliases: entry.aliases, body: entry.body });
  }
  if (files.length === 0) problems.push({ file: '(archive)', line: null, field: null, fact: { kind: 'no-md' } });
  return problems.length ? { ok: false, problems } : { ok: true, entries };
}
