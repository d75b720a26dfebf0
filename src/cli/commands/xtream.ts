/**
 * `netmedic xtream URL --user NAME [--json] [--allow-private]`: the private line check from a
 * terminal. The password is never an argument (it would land in the shell history and in `ps`):
 * it is read from standard input (first line), or asked for on the terminal without echo.
 * Exit codes: 0 when the panel was asked (whatever the line's state), 1 when it could not be
 * reached, 2 for usage errors, an unreadable URL or a refused address.
 */
import { parseArgs } from 'node:util';
import type { KnowledgeBase } from '../../knowledge/types';
import { localizedKnowledge } from '../../knowledge/i18n';
import { cliLocale } from '../locale';
import { checkOptionsFromConfig } from '../../check-options';
import { credentialIssue, runLineCheck } from '../../xtream/line-check';
import { renderReplyText } from '../../render/terminal';
import { lineJson } from '../../render/line-json';
import { credentialText, renderLineReply } from '../../render/xtream-line';
import { configOrExit } from '../config-io';
import { EXIT, type CliCommand, type CliIo } from '../types';

const help = `Usage: netmedic xtream [--json] [--allow-private] [--locale L] --user NAME URL

Checks your own IPTV line on an Xtream Codes-style panel: whether the login works, the line's
status (Active, Expired, Banned, Disabled, Trial), expiry date and days left, connections in use
out of the maximum, allowed output formats, the panel's own server info (with a warning when it
differs from URL), and whether the live, VOD and series category lists load.

URL: the panel address from your provider, e.g. http://line.example.net:8080
The password is read from standard input (first line) or asked for on the terminal; it is never
taken from the command line, never printed and never logged.

Options:
  -u, --user NAME  the line's username
  --json           print the result as JSON
  --allow-private  allow private and loopback addresses (like PROBE_ALLOW_PRIVATE=true)
  --locale L       the answer in this language (de, fr, it, tr, ru, pt-BR, es-ES, es-419, or a
                   LANG-style value; default: LC_ALL, LC_MESSAGES or LANG). --json stays English.
  -h, --help       show this help

Exit status: 0 when the panel answered about the line (whatever its state); 1 when the panel
could not be reached or did not answer like a panel; 2 for bad options, an unreadable URL or an
address the policy refuses.`;

/** Ask on the terminal with the echo off. */
function promptHidden(io: CliIo, question: string): Promise<string> {
  const stdin = io.stdin as NodeJS.ReadStream;
  return new Promise((resolve) => {
    io.stderr.write(question);
    let value = '';
    const wasRaw = stdin.isRaw;
    stdin.setRawMode?.(true);
    stdin.resume();
    const done = (result: string) => {
      stdin.setRawMode?.(wasRaw ?? false);
      stdin.pause();
      stdin.removeListener('data', onData);
      io.stderr.write('\n');
      resolve(result);
    };
    const onData = (chunk: Buffer | string) => {
      for (const ch of chunk.toString('utf8')) {
        if (ch === '\r' || ch === '\n') return done(value);
        if (ch === '\u0003' || ch === '\u0004') return done('');
        if (ch === '\u007f' || ch === '\b') value = value.slice(0, -1);
        else value += ch;
      }
    };
    stdin.on('data', onData);
  });
}

/** The first line of standard input, without its line break. */
async function readFirstLine(io: CliIo): Promise<string> {
  let text = '';
  for await (const chunk of io.stdin as AsyncIterable<Buffer | string>) {
    text += chunk.toString();
    if (text.includes('\n') || text.length > 4096) break;
  }
  return text.split(/\r?\n/)[0] ?? '';
}

async function loadKb(dir: string | undefined): Promise<KnowledgeBase | null> {
  try {
    const { loadKnowledgeBase, defaultKnowledgeDir } = await import('../../knowledge/load.js');
    const loaded = await loadKnowledgeBase(dir ?? defaultKnowledgeDir());
    return 'kb' in loaded ? loaded.kb : null;
  } catch {
    return null;
  }
}

export const command: CliCommand = {
  name: 'xtream',
  summary: 'Check your IPTV line on an Xtream panel (password from stdin or a prompt)',
  help,
  async run(args: string[], io: CliIo): Promise<number> {
    let parsed;
    try {
      parsed = parseArgs({
        args,
        options: {
          user: { type: 'string', short: 'u' },
          json: { type: 'boolean' },
          'allow-private': { type: 'boolean' },
          locale: { type: 'string' },
          help: { type: 'boolean', short: 'h' },
        },
        allowPositionals: true,
      });
    } catch (err) {
      // parseArgs names the unknown option only, never a value: safe to show.
      io.stderr.write(`netmedic xtream: ${(err as Error).message}\n\n${help}\n`);
      return EXIT.usage;
    }
    if (parsed.values.help) {
      io.stdout.write(help + '\n');
      return EXIT.ok;
    }
    if (parsed.positionals.length !== 1) {
      io.stderr.write(`netmedic xtream: give exactly one URL (got ${parsed.positionals.length}); the password is never an argument, it is read from standard input.\n`);
      return EXIT.usage;
    }
    const locale = cliLocale(parsed.values.locale, io.env);
    if ('error' in locale) {
      io.stderr.write(`netmedic xtream: --locale: ${locale.error}\n`);
      return EXIT.usage;
    }
    const user = parsed.values.user;
    if (!user) {
      io.stderr.write('netmedic xtream: --user NAME is required.\n');
      return EXIT.usage;
    }
    const config = configOrExit(io, parsed.values['allow-private'] ? { PROBE_ALLOW_PRIVATE: 'true' } : {});
    if (!config) return EXIT.usage;

    const password = io.stdin.isTTY ? await promptHidden(io, 'Password (not shown): ') : await readFirstLine(io);
    const credentials = { username: user, password };
    const issue = credentialIssue(credentials);
    if (issue) {
      io.stderr.write(`netmedic xtream: ${credentialText(issue)}${password === '' ? ' Pipe it in (first line of standard input) or type it at the prompt.' : ''}\n`);
      return EXIT.usage;
    }

    const [result, kb] = await Promise.all([runLineCheck(parsed.positionals[0]!, credentials, checkOptionsFromConfig(config)), loadKb(config.KNOWLEDGE_DIR)]);
    // The JSON document keeps its English words; the terminal answer is in the reader's language.
    const textLocale = parsed.values.json ? undefined : locale.locale;
    const reply = renderLineReply(result, kb && textLocale ? localizedKnowledge(kb, textLocale) : kb, textLocale);
    if (parsed.values.json) io.stdout.write(JSON.stringify(lineJson(result, reply.embeds?.[0] ?? null), null, 2) + '\n');
    else {
      const color = !io.env.NO_COLOR && (io.stdout as { isTTY?: boolean }).isTTY === true;
      io.stdout.write(renderReplyText(reply, { color, locale: textLocale }) + '\n');
    }
    if (result.verdict === 'invalid' || result.verdict === 'blocked') return EXIT.usage;
    return result.verdict === 'ok' ? EXIT.ok : EXIT.failure;
  },
};
