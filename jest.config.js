/**
 * Unit and component tests run on the TS sources directly (babel, test preset) with @tarojs/components and
 * @tarojs/taro mapped to small test doubles. Real-client checks (weapp build, Chromium) live in their own
 * folders and are started by scripts/test.js after these.
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/', '<rootDir>/test/weapp/'],
  setupFilesAfterEnv: ['<rootDir>/test/setup-dom.ts'],
  moduleNameMapper: {
    '^@tarojs/components$': '<rootDir>/test/doubles/taro-components.tsx',
    '^@tarojs/taro$': '<rootDir>/test/doubles/taro.ts',
    '\\.(css|scss)$': 'identity-obj-proxy',
  },
}
