// One test glob, exactly *.test.ts under __tests__, so a misnamed test cannot silently not run.
module.exports = {
  testEnvironment: 'node',
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  transform: { '\\.ts$': 'babel-jest' },
  testTimeout: 60000,
};
