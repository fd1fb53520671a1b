/**
 * The production H5 build in real Chromium (playwright-core, /usr/bin/chromium): a resident's walk, the opening
 * status at fixed clocks, axe-core on every page, phone-size screenshots in test-results/. Started by
 * scripts/test.js (stage "H5 in Chromium", --runInBand); globalSetup checks for Chromium and builds
 * .test-build/h5 once.
 */
module.exports = {
  rootDir: '../..',
  roots: ['<rootDir>/test/e2e'],
  testMatch: ['**/*.test.js'],
  testEnvironment: 'node',
  transform: { '\\.tsx?$': 'babel-jest' },
  globalSetup: '<rootDir>/test/e2e/global-setup.js',
  testTimeout: 120000,
  maxWorkers: 1,
}
