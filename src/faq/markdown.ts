/**
 * FAQ entries as markdown files in the shipped format (knowledge/faq/<id>.md): YAML frontmatter
 * `id`, `title`, `aliases`, then the body. Used by export, and to lint what a moderator typed
 * exactly as a shipped file would be linted.
 */
import jsYaml from 'js-yaml';
import { lintFaqText } from '../kb-tools/lint';
import type { FaqEntry } from '../knowledge/types';
import { FAQ_ID_MAX_LENGTH } from './limits';
import type { ImportProblem } from '../render/faq-problems';

export { lintFaqText };

export interface FaqText {
  id: string;
  title: string;
  aliases: string[];
  body: string;
}

export function faqToMarkdown(entry: FaqText): string {
  const fm: Record<string, unknown> = { id: entry.id, title: entry.title };
  if (entry.aliases.length) fm.aliases = entry.aliases;
  const yaml = jsYaml.dump(fm, { lineWidth: -1, flowLevel: 1 });
  return `---\n${yaml}---\n\n${entry.body.trim()}\n`;
}

/** Aliases as typed in a modal: comma- or newline-separated, trimmed, empty ones dropped, no duplicates. */
export function parseAliasList(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of text.split(/[,\n]/)) {
    const a = raw.trim().replace(/\s+/g, ' ');
    if (!a || seen.has(a.toLowerCase())) continue;
    seen.add(a.toLowerCase());
    out.push(a);
  }
  return out;
}

/** Lint one entry as the file `<id>.md` would be linted. Problems name the field. */
export function lintFaqEntry(entry: FaqText): { entry: FaqEntry | null; problems: ImportProblem[] } {
  const id = entry.id.trim();
  if (!id) return { entry: null, problems: [{ file: 'id', line: null, field: 'id', fact: { kind: 'id-required' } }] };
  // The id names the file, so a path-like id is reported as an id problem, never used as a path.
  if (id.includes('/') || id.includes('\\') || id.length > FAQ_ID_MAX_LENGTH) {
    return { entry: null, problems: [{ file: `${id.slice(0, FAQ_ID_MAX_LENGTH)}.md`, line: null, field: 'id', fact: { kind: 'id-shape' } }] };
  }
  return lintFaqText(`${id}.md`, faqToMarkdown({ ...entry, id }));
}
