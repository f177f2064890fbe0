import rewiremock from 'rewiremock/node';
import sinon from 'sinon';

// With the nodejs plugin, stub keys are resolved from this file: they follow the move like specifiers.
const helpers = sinon.stub();
export const loaded = rewiremock.proxy('../shared/helpers.ts', {
  '../shared/helpers.ts': { helpers },
  lodash: {},
  'left-pad': {},
});
export const viaLoader = rewiremock.module(
  () => import('../shared/helpers'),
  (r: any) => ({
    '../shared/helpers': r.with({ helpers }).callThrough(),
  }),
);
