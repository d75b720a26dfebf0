/**
 * Checks of request bodies against Discord's documented limits, so a bot bug that production
 * Discord would reject with 400 "Invalid Form Body" (code 50035) is rejected here too.
 * Each check returns the `errors` tree Discord would send, or null when the body is acceptable.
 */
import { type Json } from './payloads';

export type FormErrors = Record<string, unknown>;

interface Problem {
  path: (string | number)[];
  code: string;
  message: string;
}

/** Components V2: top-level components replace content and embeds. */
const IS_COMPONENTS_V2 = 1 << 15;

function toTree(problems: Problem[]): FormErrors | null {
  if (problems.length === 0) return null;
  const tree: FormErrors = {};
  for (const p of problems) {
    let node = tree;
    for (const key of p.path) {
      const k = String(key);
      node[k] ??= {};
      node = node[k] as FormErrors;
    }
    const list = (node._errors as unknown[] | undefined) ?? [];
    list.push({ code: p.code, message: p.message });
    node._errors = list;
  }
  return tree;
}

function maxLength(problems: Problem[], path: (string | number)[], value: unknown, max: number): void {
  if (typeof value === 'string' && [...value].length > max) {
    problems.push({ path, code: 'BASE_TYPE_MAX_LENGTH', message: `Must be ${max} or fewer in length.` });
  }
}

function embedLength(embed: Json): number {
  let total = 0;
  const add = (v: unknown) => {
    if (typeof v === 'string') total += [...v].length;
  };
  add(embed.title);
  add(embed.description);
  add((embed.footer as Json | undefined)?.text);
  add((embed.author as Json | undefined)?.name);
  for (const f of (embed.fields as Json[] | undefined) ?? []) {
    add(f.name);
    add(f.value);
  }
  return total;
}

/**
 * Limits on a message body (create, edit, interaction response, follow-up).
 * `requireSomething`: creating a message with nothing in it is error 50006, not 50035.
 */
