/**
 * Parsing of one knowledge file: the YAML frontmatter (validated with zod, problems located with
 * the yaml LineCounter) and, for articles, the fixed body sections (markdown-it tokens).
 * See docs/knowledge-format.md.
 */
import jsYaml from 'js-yaml';
import MarkdownIt from 'markdown-it';
import type * as Yaml from 'yaml';
import type { Document, LineCounter } from 'yaml';
import { z } from 'zod';
import type { FieldShape, KnowledgeFact } from './problems';
import type { Article, ArticleSections, FaqEntry, KnowledgeProblem } from './types';

type Token = ReturnType<MarkdownIt['parse']>[number];

/*
 * The schemas' messages are tokens, never shown: factOfIssue() turns each issue into a fact.
 */
const REQUIRED = 'required';
const EMPTY = 'empty';
const SHAPE = 'shape:';
/** The error option of a schema: missing → required, anything else → not of the `expected` shape. */
export const shapeError = (expected: FieldShape) => ({ error: (iss: { input?: unknown }) => (iss.input === undefined ? REQUIRED : SHAPE + expected) });

export const str = () => z.string(shapeError('string')).trim().min(1, EMPTY);
export const strList = z.array(str(), shapeError('string-list'));

type Issue = z.ZodError['issues'][number];

/** The fact behind one schema issue (the schemas above set the tokens it reads). */
export function factOfIssue(issue: Issue): KnowledgeFact {
  if (issue.code === 'too_big') return { kind: 'field-too-long', max: Number(issue.maximum) };
  if (issue.message === REQUIRED) return { kind: 'field-required' };
  if (issue.message === EMPTY) return { kind: 'field-empty' };
  if (issue.message.startsWith(SHAPE)) return { kind: 'field-type', expected: issue.message.slice(SHAPE.length) as FieldShape };
  return { kind: 'field-invalid', detail: issue.message };
}

export const articleFrontmatter = z
  .object({
    id: str(),
    title: str().max(256),
    summary: str(),
    category: str(),
    codes: strList,
    phrases: strList,
    related: strList.optional(),
  })
  .strict();

export const faqFrontmatter = z
  .object({
    id: str(),
    title: str().max(256),
    aliases: strList.optional(),
  })
  .strict();

export interface SectionLines {
  meaning?: number;
  causes?: number;
  server?: number;
  client?: number;
  fix?: number;
  test?: number;
  windows?: number;
  macos?: number;
  linux?: number;
  related?: number;
}

export interface ParsedFile<T> {
  value: T | null;
  problems: KnowledgeProblem[];
  /** 1-based line of each frontmatter field, and of list items (`codes[2]`). */
  fieldLines: FieldLines;
  /** 1-based line of each body section heading that was found. */
  sectionLines: SectionLines;
  /** Problems about the body structure (reported by lint; the loader tolerates them). */
  bodyProblems: KnowledgeProblem[];
  /** Where the body starts (1-based line). */
  bodyLine: number;
  /** The markdown body (after the frontmatter), when the file had frontmatter. */
  body?: string;
}

export interface Split {
  frontmatter: string;
  body: string;
  /** 1-based line of the first frontmatter line and of the first body line. */
  fmLine: number;
  bodyLine: number;
}

export function splitFrontmatter(text: string): Split | null {
  const src = text.startsWith('\ufeff') ? text.slice(1) : text;
  const lines = src.split(/\r?\n/);
  if (lines[0]?.trimEnd() !== '---') return null;
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i]!.trimEnd();
    if (l === '---' || l === '...') {
      return { frontmatter: lines.slice(1, i).join('\n'), body: lines.slice(i + 1).join('\n'), fmLine: 2, bodyLine: i + 2 };
    }
  }
  return null;
}

/** `yaml` is only needed to locate problems, so it loads on first use. */
let yamlLib: typeof Yaml | null = null;
function yaml(): typeof Yaml {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  yamlLib ??= require('yaml') as typeof Yaml;
  return yamlLib;
}

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out;
}

