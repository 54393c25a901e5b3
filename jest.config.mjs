/** Jest runs TypeScript through SWC as native ESM (Payload is ESM-only). */
const shared = {
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  moduleNameMapper: {
    '^@payload-config$': '<rootDir>/payload.config.ts',
    // The plugin's package exports, from its source (tsconfig.json's paths say the same).
    '^@klarkoll/payload-plugin$': '<rootDir>/plugins/klarkoll/index.ts',
    '^@klarkoll/payload-plugin/analysis$': '<rootDir>/plugins/klarkoll/analysis/index.ts',
    '^@klarkoll/payload-plugin/(client|next|rsc)$': '<rootDir>/plugins/klarkoll/exports/$1.ts',
    '\\.(css|scss)$': '<rootDir>/test/helpers/emptyModule.js',
  },
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          target: 'es2022',
          transform: { react: { runtime: 'automatic' } },
        },
        module: { type: 'es6' },
      },
    ],
  },
  // node_modules stay untransformed: Node loads them as ESM itself.
  transformIgnorePatterns: ['/node_modules/'],
}

/** @type {import('jest').Config} */
export default {
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: [
        '<rootDir>/test/unit/**/*.test.ts',
        '<rootDir>/plugins/**/*.test.ts',
        '<rootDir>/lib/**/*.test.ts',
      ],
    },
    {
      ...shared,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/integration/**/*.test.ts'],
      slowTestThreshold: 30,
    },
    {
      ...shared,
      displayName: 'system',
      testMatch: ['<rootDir>/test/system/**/*.test.ts'],
    },
  ],
  // Payload keeps timers of its own (job queue, logger) that outlive destroy().
  forceExit: true,
  testTimeout: 60_000,
}
