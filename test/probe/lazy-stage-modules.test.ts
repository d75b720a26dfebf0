/**
 * The probe modules of the later stages (TLS, HTTP, the service look, Xtream, games) load when their
 * stage first runs: a check refused at TCP never reads them (start-up of `netmedic check`).
 */
import type * as CheckModule from '../../src/probe/check';
import type * as CheckOptionsModule from '../../src/check-options';
import type * as ConfigModule from '../../src/config';
import { closedPort, statusServer } from '../support/servers';
import { closeAfterEach } from '../support/close-after-each';
import { scaled } from '../support/timing';

jest.setTimeout(scaled(20000));

const keep = closeAfterEach();

const LAZY = ['tls', 'http', 'identify', 'xtream', 'game/run'] as const;

/** runCheck from a fresh module registry, with a record of which LAZY modules were loaded. */
function freshCheck(): { runCheck: typeof CheckModule.runCheck; options: () => CheckModule.CheckOptions; loaded: string[] } {
  const loaded: string[] = [];
  let out!: ReturnType<typeof freshCheck>;
  jest.isolateModules(() => {
    for (const name of LAZY) {
      jest.doMock(`../../src/probe/${name}`, () => {
        loaded.push(name);
        return jest.requireActual(`../../src/probe/${name}`) as unknown;
      });
    }
    /* eslint-disable @typescript-eslint/no-require-imports */
    const { runCheck } = require('../../src/probe/check') as typeof CheckModule;
    const { checkOptionsFromConfig } = require('../../src/check-options') as typeof CheckOptionsModule;
    const { loadConfig } = require('../../src/config') as typeof ConfigModule;
    /* eslint-enable @typescript-eslint/no-require-imports */
    out = { runCheck, options: () => checkOptionsFromConfig(loadConfig({ PROBE_ALLOW_PRIVATE: 'true', PROBE_TCP_TIMEOUT_MS: '1000', PROBE_DEADLINE_MS: '4000' })), loaded };
  });
  return out;
}

test('a check refused at TCP loads none of them', async () => {
  const { runCheck, options, loaded } = freshCheck();
  const result = await runCheck(`127.0.0.1:${await closedPort()}`, options());
  expect(result.verdict).toBe('refused');
  expect(loaded).toEqual([]);
});

test('an HTTP check loads what its stages use, and answers', async () => {
  const server = await keep(statusServer(200));
  const { runCheck, options, loaded } = freshCheck();
  const result = await runCheck(`http://127.0.0.1:${server.port}/`, options());
  expect(result.verdict).toBe('ok');
  expect(loaded).toContain('http');
});