/** The 1-based file line of the node at `path` (or of its closest existing parent). */
function lineOf(doc: Document, lc: LineCounter, path: (string | number)[], fmLine: number): number {
  for (let n = path.length; n >= 0; n--) {
    const sub = path.slice(0, n);
    const node = sub.length ? doc.getIn(sub, true) : doc.contents;
    if (yaml().isNode(node) && node.range) return lc.linePos(node.range[0]).line + fmLine - 1;
  }
  return fmLine;
}

/** 1-based file line of a frontmatter field (`codes`, `codes[2]`), when known. */
export interface FieldLines {
  get(field: string): number | undefined;
}

interface FrontmatterResult {
  data: unknown;
  problems: KnowledgeProblem[];
  fieldLines: FieldLines;
}

/**
 * Fast path: js-yaml (several times faster than `yaml`) and zod. Field lines are worked out
 * only when asked for (lint, duplicate ids), with `yaml`'s positions. Any problem takes the
 * precise path, which locates every problem.
 */
export function parseFrontmatter(file: string, split: Split, schema: z.ZodType): FrontmatterResult & { parsed: unknown } {
  let data: unknown;
  try {
    data = jsYaml.load(split.frontmatter);
  } catch {
    return parseFrontmatterPrecisely(file, split, schema);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return parseFrontmatterPrecisely(file, split, schema);
  const result = schema.safeParse(data);
  if (!result.success) return parseFrontmatterPrecisely(file, split, schema);
  let lines: Map<string, number> | null = null;
  const fieldLines: FieldLines = {
    get(field) {
      lines ??= parseFrontmatterPrecisely(file, split, schema).fieldLines;
      return lines.get(field);
    },
  };
  return { data, parsed: result.data, problems: [], fieldLines };
}

/**
 * Parse a whole YAML file (not a frontmatter block) against `schema`, with the same fast path and
 * located problems as frontmatter. Used for the data files in knowledge/messages/.
 */
export function parseYamlFile(file: string, text: string, schema: z.ZodType): { parsed: unknown; problems: KnowledgeProblem[]; fieldLines: FieldLines } {
  const src = text.startsWith('\ufeff') ? text.slice(1) : text;
  const r = parseFrontmatter(file, { frontmatter: src, body: '', fmLine: 1, bodyLine: 1 }, schema);
  return { parsed: r.parsed, problems: r.problems, fieldLines: r.fieldLines };
}

function parseFrontmatterPrecisely(file: string, split: Split, schema: z.ZodType): FrontmatterResult & { parsed: unknown; fieldLines: Map<string, number> } {
  const lc = new (yaml().LineCounter)();
  const doc = yaml().parseDocument(split.frontmatter, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  const problems: KnowledgeProblem[] = [];
  const fieldLines = new Map<string, number>();
  for (const err of doc.errors) {
    // Without prettyErrors the error has no linePos: locate it from its offset.
    const line = err.linePos?.[0]?.line ?? lc.linePos(err.pos[0]).line;
    problems.push({ file, line: line !== undefined ? line + split.fmLine - 1 : split.fmLine, field: null, fact: { kind: 'yaml', detail: err.message.split('\n')[0]! } });
  }
  if (problems.length) return { data: null, parsed: null, problems, fieldLines };
  const data: unknown = doc.toJS();
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    problems.push({ file, line: split.fmLine, field: null, fact: { kind: 'frontmatter-not-mapping' } });
    return { data: null, parsed: null, problems, fieldLines };
  }
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    fieldLines.set(key, lineOf(doc, lc, [key], split.fmLine));
    if (Array.isArray(value)) value.forEach((_v, i) => fieldLines.set(`${key}[${i}]`, lineOf(doc, lc, [key, i], split.fmLine)));
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          problems.push({ file, line: lineOf(doc, lc, [...path, key], split.fmLine), field: formatPath([...path, key]), fact: { kind: 'field-unknown' } });
        }
        continue;
      }
      problems.push({ file, line: lineOf(doc, lc, path, split.fmLine), field: formatPath(path) || null, fact: factOfIssue(issue) });
    }
    return { data, parsed: null, problems, fieldLines };
  }
  return { data, parsed: result.data, problems, fieldLines };
}

