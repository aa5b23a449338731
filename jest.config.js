// Test tiers (STYLE.md 8): unit and extraction need no database; integration (API through
// yoga.fetch, the writer, the CLI and the HTTP server as users run them) runs against a real
// Neo4j that tests/setup/global-setup.js starts on a free port and stops afterwards.
const base = {
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } }, module: { type: 'es6' } }] },
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testEnvironment: 'node',
};

export default {
  testTimeout: 60_000,
  reporters: ['default', '<rootDir>/tests/setup/summary-reporter.js'],
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.test.ts'] },
    { ...base, displayName: 'extraction', testMatch: ['<rootDir>/tests/extraction/**/*.test.ts'] },
    {
      ...base,
      displayName: 'integration',
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/setup/global-setup.js',
      globalTeardown: '<rootDir>/tests/setup/global-teardown.js',
    },
    {
      ...base,
      displayName: 'e2e',
      testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
      // Builds web/dist before the browser tests; each test file runs the service itself.
      globalSetup: '<rootDir>/tests/e2e/global-setup.js',
    },
  ],
};
