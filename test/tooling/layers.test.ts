/**
 * `npm run lint:deps` must be able to fail: the project's dependency-cruiser configuration runs
 * (in a child process, as the npm script does) over small throw-away projects laid out like this
 * one — a clean one that passes, and one with an import cycle and imports against the layers
 * (type-only ones included) whose every violation must be named.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { scaled } from '../support/timing';

const ROOT = join(__dirname, '..', '..');
const CONFIG = join(ROOT, '.dependency-cruiser.cjs');
const DEPCRUISE = join(ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');

jest.setTimeout(scaled(60_000));

const TSCONFIG = JSON.stringify({ compilerOptions: { module: 'Node16', moduleResolution: 'Node16', strict: true }, include: ['src', 'commands'] });

/** A project under a fresh temporary directory: relative path → source. */
function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'netmedic-layers-'));
  for (const [file, text] of Object.entries({ 'tsconfig.json': TSCONFIG, ...files })) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}

function cruise(dir: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [DEPCRUISE, '--config', CONFIG, '--output-type', 'err', 'src', 'commands'], {
      cwd: dir,
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** One module per layer, each importing only downwards: what the real tree looks like. */
const CLEAN: Record<string, string> = {
  'src/util/paths.ts': 'export const root = "/";\n',
  'src/config.ts': 'export interface Config { PORT: number }\n',
  'src/probe/types.ts': 'export interface CheckResult { verdict: string }\n',
  'src/knowledge/types.ts': 'export interface Article { id: string }\n',
  'src/matcher/match.ts': 'import type { Article } from "../knowledge/types";\nexport const match = (a: Article) => a.id;\n',
  'src/probe/check.ts': 'import { root } from "../util/paths";\nimport type { CheckResult } from "./types";\nexport const check = (): CheckResult => ({ verdict: root });\n',
  'src/learn/stats.ts': 'import type { CheckResult } from "../probe/types";\nexport type Seen = CheckResult[];\n',
  'src/render/reply.ts': 'export interface Reply { content?: string }\n',
  'src/render/check.ts': 'import type { CheckResult } from "../probe/types";\nimport type { Reply } from "./reply";\nexport const render = (r: CheckResult): Reply => ({ content: r.verdict });\n',
  'src/kb-tools/lint.ts': 'import { render } from "../render/check";\nexport const lint = () => render({ verdict: "ok" });\n',
  'src/interaction/types.ts': 'import type { Config } from "../config";\nexport type { Reply } from "../render/reply";\nexport interface Services { config: Config }\n',
  'src/discord/bot.ts': 'import type { Services } from "../interaction/types";\nimport { check } from "../probe/check";\nexport const start = (s: Services) => [s, check()];\n',
  'commands/check.ts': 'import { render } from "../src/render/check";\nimport type { Reply } from "../src/interaction/types";\nexport const run = (): Reply => render({ verdict: "ok" });\n',
};

/** The clean project plus one of each mistake; the rule each must trip, with its two files. */
const MISTAKES: { files: Record<string, string>; rule: string; edge: string }[] = [
  {
    files: {
      'src/matcher/a.ts': 'import { b } from "./b";\nexport const a = () => b;\n',
      'src/matcher/b.ts': 'import { a } from "./a";\nexport const b = () => a;\n',
    },
    rule: 'no-circular',
    edge: 'src/matcher/a.ts',
  },
  {
    files: { 'src/probe/notify.ts': 'import { start } from "../discord/bot";\nexport const notify = start;\n' },
    rule: 'engine-below-adapters',
    edge: 'src/probe/notify.ts → src/discord/bot.ts',
  },
  {
    // Type-only: erased from the JavaScript, still a dependency of the engine on the layer above.
    files: { 'src/knowledge/store.ts': 'import type { Services } from "../interaction/types";\nexport type Held = Services;\n' },
    rule: 'engine-below-render',
    edge: 'src/knowledge/store.ts → src/interaction/types.ts',
  },
  {
    files: { 'src/probe/options.ts': 'import type { Config } from "../config";\nexport const port = (c: Config) => c.PORT;\n' },
    rule: 'engine-takes-options-not-config',
    edge: 'src/probe/options.ts → src/config.ts',
  },
  {
    files: { 'src/render/explain.ts': 'import type { Services } from "../interaction/types";\nexport type Seen = Services;\n' },
    rule: 'render-below-interaction',
    edge: 'src/render/explain.ts → src/interaction/types.ts',
  },
  {
    files: { 'src/learn/record.ts': 'import type { Services } from "../interaction/types";\nexport type Seen = Services;\n' },
    rule: 'data-below-render',
    edge: 'src/learn/record.ts → src/interaction/types.ts',
  },
  {
    files: { 'src/interaction/router.ts': 'import { run } from "../../commands/check";\nexport const route = run;\n' },
    rule: 'interaction-below-adapters',
    edge: 'src/interaction/router.ts → commands/check.ts',
  },
  {
    files: {
      'src/knowledge/load.ts': 'export const load = () => [];\n',
      'src/matcher/index-of.ts': 'import { load } from "../knowledge/load";\nexport const indexOf = load;\n',
    },
    rule: 'matcher-below-knowledge',
    edge: 'src/matcher/index-of.ts → src/knowledge/load.ts',
  },
  {
    // A new folder belongs to no layer until it is placed in one: both its imports and its importers are named.
    files: {
      'src/widgets/widget.ts': 'import { root } from "../util/paths";\nexport const widget = root;\n',
      'src/discord/panel.ts': 'import { widget } from "../widgets/widget";\nexport const panel = widget;\n',
    },
    rule: 'layer-unknown',
    edge: 'src/widgets/widget.ts → src/util/paths.ts',
  },
  {
    files: {},
    rule: 'layer-unknown-import',
    edge: 'src/discord/panel.ts → src/widgets/widget.ts',
  },
];

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

it('a tree that keeps the layers passes', async () => {
  const dir = project(CLEAN);
  dirs.push(dir);
  const { code, output } = await cruise(dir);
  expect(output).toContain('no dependency violations found');
  expect(code).toBe(0);
});

it('an import cycle and every import against the layers fail the check, each named', async () => {
  const dir = project(Object.assign({}, CLEAN, ...MISTAKES.map((m) => m.files)));
  dirs.push(dir);
  const { code, output } = await cruise(dir);
  expect(code).not.toBe(0);
  for (const { rule, edge } of MISTAKES) {
    const lines = output.split('\n').filter((l) => l.includes(`error ${rule}:`));
    expect({ rule, found: lines.some((l) => l.includes(edge)) }).toEqual({ rule, found: true });
  }
  // Nothing else (a cycle is reported once): the clean part of the tree is not reported.
  expect(output).toMatch(new RegExp(`x ${MISTAKES.length} dependency violations`));
});