const md = new MarkdownIt('commonmark');

const H2 = {
  meaning: 'what it means',
  causes: 'common causes',
  fix: 'how to fix',
  test: 'test it',
  related: 'related',
} as const;
type H2Key = keyof typeof H2;
const H2_ORDER: H2Key[] = ['meaning', 'causes', 'fix', 'test', 'related'];
const H3_CAUSES: Record<string, 'server' | 'client'> = { 'server side': 'server', 'client side': 'client' };
const H3_TEST: Record<string, 'windows' | 'macos' | 'linux'> = { windows: 'windows', macos: 'macos', linux: 'linux' };

function emptySections(): ArticleSections {
  return { meaning: '', causes: { server: [], client: [] }, fix: [], test: { windows: '', macos: '', linux: '' } };
}

/** Parse the body of an article into its fixed sections, collecting structure problems. */
export function parseArticleBody(
  file: string,
  body: string,
  bodyLine: number,
): { sections: ArticleSections; lines: SectionLines; problems: KnowledgeProblem[] } {
  const tokens: Token[] = md.parse(body, {});
  const sections = emptySections();
  const lines: SectionLines = {};
  const problems: KnowledgeProblem[] = [];
  const lineAt = (t: Token) => (t.map ? t.map[0] + bodyLine : bodyLine);
  let h2: H2Key | null = null;
  let h3: string | null = null;
  let lastH2Index = -1;
  const meaning: string[] = [];

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type === 'heading_open') {
      const text = (tokens[i + 1]?.content ?? '').trim();
      const lower = text.toLowerCase();
      if (t.tag === 'h2') {
        const key = H2_ORDER.find((k) => H2[k] === lower);
        h3 = null;
        if (!key) {
          problems.push({ file, line: lineAt(t), field: 'sections', fact: { kind: 'section-unknown', heading: text } });
          h2 = null;
          continue;
        }
        const order = H2_ORDER.indexOf(key);
        if (lines[key] !== undefined) problems.push({ file, line: lineAt(t), field: `sections.${key}`, fact: { kind: 'section-twice', heading: text } });
        else if (order < lastH2Index) problems.push({ file, line: lineAt(t), field: `sections.${key}`, fact: { kind: 'section-out-of-order', heading: text } });
        lastH2Index = Math.max(lastH2Index, order);
        lines[key] = lineAt(t);
        h2 = key;
      } else if (t.tag === 'h3') {
        h3 = lower;
        if (h2 === 'causes') {
          const side = H3_CAUSES[lower];
          if (side) lines[side] = lineAt(t);
          else problems.push({ file, line: lineAt(t), field: 'sections.causes', fact: { kind: 'sub-heading-unknown', heading: text, under: 'causes' } });
        } else if (h2 === 'test') {
          const os = H3_TEST[lower];
          if (os) lines[os] = lineAt(t);
          else problems.push({ file, line: lineAt(t), field: 'sections.test', fact: { kind: 'sub-heading-unknown', heading: text, under: 'test' } });
        } else {
          problems.push({ file, line: lineAt(t), field: h2 ? `sections.${h2}` : 'sections', fact: { kind: 'sub-heading-unexpected', heading: text } });
        }
      } else {
        problems.push({ file, line: lineAt(t), field: 'sections', fact: { kind: 'heading-level', tag: t.tag } });
      }
      continue;
    }
    if (h2 === 'meaning' && t.type === 'inline' && tokens[i - 1]?.type === 'paragraph_open') meaning.push(t.content.trim());
    if (t.type === 'list_item_open' && (h2 === 'causes' || h2 === 'fix')) {
      // Collect the item's inline text up to its closing token.
      const parts: string[] = [];
      let depth = 0;
      let k = i + 1;
      for (; k < tokens.length; k++) {
        const u = tokens[k]!;
        if (u.type === 'list_item_open') depth++;
        if (u.type === 'list_item_close') {
          if (depth === 0) break;
          depth--;
        }
        if (u.type === 'inline') parts.push(u.content.trim());
      }
      const text = parts.join(' ').trim();
      if (h2 === 'causes') {
        const side = h3 ? H3_CAUSES[h3] : undefined;
        if (side) sections.causes[side].push(text);
        else problems.push({ file, line: lineAt(t), field: 'sections.causes', fact: { kind: 'cause-outside-side' } });
      } else {
        const listOpen = findListOpen(tokens, i);
        if (listOpen && listOpen.type !== 'ordered_list_open' && sections.fix.length === 0) {
          problems.push({ file, line: lineAt(t), field: 'sections.fix', fact: { kind: 'fix-not-numbered' } });
        }
        sections.fix.push(text);
      }
      i = k;
      continue;
    }
    if ((t.type === 'fence' || t.type === 'code_block') && h2 === 'test') {
      const os = h3 ? H3_TEST[h3] : undefined;
      if (!os) problems.push({ file, line: lineAt(t), field: 'sections.test', fact: { kind: 'code-outside-os' } });
      else if (sections.test[os]) problems.push({ file, line: lineAt(t), field: `sections.test.${os}`, fact: { kind: 'code-block-twice' } });
      else sections.test[os] = t.content.replace(/\n$/, '');
    }
  }
  sections.meaning = meaning.filter(Boolean).join('\n\n');
  return { sections, lines, problems };
}

