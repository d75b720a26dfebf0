const os = require('node:os');

/**
 * How much longer tests may wait on this machine right now (test/support/timing.ts reads it):
 * 1 on an idle machine, growing with the 1-minute load per core (load 2 on 2 cores → 2), capped
 * at 5; TEST_TIME_SCALE, when set, is the least it may be. Decided once here and passed to the
 * workers through the environment, so every test file uses the same factor.
 */
function timeScaleFromLoad() {
  const given = Number(process.env.TEST_TIME_SCALE);
  const floor = Number.isFinite(given) && given >= 1 ? given : 1;
  const perCore = os.loadavg()[0] / Math.max(1, os.availableParallelism());
  return Math.max(floor, Math.min(5, Math.round((1 + perCore) * 10) / 10));
}
const timeScale = timeScaleFromLoad();
process.env.TEST_TIME_SCALE = String(timeScale);

/** @type {import('jest').Config} */
module.exports = {
  // The node environment; with LEAK_REPORT set it names test files that leave handles open.
  testEnvironment: '<rootDir>/test/leak-watch-environment.js',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    // Transpile only (the type check is `npm run typecheck`); CommonJS so dynamic import() becomes require().
    // sourceMap: a failure's code frame and stack point at the TypeScript line (test/tooling/source-lines.test.ts).
    '^.+\\.ts$': ['ts-jest', { tsconfig: { module: 'commonjs', moduleResolution: 'node', target: 'es2022', isolatedModules: true, sourceMap: true } }],
  },
  // Dynamic imports name the compiled .js file (TypeScript node16 rules); map them to the .ts source.
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  moduleFileExtensions: ['ts', 'js', 'json'],
  globalSetup: '<rootDir>/test/global-setup.js',
  // Every test file: no connection or DNS query may leave this machine (see the file).
  setupFiles: ['<rootDir>/test/setup-network-guard.ts'],
  // Scaled like every other limit tests wait on (test/support/timing.ts).
  testTimeout: Math.round(30000 * timeScale),
  // Real sockets and child processes: keep the two cores from thrashing.
  maxWorkers: 2,
};
