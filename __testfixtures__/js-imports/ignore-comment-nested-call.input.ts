describe('dates', () => {
  // ssot-codemod-ignore: the mock must stay on the legacy path
  jest.mock('@/legacy/utils');
  jest.mock('@/legacy/utils', () => ({}));
});
