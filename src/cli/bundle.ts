/**
 * Build step (`npm run build`, after tsc): bundle each quick command (code-cache.ts's
 * BUNDLED_COMMANDS: explain, check) into dist/cli-<command>.js, which bin/netmedic.js runs.
 *
 * Why: a `netmedic explain` or `check` spent more time finding, reading and compiling its ~50
 * small modules than doing its work. One file is found and read once, and bin/netmedic.js keeps
 * a V8 code cache for it (see code-cache.ts). One bundle per command, so that `explain` does not
 * read the probes' code nor `check` the matcher's. Measured with `npm run bench -- startup`.
 *
 * What goes in: the dispatcher (main.ts) and what the command needs on its quick path (the
 * matcher or the probes, rendering, the start-up knowledge loader). What stays out, required
 * from dist/src/ when a run needs it: npm packages (but INLINED_PACKAGES), the other commands (the bot, the databases,
 * the agents), the full knowledge loader and its parsers, and the configuration schema. A module
 * that stays out is a single copy in dist/src/ for every process, so the bot never mixes bundled
 * and unbundled copies of one module.
 */
import { build, type Plugin } from 'esbuild';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import type * as CodeTablesModule from '../matcher/code-tables';
import type * as DerivedTablesModule from '../matcher/derived-tables';
import type * as MessagesModule from '../render/i18n/messages';
import type * as PrecompiledModule from '../render/i18n/precompiled-catalogue';
import { packageRoot } from '../util/paths';
import { BUNDLED_COMMANDS, bundlePath } from './code-cache';

/** dist/src-relative module paths (no extension) that stay separate modules (besides other commands). */
const SEPARATE: readonly RegExp[] = [
  /^knowledge\/load$/,
  /^config$/,
  /^logger$/,
  /^agents\//,
  /^store\//,
  /^discord\//,
  /^runtime$/,
  /^app$/,
];

/**
 * npm packages copied into the bundles all the same: small, without state shared between
 * modules, and used only by bundled modules (the catalogues' formatter; the probe policy's
 * address parser). Inside the bundle they share its code cache and skip node_modules lookups
 * (~1 ms each at start-up). No module that stays out requires them in an explain or check run,
 * so no process holds two copies whose objects meet.
 */
const INLINED_PACKAGES: readonly string[] = ['@fluent/bundle', 'ipaddr.js'];

function inlinedPackages(): Plugin {
  return {
    name: 'netmedic-inlined-packages',
    setup(b) {
      b.onResolve({ filter: /^[@a-z]/ }, (args) => (INLINED_PACKAGES.includes(args.path) ? { path: require.resolve(args.path, { paths: [args.resolveDir] }) } : undefined));
    },
  };
}

/** Relative requires of a module that stays out become requires of its dist/src file. */
function separateModules(distDir: string, command: string): Plugin {
  const srcDir = join(distDir, 'src');
  return {
    name: 'netmedic-separate-modules',
    setup(b) {
      b.onResolve({ filter: /^\.\.?\// }, (args) => {
        const target = resolve(args.resolveDir, args.path);
        const rel = relative(srcDir, target).split('\\').join('/').replace(/\.(js|json)$/, '');
        const otherCommand = rel.startsWith('cli/commands/') && rel !== `cli/commands/${command}`;
        if (rel.startsWith('..') || (!otherCommand && !SEPARATE.some((re) => re.test(rel)))) return undefined;
        return { path: `./src/${rel}.js`, external: true };
      });
    },
  };
}

/**
 * A bundled module still sees its own `__dirname` and `__filename` (its file under dist/src/),
 * not the bundle's: each is rewritten to a path built from the bundle's folder, so that code
 * finding files beside itself (packageRoot, data files, catalogues) works the same bundled or not.
 */
function ownPaths(distDir: string): Plugin {
  return {
    name: 'netmedic-own-paths',
    setup(b) {
      b.onLoad({ filter: /\.js$/ }, async (args) => {
        const text = await readFile(args.path, 'utf8');
        if (!/\b__(dirname|filename)\b/.test(text)) return undefined;
        const rel = (p: string) => JSON.stringify(relative(distDir, p).split('\\').join('/'));
        const contents = text
          .replace(/\b__dirname\b/g, `require("node:path").join(__dirname, ${rel(dirname(args.path))})`)
          .replace(/\b__filename\b/g, `require("node:path").join(__dirname, ${rel(args.path)})`);
        return { contents, loader: 'js' };
      });
    },
  };
}

/** The folder, beside the bundles, of the start-up data the bundling step computes. */
const CLI_DATA = 'cli-data';

/**
 * Start-up data made once by the build instead of at every start of a bundled command: a module
 * whose export is null in dist/src/ (`file`, relative to dist/src) is replaced in the bundles by
 * one that reads `dist/cli-data/<name>` (as JSON, or its bytes), written here from what
 * this build's own modules compute. A separate file, not a literal inside the bundle: a literal
 * would be read with the bundle's source and again from its code cache at every start, of either
 * command. A file that cannot be read leaves the export null, and the module's users compute the
 * data themselves.
 */
interface DataModule {
  file: string;
  /** The file's name in dist/cli-data/. */
  name: string;
  exportName: string;
  /** `json`: the export is the parsed value; `bytes`: the file's bytes (a Buffer, outside V8's heap), read by its user. */
  format: 'json' | 'bytes';
  compute(distDir: string): unknown;
}

