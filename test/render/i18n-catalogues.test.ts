import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { catalogueCoverage, lintCatalogues } from '../../src/render/i18n/catalog-lint';
import { englishMessages, messagesFor, uiLocale, UI_LOCALES } from '../../src/render/i18n/messages';

const ROOT = join(__dirname, '..', '..');

describe('UI message catalogues', () => {
  it('format a message in the reader’s language, with its variables', () => {
    expect(messagesFor('de')('error-unexpected', { ref: 'AB12CD34' })).toBe('Etwas ist schiefgelaufen (Ref. AB12CD34). Das Hilfe-Team kann es mit dieser Referenz nachschlagen.');
    expect(messagesFor('en-GB')('error-unexpected', { ref: 'X' })).toContain('Something went wrong (ref X)');
  });

  it('fall back from a regional locale to its parent, then to English', () => {
    expect(uiLocale('es-MX')).toBe('es-419');
    expect(uiLocale('es')).toBe('es-ES');
    expect(uiLocale('pt_PT.UTF-8')).toBe('pt-BR');
    expect(uiLocale('ja')).toBe('en');
    expect(uiLocale(undefined)).toBe('en');
    // es-419 has its own error-unexpected but leaves error-unknown-command to es-ES.
    expect(messagesFor('es-419')('error-unexpected', { ref: 'R' })).toContain('Algo salió mal');
    expect(messagesFor('es-419')('error-unknown-command')).toBe(messagesFor('es-ES')('error-unknown-command'));
    expect(messagesFor('ja')('error-unknown-command')).toBe(englishMessages()('error-unknown-command'));
  });

  it('show an unknown id as itself rather than crash', () => {
    expect(messagesFor('fr')('no-such-message')).toBe('no-such-message');
    expect(messagesFor('fr').has('no-such-message')).toBe(false);
    expect(messagesFor('fr').has('error-unexpected')).toBe(true);
  });

  it('ship complete: every locale has every English message with the same variables', () => {
    expect(lintCatalogues()).toEqual([]);
    for (const row of catalogueCoverage()) expect(row.translated).toBe(row.total);
  });

  it('every message id the code names exists in English', () => {
    const ids = new Set<string>();
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (name.endsWith('.ts')) {
          // Code only: comment lines (which show examples) are left out.
          const text = readFileSync(path, 'utf8').split('\n').filter((l) => !/^\s*(\*|\/\/|\/\*)/.test(l)).join('\n');
          for (const m of text.matchAll(/(?:\bt|\bmessages|\)\s*)\(\s*'([a-z][a-z0-9-]*(?:\.[a-z0-9-]+)?)'/g)) ids.add(m[1]!);
        }
      }
    };
    walk(join(ROOT, 'src'));
    walk(join(ROOT, 'commands'));
    const en = englishMessages();
    const missing = [...ids].filter((id) => id.includes('-') && !en.has(id));
    expect(missing).toEqual([]);
    expect(ids.has('error-unexpected')).toBe(true);
  });
});

describe('catalogue lint', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'netmedic-ftl-'));
    for (const l of UI_LOCALES) mkdirSync(join(root, l));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const write = (locale: string, text: string) => writeFileSync(join(root, locale, 'a.ftl'), text);

  it('reports missing, extra, changed variables, untranslated and broken entries', () => {
    write('en', 'greet = Hello { $name }, welcome back here\nbye = Bye\n    .label = Leave now\n');
    for (const l of UI_LOCALES.filter((x) => x !== 'en' && x !== 'de' && x !== 'es-419')) write(l, 'greet = Hola { $name }\nbye = Adiós\n    .label = Salir\n');
    write('de', 'greet = Hallo { $user }\nbye = Tschüss\nextra = Mehr\nbroken = {\n');
    const problems = lintCatalogues(root).filter((p) => p.locale === 'de');
    const kinds = problems.map((p) => `${p.kind}:${p.id ?? ''}`).sort();
    expect(kinds).toEqual(['extra:extra', 'missing:bye.label', 'syntax:', 'variables:greet']);
    expect(problems.find((p) => p.kind === 'variables')!.detail).toBe('English uses $name; this uses $user');
    // es-419 inherits from es-ES: nothing missing.
    expect(lintCatalogues(root).filter((p) => p.locale === 'es-419')).toEqual([]);

    write('fr', 'greet = Hello { $name }, welcome back here\nbye = Bye\n    .label = Leave now\n');
    const fr = lintCatalogues(root).filter((p) => p.locale === 'fr');
    expect(fr.map((p) => `${p.kind}:${p.id}`)).toEqual(['untranslated:greet']);
  });
});