export function checkMessageBody(body: Json, options: { requireSomething: boolean; fileCount?: number }): { code: number; message: string; errors?: FormErrors } | null {
  const problems: Problem[] = [];
  const flags = typeof body.flags === 'number' ? body.flags : 0;
  maxLength(problems, ['content'], body.content, 2000);

  const embeds = body.embeds;
  if (embeds !== undefined && embeds !== null) {
    if (!Array.isArray(embeds)) problems.push({ path: ['embeds'], code: 'BASE_TYPE_ARRAY', message: 'Must be an array.' });
    else {
      if (embeds.length > 10) problems.push({ path: ['embeds'], code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 10 or fewer in length.' });
      let total = 0;
      embeds.forEach((raw, i) => {
        const e = (raw ?? {}) as Json;
        maxLength(problems, ['embeds', i, 'title'], e.title, 256);
        maxLength(problems, ['embeds', i, 'description'], e.description, 4096);
        maxLength(problems, ['embeds', i, 'footer', 'text'], (e.footer as Json | undefined)?.text, 2048);
        maxLength(problems, ['embeds', i, 'author', 'name'], (e.author as Json | undefined)?.name, 256);
        const fields = (e.fields as Json[] | undefined) ?? [];
        if (fields.length > 25) problems.push({ path: ['embeds', i, 'fields'], code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 25 or fewer in length.' });
        fields.forEach((f, j) => {
          maxLength(problems, ['embeds', i, 'fields', j, 'name'], f.name, 256);
          maxLength(problems, ['embeds', i, 'fields', j, 'value'], f.value, 1024);
          if (typeof f.name !== 'string' || f.name.length === 0) problems.push({ path: ['embeds', i, 'fields', j, 'name'], code: 'BASE_TYPE_REQUIRED', message: 'This field is required' });
          if (typeof f.value !== 'string' || f.value.length === 0) problems.push({ path: ['embeds', i, 'fields', j, 'value'], code: 'BASE_TYPE_REQUIRED', message: 'This field is required' });
        });
        total += embedLength(e);
      });
      if (total > 6000) problems.push({ path: ['embeds'], code: 'MAX_EMBED_SIZE_EXCEEDED', message: 'Embed size exceeds maximum size of 6000' });
    }
  }

  const components = body.components;
  if (Array.isArray(components)) {
    const max = flags & IS_COMPONENTS_V2 ? 40 : 5;
    if (components.length > max) problems.push({ path: ['components'], code: 'BASE_TYPE_MAX_LENGTH', message: `Must be ${max} or fewer in length.` });
    if (!(flags & IS_COMPONENTS_V2)) {
      components.forEach((row, i) => {
        const inner = ((row ?? {}) as Json).components;
        if (Array.isArray(inner) && inner.length > 5) problems.push({ path: ['components', i, 'components'], code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 5 or fewer in length.' });
        if (Array.isArray(inner)) {
          inner.forEach((c, j) => {
            const comp = (c ?? {}) as Json;
            maxLength(problems, ['components', i, 'components', j, 'custom_id'], comp.custom_id, 100);
            maxLength(problems, ['components', i, 'components', j, 'label'], comp.label, 80);
          });
        }
      });
    }
  }

  const tree = toTree(problems);
  if (tree) return { code: 50035, message: 'Invalid Form Body', errors: tree };

  if (options.requireSomething) {
    const hasContent = typeof body.content === 'string' && body.content.length > 0;
    const hasEmbeds = Array.isArray(embeds) && embeds.length > 0;
    const hasComponents = Array.isArray(components) && components.length > 0;
    const hasOther = Boolean(body.sticker_ids) || Boolean(body.poll) || (options.fileCount ?? 0) > 0;
    if (!hasContent && !hasEmbeds && !hasComponents && !hasOther) return { code: 50006, message: 'Cannot send an empty message' };
  }
  return null;
}

/** Autocomplete result (callback type 8) limits. */
export function checkAutocompleteChoices(data: Json): FormErrors | null {
  const problems: Problem[] = [];
  const choices = data.choices;
  if (!Array.isArray(choices)) {
    problems.push({ path: ['data', 'choices'], code: 'BASE_TYPE_REQUIRED', message: 'This field is required' });
    return toTree(problems);
  }
  if (choices.length > 25) problems.push({ path: ['data', 'choices'], code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 25 or fewer in length.' });
  choices.forEach((raw, i) => {
    const c = (raw ?? {}) as Json;
    if (typeof c.name !== 'string' || c.name.length < 1) problems.push({ path: ['data', 'choices', i, 'name'], code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be between 1 and 100 in length.' });
    maxLength(problems, ['data', 'choices', i, 'name'], c.name, 100);
    maxLength(problems, ['data', 'choices', i, 'value'], c.value, 100);
  });
  return toTree(problems);
}

const COMMAND_NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

/** The locale keys Discord accepts in `name_localizations` / `description_localizations`. */
export const DISCORD_LOCALE_KEYS = new Set([
  'id', 'da', 'de', 'en-GB', 'en-US', 'es-ES', 'es-419', 'fr', 'hr', 'it', 'lt', 'hu', 'nl', 'no', 'pl', 'pt-BR',
  'ro', 'fi', 'sv-SE', 'vi', 'tr', 'cs', 'el', 'bg', 'ru', 'uk', 'hi', 'th', 'zh-CN', 'ja', 'zh-TW', 'ko',
]);

/** Localized names follow the same rules as the name (chat input: the regex, lowercase); descriptions 1–100. */
function checkLocalizations(problems: Problem[], path: (string | number)[], node: Json, chatInput: boolean): void {
  const names = node.name_localizations;
  if (names !== undefined && names !== null) {
    for (const [locale, value] of Object.entries(names as Json)) {
      const ok = typeof value === 'string' && (chatInput ? COMMAND_NAME.test(value) && value === value.toLowerCase() : value.length >= 1 && value.length <= 32);
      if (!DISCORD_LOCALE_KEYS.has(locale)) problems.push({ path: [...path, 'name_localizations', locale], code: 'LOCALE_INVALID', message: `Invalid locale "${locale}"` });
      else if (!ok) problems.push({ path: [...path, 'name_localizations', locale], code: 'APPLICATION_COMMAND_INVALID_NAME', message: 'Command name is invalid' });
    }
  }
  const descriptions = node.description_localizations;
  if (descriptions !== undefined && descriptions !== null) {
    for (const [locale, value] of Object.entries(descriptions as Json)) {
      if (!DISCORD_LOCALE_KEYS.has(locale)) problems.push({ path: [...path, 'description_localizations', locale], code: 'LOCALE_INVALID', message: `Invalid locale "${locale}"` });
      else if (typeof value !== 'string' || value.length < 1 || value.length > 100) {
        problems.push({ path: [...path, 'description_localizations', locale], code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be between 1 and 100 in length.' });
      }
    }
  }
}

/** Command definition limits (bulk overwrite and create). */
export function checkCommandDefinitions(defs: unknown[]): FormErrors | null {
  const problems: Problem[] = [];
  if (defs.length > 100) problems.push({ path: [], code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 100 or fewer in length.' });
  const seen = new Set<string>();
  defs.forEach((raw, i) => {
    const def = (raw ?? {}) as Json;
    const type = typeof def.type === 'number' ? def.type : 1;
    const name = def.name;
    if (typeof name !== 'string' || !(type === 1 ? COMMAND_NAME.test(name) && name === name.toLowerCase() : name.length >= 1 && name.length <= 32)) {
      problems.push({ path: [i, 'name'], code: 'APPLICATION_COMMAND_INVALID_NAME', message: 'Command name is invalid' });
    }
    const key = `${type}:${String(name)}`;
    if (seen.has(key)) problems.push({ path: [i, 'name'], code: 'APPLICATION_COMMANDS_DUPLICATE_NAME', message: 'Application command names must be unique' });
    seen.add(key);
    if (type === 1) {
      if (typeof def.description !== 'string' || def.description.length < 1) problems.push({ path: [i, 'description'], code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be between 1 and 100 in length.' });
      maxLength(problems, [i, 'description'], def.description, 100);
    }
    checkLocalizations(problems, [i], def, type === 1);
    checkOptions(problems, [i, 'options'], def.options);
  });
  return toTree(problems);
}

function checkOptions(problems: Problem[], path: (string | number)[], options: unknown): void {
  if (!Array.isArray(options)) return;
  if (options.length > 25) problems.push({ path, code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 25 or fewer in length.' });
  let sawOptional = false;
  options.forEach((raw, i) => {
    const o = (raw ?? {}) as Json;
    if (typeof o.name !== 'string' || !COMMAND_NAME.test(o.name) || o.name !== o.name.toLowerCase()) {
      problems.push({ path: [...path, i, 'name'], code: 'APPLICATION_COMMAND_INVALID_NAME', message: 'Command name is invalid' });
    }
    if (typeof o.description !== 'string' || o.description.length < 1) problems.push({ path: [...path, i, 'description'], code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be between 1 and 100 in length.' });
    maxLength(problems, [...path, i, 'description'], o.description, 100);
    checkLocalizations(problems, [...path, i], o, true);
    if (o.type !== 1 && o.type !== 2) {
      if (o.required === true && sawOptional) problems.push({ path: [...path, i, 'required'], code: 'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID', message: 'Required options must be placed before non-required options' });
      if (o.required !== true) sawOptional = true;
    }
    if (Array.isArray(o.choices) && o.choices.length > 25) problems.push({ path: [...path, i, 'choices'], code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 25 or fewer in length.' });
    if (o.autocomplete === true && Array.isArray(o.choices) && o.choices.length > 0) {
      problems.push({ path: [...path, i, 'autocomplete'], code: 'APPLICATION_COMMAND_AUTOCOMPLETE_CHOICES', message: 'Autocomplete cannot be used with choices' });
    }
    checkOptions(problems, [...path, i, 'options'], o.options);
  });
}
