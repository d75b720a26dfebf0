/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    // Transpile only (the type check is `npm run typecheck`); CommonJS so dynamic import() becomes require().
    '^.+\\.ts$': ['ts-jest', { tsconfig: { module: 'commonjs', moduleResolution: 'node', target: 'es2022', isolatedModules: true } }],
  },
  // Dynamic imports name the compiled .js file (TypeScript node16 rules); map them to the .ts source.
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  moduleFileExtensions: ['ts', 'js', 'json'],
  globalSetup: '<rootDir>/test/global-setup.js',
  // Every test file: no connection or DNS query may leave this machine (see the file).
  setupFiles: ['<rootDir>/test/setup-network-guard.ts'],
  testTimeout: 30000,
  // Real sockets and child processes: keep the two cores from thrashing.
  maxWorkers: 2,
};
