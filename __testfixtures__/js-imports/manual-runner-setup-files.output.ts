// A test runner's setup files (jest's and vitest's config) are files it loads: one that moved is a
// manual finding (the runner reads the path from its root), not a mention; elsewhere a path stays a mention.
export default {
  test: { setupFiles: ['../legacy/utils.ts'], globalSetup: '../legacy/api.ts' },
  setupFilesAfterEnv: ['<rootDir>/src/legacy/utils.ts'],
  watchPathIgnorePatterns: ['../legacy/utils.ts'],
};