const DATA_MODULES: readonly DataModule[] = [
  {
    // The matcher's code tables, folded and tokenized (matcher/derived-tables.ts).
    file: 'matcher/derived-tables.js',
    name: 'derived-tables.json',
    exportName: 'DERIVED_TABLES',
    format: 'json',
    compute: (dist) => storedDerivedTables(dist),
  },
  {
    // The English UI catalogue, split and parsed (render/i18n/bundled-catalogues.ts, precompiled-catalogue.ts).
    file: 'render/i18n/bundled-catalogues.js',
    name: 'catalogue-en.txt',
    exportName: 'BUNDLED_ENGLISH_CATALOGUE',
    format: 'bytes',
    compute: (dist) => precompiledEnglish(dist),
  },
];

/** code-tables.ts's deriveTables() as the build stores them (derived-tables.ts's storedTables), with this build's modules. */
function storedDerivedTables(dist: string): unknown {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { deriveTables } = require(join(dist, 'src', 'matcher', 'code-tables.js')) as typeof CodeTablesModule;
  const { storedTables } = require(join(dist, 'src', 'matcher', 'derived-tables.js')) as typeof DerivedTablesModule;
  /* eslint-enable @typescript-eslint/no-require-imports */
  return storedTables(deriveTables());
}

/** writePrecompiledCatalogue of `catalogueEntries('en')`, with this build's modules. */
export function precompiledEnglish(dist: string): string {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const messages = require(join(dist, 'src', 'render', 'i18n', 'messages.js')) as typeof MessagesModule;
  const { writePrecompiledCatalogue } = require(join(dist, 'src', 'render', 'i18n', 'precompiled-catalogue.js')) as typeof PrecompiledModule;
  /* eslint-enable @typescript-eslint/no-require-imports */
  return writePrecompiledCatalogue(
    messages.catalogueEntries('en').map(([id, source]) => {
      const entry = messages.parseEntry(source);
      return [id, entry.resource.body, entry.references] as const;
    }),
  );
}

/** The path of a data module's file in a build's dist/ folder. */
export function cliDataPath(name: string, dist: string = join(packageRoot(), 'dist')): string {
  return join(dist, CLI_DATA, name);
}

async function writeDataFiles(distDir: string): Promise<void> {
  await mkdir(join(distDir, CLI_DATA), { recursive: true });
  // ASCII: a JSON file is read at start-up as latin1, straight into a one-byte string; a bytes file stays a Buffer.
  for (const m of DATA_MODULES) {
    const data = m.compute(distDir);
    await writeFile(cliDataPath(m.name, distDir), asciiOnly(m.format === 'json' ? JSON.stringify(data) : String(data)));
  }
}

function dataModules(distDir: string): Plugin {
  const byPath = new Map(DATA_MODULES.map((m) => [join(distDir, 'src', m.file), m]));
  return {
    name: 'netmedic-data-modules',
    setup(b) {
      b.onLoad({ filter: /\.js$/ }, (args) => {
        const m = byPath.get(resolve(args.path));
        if (!m) return undefined;
        const path = `require("node:path").join(__dirname, ${JSON.stringify(CLI_DATA)}, ${JSON.stringify(m.name)})`;
        const read = `require("node:fs").readFileSync(${path}${m.format === 'json' ? ', "latin1"' : ''})`;
        const contents = [
          '"use strict";',
          'Object.defineProperty(exports, "__esModule", { value: true });',
          'let data = null;',
          `try { data = ${m.format === 'json' ? `JSON.parse(${read})` : read}; } catch { data = null; }`,
          `exports.${m.exportName} = data;`,
        ].join('\n');
        return { contents, loader: 'js' };
      });
    },
  };
}

/**
 * `text` with every character beyond ASCII written as a `\u` escape. esbuild escapes them in
 * strings and names; what it leaves are the few in regular expression literals (the matcher's
 * full-width dots, `§`), where an escape means the same character. An ASCII-only file is decoded into a one-byte string,
 * read and scanned at start-up at about half the cost of a two-byte one.
 */
function asciiOnly(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    out += text.slice(from, i) + '\\u' + c.toString(16).padStart(4, '0');
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

export async function bundleCli(root: string = packageRoot()): Promise<void> {
  const dist = join(root, 'dist');
  await writeDataFiles(dist);
  for (const command of BUNDLED_COMMANDS) {
    const outfile = bundlePath(command, dist);
    await build({
      entryPoints: [join(dist, 'src', 'cli', 'main.js')],
      outfile,
      charset: 'ascii',
      // Whitespace and syntax only (names stay, for stack traces): a third less source to read
      // and hold at every start.
      minifyWhitespace: true,
      minifySyntax: true,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      // The bundle runs as a vm.Script (code-cache.ts), where import() has no loader: every
      // dynamic import of a separate module becomes a require.
      supported: { 'dynamic-import': false },
      packages: 'external',
      plugins: [inlinedPackages(), separateModules(dist, command), dataModules(dist), ownPaths(dist)],
      logLevel: 'warning',
      legalComments: 'none',
    });
    await writeFile(outfile, asciiOnly(await readFile(outfile, 'utf8')));
  }
}

if (require.main === module) {
  bundleCli().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
