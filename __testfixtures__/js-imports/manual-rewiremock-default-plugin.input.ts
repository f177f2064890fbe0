import rewiremock from 'rewiremock';

// Without the nodejs plugin a key is matched as its plugins say: the loaded file follows the move,
// a key naming the moved module is left for a person.
export const loaded = rewiremock.proxy('../legacy/helpers/index.ts', () => ({
  '../legacy/helpers/index.ts': { helpers: () => 1 },
}));
