/**
 * The production weapp build, checked by WeChat's own tools: wcc/wcsc compile every template and style, the
 * compiled pages run in miniprogram-simulate with a recording `wx`, size budgets. Started by scripts/test.js
 * (stage "weapp build"); globalSetup builds .test-build/weapp once per run (reused while inputs are unchanged).
 */
module.exports = {
  rootDir: '../..',
  roots: ['<rootDir>/test/weapp'],
  testMatch: ['**/*.test.js'],
  testEnvironment: 'node',
  // Test code is plain CommonJS; only the app's TS sources (src/data) go through babel.
  transform: { '\\.tsx?$': 'babel-jest' },
  globalSetup: '<rootDir>/test/weapp/global-setup.js',
  globalTeardown: '<rootDir>/test/weapp/global-teardown.js',
  testTimeout: 60000,
  maxWorkers: 2,
}
