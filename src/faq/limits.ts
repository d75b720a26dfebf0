/**
 * How long the parts of a server's FAQ entry may be: one source for the /faqs form and options
 * (commands/faqs.ts) and for the lint of what was typed (markdown.ts). The body's own limit is
 * the knowledge lint's (an embed description).
 */

/** An id names the entry's file (`<id>.md`) and appears in custom ids (`faqs:edit:<id>:<version>`). */
export const FAQ_ID_MAX_LENGTH = 64;
/** The aliases field of the form (comma-separated). */
export const FAQ_ALIASES_MAX_LENGTH = 400;
/** The `add` / `remove` options of `/faqs alias`. */
export const FAQ_ALIAS_OPTION_MAX_LENGTH = 200;
/** Discord's limit on a form's text input: the most a body typed in the form can be. */
export const FAQ_FORM_BODY_MAX_LENGTH = 4000;