function findListOpen(tokens: Token[], itemIndex: number): Token | undefined {
  const level = tokens[itemIndex]!.level;
  for (let k = itemIndex - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (t.level === level - 1 && (t.type === 'ordered_list_open' || t.type === 'bullet_list_open')) return t;
  }
  return undefined;
}

/** Parse an article file's text. `file` is the path shown in problems. */
export function parseArticle(file: string, text: string): ParsedFile<Article> {
  const split = splitFrontmatter(text);
  if (!split) {
    const problem: KnowledgeProblem = { file, line: 1, field: null, fact: { kind: 'frontmatter-missing' } };
    return { value: null, problems: [problem], fieldLines: new Map(), sectionLines: {}, bodyProblems: [], bodyLine: 1 };
  }
  const fm = parseFrontmatter(file, split, articleFrontmatter);
  const body = parseArticleBody(file, split.body, split.bodyLine);
  if (!fm.parsed) return { value: null, problems: fm.problems, fieldLines: fm.fieldLines, sectionLines: body.lines, bodyProblems: body.problems, bodyLine: split.bodyLine };
  const d = fm.parsed as z.infer<typeof articleFrontmatter>;
  const article: Article = {
    id: d.id,
    title: d.title,
    summary: d.summary,
    category: d.category.toLowerCase(),
    codes: d.codes,
    phrases: d.phrases,
    related: d.related ?? [],
    sections: body.sections,
    file,
  };
  return { value: article, problems: [], fieldLines: fm.fieldLines, sectionLines: body.lines, bodyProblems: body.problems, bodyLine: split.bodyLine, body: split.body };
}

/** Parse a FAQ file's text. */
export function parseFaq(file: string, text: string): ParsedFile<FaqEntry> {
  const split = splitFrontmatter(text);
  if (!split) {
    const problem: KnowledgeProblem = { file, line: 1, field: null, fact: { kind: 'frontmatter-missing' } };
    return { value: null, problems: [problem], fieldLines: new Map(), sectionLines: {}, bodyProblems: [], bodyLine: 1 };
  }
  const fm = parseFrontmatter(file, split, faqFrontmatter);
  if (!fm.parsed) return { value: null, problems: fm.problems, fieldLines: fm.fieldLines, sectionLines: {}, bodyProblems: [], bodyLine: split.bodyLine };
  const d = fm.parsed as z.infer<typeof faqFrontmatter>;
  const entry: FaqEntry = { id: d.id, title: d.title, aliases: d.aliases ?? [], body: split.body.trim(), file };
  return { value: entry, problems: [], fieldLines: fm.fieldLines, sectionLines: {}, bodyProblems: [], bodyLine: split.bodyLine, body: split.body };
}
