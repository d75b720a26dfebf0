/**
 * Console mode: the slash commands typed in a terminal, answered by the same handlers through the
 * same router, replies rendered from the same data the bot sends to Discord. Buttons in a reply
 * are numbered; typing the number presses it. Its own words (terminal.ftl) and the replies are in
 * the reader's language (`locale`).
 */
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import type { Logger } from 'pino';
import { shortId } from '../interaction/ids';
import type { CommandRegistry } from '../interaction/registry';
import { routeInteraction } from '../interaction/router';
import type { Services } from '../interaction/services';
import type { BaseContext, ChatInputContext, ComponentContext, ModalSpec, ModalSubmitContext, Reply, Responder } from '../interaction/types';
import { messagesFor, type Messages } from '../render/i18n/messages';
import { terminalText } from '../render/sanitize';
import { renderReplyText } from '../render/terminal';
import { chatInputDefinitions, parseConsoleLine, usageOf } from './parse';

export interface ConsoleOptions {
  registry: CommandRegistry;
  services: Services;
  log: Logger;
  /** Where replies go: written a string at a time (process.stdout, the CLI's output, a test's stream). */
  output: { write(chunk: string): unknown };
  color?: boolean;
  /** The reader's language: replies, knowledge content and console mode's own words (Discord code; see --locale). */
  locale?: string;
}

interface PressableButton {
  customId: string;
  label: string;
  messageId: string;
}

const CONSOLE_USER = { id: 'console', username: 'you' };
const SEPARATOR = '─'.repeat(60);
/** In console mode the person at the keyboard is the server's owner: every permission. */
const ALL_PERMISSIONS = (1n << 53n) - 1n;

/** A form being filled in: console mode asks for its fields one line at a time. */
interface PendingForm {
  spec: ModalSpec;
  index: number;
  values: Record<string, string>;
}

export class ConsoleSession {
  private buttons: PressableButton[] = [];
  private messageCounter = 0;
  private form: PendingForm | null = null;

  private readonly t: Messages;

  constructor(private readonly options: ConsoleOptions) {
    this.t = messagesFor(options.locale);
  }

  private write(text: string): void {
    this.options.output.write(text.endsWith('\n') ? text : text + '\n');
  }

  help(): string {
    const defs = chatInputDefinitions(this.options.registry.definitions());
    const locale = this.options.locale;
    const lines = defs.map((d) => {
      const description = 'description' in d ? ((locale && d.description_localizations?.[locale as keyof typeof d.description_localizations]) || d.description) : '';
      return `  ${usageOf(d, null, locale)}${description ? `  — ${description}` : ''}`;
    });
    return [this.t('terminal-help-heading'), ...lines, `  ${this.t('terminal-help-quit')}`, this.t('terminal-help-buttons')].join('\n');
  }

  /** True while the next line answers a secret form field (the terminal should not echo it). */
  wantsSecret(): boolean {
    return this.form?.spec.fields[this.form.index]?.secret === true;
  }

  /** A form opened by a command: show its title, then ask its first field. */
  private openForm(spec: ModalSpec): void {
    this.form = { spec, index: 0, values: {} };
    this.write(this.t('terminal-form-intro', { title: spec.title }));
    this.askField();
  }

  private askField(): void {
    const field = this.form?.spec.fields[this.form.index];
    if (!field) return;
    const prefilled = field.value ? ` [${field.value}]` : '';
    this.write(`${field.label}${prefilled}${field.secret ? ` ${this.t('terminal-form-not-shown')}` : ''}:`);
  }

  /** One answer to the open form; the last one submits it through the router. */
  private async answerField(raw: string): Promise<void> {
    const form = this.form!;
    if (raw.trim() === '/cancel') {
      this.form = null;
      this.write(this.t('terminal-form-cancelled'));
      return;
    }
    const field = form.spec.fields[form.index]!;
    const value = field.secret ? raw.replace(/\r?\n$/, '') : raw.trim();
    form.values[field.customId] = value === '' && field.value ? field.value : value;
    form.index += 1;
    if (form.index < form.spec.fields.length) {
      this.askField();
      return;
    }
    this.form = null;
    const printer = this.printer();
    const ctx: ModalSubmitContext = Object.assign(printer.responder, this.base(), { kind: 'modalSubmit' as const, customId: form.spec.customId, fields: form.values });
    await routeInteraction(ctx, this.options.registry, ctx.log);
    printer.finish();
  }

  /** Handle one line; returns false when the session should end. */
  async handleLine(raw: string): Promise<boolean> {
    if (this.form) {
      await this.answerField(raw);
      return true;
    }
    const line = raw.trim();
    if (!line) return true;
    if (line === '/quit' || line === '/exit') return false;
    if (line === '/help' || line === 'help') {
      this.write(this.help());
      return true;
    }
    if (/^\d{1,2}$/.test(line)) {
      await this.press(Number(line));
      return true;
    }
    const parsed = parseConsoleLine(line, this.options.registry.definitions(), this.options.locale);
    if (!parsed.ok) {
      this.write(terminalText(parsed.error)); // it may quote what was typed or pasted
      return true;
    }
    const { commandName, subcommand, options } = parsed.parsed;
    const printer = this.printer();
    const ctx: ChatInputContext = Object.assign(printer.responder, this.base(), this.modalOpener(printer.responder), { kind: 'chatInput' as const, commandName, subcommand, options });
    await routeInteraction(ctx, this.options.registry, ctx.log);
    printer.finish();
    return true;
  }

