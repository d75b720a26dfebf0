/**
 * Checks the UI message catalogues (messages.ts) against English, the source:
 * - every file parses (Fluent syntax errors are reported with their line);
 * - every translated locale has every English message and attribute (es-419 may leave a message
 *   to es-ES, its parent);
 * - no translation has a message English lacks;
 * - a translated message uses exactly the English message's variables (`{ $port }`), so no
 *   number, name or address is lost or invented;
 * - a message of three words or more that is byte-identical to English is reported as
 *   untranslated.
 * Pure over the files it is given (catalogueFiles reads them); problems are data.
 */
import { fluentSyntax, type Syntax } from './fluent';
import { catalogueDir, catalogueFiles, UI_LOCALES, type UiLocale } from './messages';

export interface CatalogueProblem {
  locale: UiLocale;
  file: string;
  /** The message id (with `.attribute`), or null for a file-level problem. */
  id: string | null;
  line: number | null;
  kind: 'syntax' | 'missing' | 'extra' | 'variables' | 'untranslated' | 'duplicate';
  /** What differs: the variables expected and found, or the parser's message. */
  detail: string;
}

interface Entry {
  file: string;
  line: number;
  variables: Set<string>;
  text: string;
}

/** Message (and `message.attribute`) → what the lint compares, for one locale's files. */
type Catalogue = Map<string, Entry>;

function lineOf(source: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < source.length; i++) if (source.charCodeAt(i) === 10) line++;
  return line;
}

function collectVariables(node: unknown, into: Set<string>): void {
  if (node instanceof fluentSyntax().VariableReference) into.add(node.id.name);
  if (!node || typeof node !== 'object') return;
  if (node instanceof fluentSyntax().Pattern) for (const e of node.elements) collectVariables(e, into);
  else if (node instanceof fluentSyntax().Placeable) collectVariables(node.expression, into);
  else if (node instanceof fluentSyntax().SelectExpression) {
    collectVariables(node.selector, into);
    for (const v of node.variants) collectVariables(v.value, into);
  } else if ('arguments' in node) {
    const args = (node as { arguments?: { positional: unknown[]; named: { value: unknown }[] } }).arguments;
    for (const p of args?.positional ?? []) collectVariables(p, into);
    for (const n of args?.named ?? []) collectVariables(n.value, into);
  }
}

function patternText(pattern: Syntax.Pattern | null, source: string): string {
  return pattern?.span ? source.slice(pattern.span.start, pattern.span.end).trim() : '';
}

function readCatalogue(locale: UiLocale, files: Map<string, string>, problems: CatalogueProblem[]): Catalogue {
  const catalogue: Catalogue = new Map();
  for (const [file, source] of files) {
    const resource: Syntax.Resource = fluentSyntax().parse(source, { withSpans: true });
    for (const entry of resource.body) {
      if (entry.type === 'Junk') {
        const line = entry.span ? lineOf(source, entry.span.start) : null;
        const annotation = entry.annotations[0];
        problems.push({ locale, file, id: null, line, kind: 'syntax', detail: annotation ? annotation.message : 'cannot parse this entry' });
        continue;
      }
      if (!(entry instanceof fluentSyntax().Message)) continue;
      const line = entry.span ? lineOf(source, entry.span.start) : 1;
      const add = (id: string, pattern: Syntax.Pattern | null) => {
        if (catalogue.has(id)) {
          problems.push({ locale, file, id, line, kind: 'duplicate', detail: `also in ${catalogue.get(id)!.file}` });
          return;
        }
        const variables = new Set<string>();
        collectVariables(pattern, variables);
        catalogue.set(id, { file, line, variables, text: patternText(pattern, source) });
      };
      if (entry.value) add(entry.id.name, entry.value);
      for (const attribute of entry.attributes) add(`${entry.id.name}.${attribute.id.name}`, attribute.value);
    }
  }
  return catalogue;
}

const sorted = (s: Set<string>) => [...s].sort().map((v) => `$${v}`).join(', ') || 'none';

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w) && !w.includes('{')).length;
}

/** Every problem of the catalogues under `root` (default: the shipped ones). */
export function lintCatalogues(root = catalogueDir()): CatalogueProblem[] {
  const problems: CatalogueProblem[] = [];
  const english = readCatalogue('en', catalogueFiles('en', root), problems);
  const read = new Map<UiLocale, Catalogue>([['en', english]]);
  for (const locale of UI_LOCALES) {
    if (locale === 'en') continue;
    const catalogue = readCatalogue(locale, catalogueFiles(locale, root), problems);
    read.set(locale, catalogue);
    const parent = locale === 'es-419' ? read.get('es-ES') : undefined;
    for (const [id, source] of english) {
      const own = catalogue.get(id);
      if (!own) {
        if (!parent?.has(id)) problems.push({ locale, file: source.file, id, line: null, kind: 'missing', detail: `English: ${source.text.slice(0, 80)}` });
        continue;
      }
      if (sorted(own.variables) !== sorted(source.variables)) {
        problems.push({ locale, file: own.file, id, line: own.line, kind: 'variables', detail: `English uses ${sorted(source.variables)}; this uses ${sorted(own.variables)}` });
      }
      if (own.text === source.text && wordCount(source.text) >= 3) {
        problems.push({ locale, file: own.file, id, line: own.line, kind: 'untranslated', detail: 'same text as English' });
      }
    }
    for (const [id, own] of catalogue) {
      if (!english.has(id)) problems.push({ locale, file: own.file, id, line: own.line, kind: 'extra', detail: 'English has no such message' });
    }
  }
  return problems;
}

/** One problem as a line: `src/render/locales/de/check.ftl:12: check-refused: missing (English: …)`. */
export function formatCatalogueProblem(p: CatalogueProblem, root = 'src/render/locales'): string {
  const where = `${root}/${p.locale}/${p.file}${p.line ? `:${p.line}` : ''}`;
  return `${where}: ${p.id ? `${p.id}: ` : ''}${p.kind} (${p.detail})`;
}

/** Messages per locale that English has and the locale (or its parent) translates. */
export function catalogueCoverage(root = catalogueDir()): { locale: UiLocale; translated: number; total: number }[] {
  const ignored: CatalogueProblem[] = [];
  const english = readCatalogue('en', catalogueFiles('en', root), ignored);
  const rows: { locale: UiLocale; translated: number; total: number }[] = [];
  const read = new Map<UiLocale, Catalogue>();
  for (const locale of UI_LOCALES) {
    if (locale === 'en') continue;
    const own = readCatalogue(locale, catalogueFiles(locale, root), ignored);
    read.set(locale, own);
    const parent = locale === 'es-419' ? read.get('es-ES') : undefined;
    let translated = 0;
    for (const id of english.keys()) if (own.has(id) || parent?.has(id)) translated++;
    rows.push({ locale, translated, total: english.size });
  }
  return rows;
}

/** The coverage table `kb lint` prints (stderr), one row per locale. */
export function formatCatalogueCoverage(rows: readonly { locale: UiLocale; translated: number; total: number }[]): string[] {
  const out = ['UI messages (src/render/locales; missing ones fall back to English):', `  ${'LOCALE'.padEnd(6)}  MESSAGES`];
  for (const r of rows) out.push(`  ${r.locale.padEnd(6)}  ${`${r.translated}/${r.total}`.padStart(8)}`);
  return out;
}
