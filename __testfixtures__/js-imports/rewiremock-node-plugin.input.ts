import rewiremock from 'rewiremock/node';
import sinon from 'sinon';

// With the nodejs plugin, stub keys are resolved from this file: they follow the move like specifiers.
const helpers = sinon.stub();
export const loaded = rewiremock.proxy('../legacy/helpers/index.ts', {
  '../legacy/helpers/index.ts': { helpers },
  lodash: {},
  'left-pad': {},
});
export const viaLoader = rewiremock.module(
  () => import('../legacy/helpers'),
  (r: any) => ({
    '../legacy/helpers': r.with({ helpers }).callThrough(),
  }),
);