  /** Forms in console mode: acknowledged now, filled in by the next lines. */
  private modalOpener(responder: { acknowledgedFlag: boolean }) {
    return {
      showModal: async (spec: ModalSpec) => {
        responder.acknowledgedFlag = true;
        this.openForm(spec);
      },
    };
  }

  private base(): BaseContext {
    const requestId = shortId();
    return {
      requestId,
      user: CONSOLE_USER,
      guildId: null,
      // One pretend server, so server-scoped data (the FAQ store) works as in Discord.
      dataGuildId: CONSOLE_GUILD_ID,
      channelId: 'console',
      memberPermissions: ALL_PERMISSIONS,
      locale: this.options.locale,
      services: this.options.services,
      log: this.options.log.child({ req: requestId }),
    };
  }

  private async press(n: number): Promise<void> {
    const button = this.buttons[n - 1];
    if (!button) {
      this.write(this.buttons.length ? this.t('terminal-no-button', { n: String(n), count: String(this.buttons.length) }) : this.t('terminal-no-buttons'));
      return;
    }
    const printer = this.printer();
    const write = (text: string) => this.write(text);
    const deleted = this.t('terminal-message-deleted');
    const ctx: ComponentContext = Object.assign(printer.responder, this.base(), this.modalOpener(printer.responder), {
      kind: 'component' as const,
      customId: button.customId,
      values: [],
      message: { id: button.messageId, interactionUserId: CONSOLE_USER.id },
      async update(reply: Reply) {
        printer.responder.acknowledgedFlag = true;
        printer.show(reply);
      },
      async deleteMessage() {
        printer.responder.acknowledgedFlag = true;
        write(deleted);
      },
      async replyToMessage(_messageId: string, reply: Reply) {
        printer.show(reply);
        return null;
      },
    });
    await routeInteraction(ctx, this.options.registry, ctx.log);
    printer.finish();
  }

  /** Collects one interaction's responses and prints each message once, in its final state. */
  private printer() {
    let pending: Reply | null = null;
    const show = (reply: Reply) => this.print(reply);
    const responder: Responder & { acknowledgedFlag: boolean; deferredFlag: boolean } = {
      acknowledgedFlag: false,
      deferredFlag: false,
      get acknowledged() {
        return this.acknowledgedFlag;
      },
      get awaitingEdit() {
        return this.deferredFlag && pending === null;
      },
      async reply(reply) {
        this.acknowledgedFlag = true;
        pending = reply;
      },
      async defer() {
        this.acknowledgedFlag = true;
        this.deferredFlag = true;
      },
      async edit(reply) {
        pending = reply;
      },
      async followUp(reply) {
        if (pending) show(pending);
        pending = null;
        show(reply);
      },
    };
    return {
      responder,
      show,
      finish() {
        if (pending) show(pending);
        pending = null;
      },
    };
  }

  private print(reply: Reply): void {
    const color = this.options.color ?? false;
    // A rule between one reply and the next, so where each begins is plain to see.
    if (this.messageCounter > 0) this.write(color ? `\x1b[2m${SEPARATOR}\x1b[22m` : SEPARATOR);
    const messageId = `console-${++this.messageCounter}`;
    // The components are printed once, below, as the numbered row the user types from.
    const parts = [renderReplyText(reply, { color, components: false, locale: this.options.locale })];
    const buttons: PressableButton[] = [];
    const menus: string[] = [];
    for (const row of reply.components ?? []) {
      for (const c of row.components) {
        if ('custom_id' in c && 'label' in c && c.label) buttons.push({ customId: c.custom_id, label: c.label, messageId });
        else if ('placeholder' in c && c.placeholder) menus.push(`[${c.placeholder} ▾] ${this.t('terminal-discord-only')}`);
      }
    }
    if (buttons.length > 0) this.buttons = buttons;
    const row = [...buttons.map((b, i) => `[${i + 1}] ${b.label}`), ...menus].join('   ');
    if (row) parts.push(row);
    this.write(parts.join('\n\n') + '\n');
  }
}

/** Read lines until EOF or /quit. Works the same with a terminal or piped stdin. */
/** The pretend server console mode acts in (`netmedic faq export --guild console DIR` reads it). */
export const CONSOLE_GUILD_ID = 'console';

export async function runConsole(options: ConsoleOptions & { input: NodeJS.ReadableStream; interactive: boolean }): Promise<number> {
  const session = new ConsoleSession(options);
  // On a terminal readline echoes what is typed; a secret form field is read with the echo off.
  let muted = false;
  const echo = new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      if (!muted) options.output.write(String(chunk));
      callback();
    },
  });
  const rl = createInterface({ input: options.input, output: options.interactive ? echo : undefined, terminal: options.interactive });
  if (options.interactive) {
    rl.setPrompt('netmedic> ');
    rl.prompt();
  }
  // Ctrl-C leaves as cleanly as /quit.
  rl.on('SIGINT', () => rl.close());
  for await (const line of rl) {
    muted = false;
    const keepGoing = await session.handleLine(line);
    if (!keepGoing) break;
    if (options.interactive) {
      rl.prompt();
      muted = session.wantsSecret();
    }
  }
  rl.close();
  return 0;
}
