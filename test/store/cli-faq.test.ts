/**
 * `netmedic faq export|import --guild ID DIR` on both engines, and console mode reading the same
 * store as its one pretend server ("console").
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { faqToMarkdown } from '../../src/faq/markdown';
import { runCli } from '../support/bot-process';
import { createTestDatabase, ENGINES, type TestDatabase } from '../support/databases';

const GUILD = '1220000000000000001';
const OTHER = '1220000000000000002';

describe.each(ENGINES)('netmedic faq export/import on %s', (engine) => {
  let tdb: TestDatabase;
  let dir: string;
  beforeEach(async () => {
    tdb = await createTestDatabase(engine);
    dir = mkdtempSync(join(tmpdir(), `netmedic-faq-cli-${process.pid}-`));
  });
  afterEach(async () => {
    rmSync(dir, { recursive: true, force: true });
    await tdb.drop();
  });

  test('import (all or nothing, problems by file and field) → export → console posts it', async () => {
    const env = { DATABASE_URL: tdb.url };
    const src = join(dir, 'in');
    mkdirSync(src);
    writeFileSync(join(src, 'panel-url.md'), faqToMarkdown({ id: 'panel-url', title: 'Our panel URL', aliases: ['panel'], body: 'Use **http://panel.example:8080**.' }));
    writeFileSync(join(src, 'broken.md'), '---\nid: broken\ntitle: Broken\nextra: 1\n---\n\nText\n');
    const bad = runCli(['faq', 'import', '--guild', GUILD, src], env);
    expect(await bad.exited).toBe(1);
    expect(bad.stderr()).toMatch(/nothing imported; 1 problem/);
    expect(bad.stderr()).toMatch(/broken\.md:4 extra: unknown field/);

    rmSync(join(src, 'broken.md'));
    const ok = runCli(['faq', 'import', '--guild', GUILD, src], env);
    expect(await ok.exited).toBe(0);
    expect(ok.stdout()).toMatch(/1 entries imported/);

    const out = join(dir, 'out');
    const exp = runCli(['faq', 'export', '--guild', GUILD, out], env);
    expect(await exp.exited).toBe(0);
    expect(readdirSync(out)).toEqual(['panel-url.md']);
    expect(readFileSync(join(out, 'panel-url.md'), 'utf8')).toBe(readFileSync(join(src, 'panel-url.md'), 'utf8'));
    // Another server has nothing.
    const other = runCli(['faq', 'export', '--guild', OTHER, join(dir, 'other')], env);
    expect(await other.exited).toBe(0);
    expect(other.stdout()).toMatch(/^0 entries/);

    // Console mode is the server "console": import there, and /faq finds it.
    expect(await runCli(['faq', 'import', '--guild', 'console', src], env).exited).toBe(0);
    const con = runCli(['console'], env, '/faq panel-url\n');
    expect(await con.exited).toBe(0);
    expect(con.stdout()).toContain('Our panel URL');
  });

  test('bad usage', async () => {
    const r = runCli(['faq', 'export', '--guild', 'not-an-id', dir], { DATABASE_URL: tdb.url });
    expect(await r.exited).toBe(2);
    expect(r.stderr()).toMatch(/expected --guild ID/);
  });
});
