/**
 * Export and import archives: one markdown file per entry (the shipped format), zipped with
 * fflate. Reading checks every file before anything is saved: the same lint as shipped entries,
 * problems by file and field, all or nothing.
 */
import { unzipSync, zipSync } from 'fflate';
import type { ProblemReport } from '../render/knowledge-problems';
import { faqToMarkdown, lintFaqText, type FaqText } from './markdown';

export const IMPORT_LIMITS = { files: 1000, bytesPerFile: 64 * 1024, totalBytes: 8 * 1024 * 1024 } as const;

export function zipEntries(entries: readonly FaqText[]): Buffer {
  const files: Record<string, Uint8Array> = {};
  for (const e of entries) files[`${e.id}.md`] = Buffer.from(faqToMarkdown(e), 'utf8');
  return Buffer.from(zipSync(files, { level: 6 }));
}

export type ImportRead = { ok: true; entries: FaqText[] } | { ok: false; problems: ProblemReport[] };

/** Markdown files by name: a zip (folders ignored, other files refused) or one .md file. */
export function filesOf(name: string, data: Buffer): { files: { name: string; text: string }[] } | { problem: string } {
  if (name.toLowerCase().endsWith('.md')) return { files: [{ name, text: data.toString('utf8') }] };
  if (data[0] !== 0x50 || data[1] !== 0x4b) return { problem: 'expected a .zip of .md files (as /faqs export makes) or one .md file' };
  let total = 0;
  let unzipped: Record<string, Uint8Array>;
  try {
    unzipped = unzipSync(new Uint8Array(data), {
      // Sizes are checked from the headers before anything is inflated (zip bombs).
      filter: (f) => {
        total += f.originalSize;
        if (f.originalSize > IMPORT_LIMITS.bytesPerFile || total > IMPORT_LIMITS.totalBytes) throw new Error(`${f.name} is too large (at most ${IMPORT_LIMITS.bytesPerFile / 1024} KiB per file)`);
        return !f.name.endsWith('/');
      },
    });
  } catch (err) {
    return { problem: `cannot read the zip: ${(err as Error).message}` };
  }
  const names = Object.keys(unzipped);
  if (names.length > IMPORT_LIMITS.files) return { problem: `${names.length} files (at most ${IMPORT_LIMITS.files})` };
  return { files: names.map((n) => ({ name: n, text: Buffer.from(unzipped[n]!).toString('utf8') })) };
}

/** Lint every file; entries only when every file is clean (and ids are unique). */
export function readImport(files: { name: string; text: string }[]): ImportRead {
  const problems: ProblemReport[] = [];
  const entries: FaqText[] = [];
  const seen = new Map<string, string>();
  for (const f of files) {
    const base = f.name.split('/').pop()!;
    if (!base.toLowerCase().endsWith('.md')) {
      problems.push({ file: f.name, line: null, field: null, message: 'not a .md file' });
      continue;
    }
    const { entry, problems: found } = lintFaqText(base, f.text);
    problems.push(...found.map((p) => ({ ...p, file: f.name })));
    if (!entry) continue;
    const other = seen.get(entry.id);
    if (other) problems.push({ file: f.name, line: null, field: 'id', message: `"${entry.id}" is also the id of ${other}` });
    seen.set(entry.id, f.name);
    entries.push({ id: entry.id, title: entry.title, aliases: entry.aliases, body: entry.body });
  }
  if (files.length === 0) problems.push({ file: '(archive)', line: null, field: null, message: 'no .md files in it' });
  return problems.length ? { ok: false, problems } : { ok: true, entries };
}
