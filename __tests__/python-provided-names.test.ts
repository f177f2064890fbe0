// Unit tests of src/rewrite/python/provided-names.ts: canonicalProvides answers from the plan's
// `provided` lists: true, false, or undefined (unknown) when no list covers the module.
import { canonicalProvides } from '../src/rewrite/python/provided-names';

const plan = {
  provided: {
    'billing.core': ['Invoice', 'helpers', 'tax'],
    billing: ['core', 'models'],
    constructor: ['x'],
  },
};

describe('canonicalProvides', () => {
  test('a listed module: true for its names, false for the rest', () => {
    expect(canonicalProvides(plan, 'billing.core', 'tax')).toBe(true);
    expect(canonicalProvides(plan, 'billing.core', 'Invoice')).toBe(true);
    expect(canonicalProvides(plan, 'billing.core', 'invoice')).toBe(false);
    expect(canonicalProvides(plan, 'billing', 'legacy')).toBe(false);
  });

  test('no lists, or a module outside every list: unknown', () => {
    expect(canonicalProvides({}, 'billing.core', 'tax')).toBeUndefined();
    expect(canonicalProvides(plan, 'shipping', 'tax')).toBeUndefined();
    expect(canonicalProvides(plan, 'shipping.rates', 'tax')).toBeUndefined();
  });

  test('below a listed package: false when the package lacks the next part (the module does not exist), else unknown', () => {
    expect(canonicalProvides(plan, 'billing.models', 'Invoice')).toBeUndefined();
    expect(canonicalProvides(plan, 'billing.core.tax', 'rate')).toBeUndefined();
    expect(canonicalProvides(plan, 'billing.legacy', 'Invoice')).toBe(false);
    expect(canonicalProvides(plan, 'billing.core.missing', 'rate')).toBe(false);
    expect(canonicalProvides(plan, 'billing.legacy.deeper', 'x')).toBe(false);
  });

  test('module names are keys, never Object.prototype members', () => {
    expect(canonicalProvides(plan, 'toString', 'x')).toBeUndefined();
    expect(canonicalProvides(plan, 'constructor', 'x')).toBe(true);
    expect(canonicalProvides(plan, 'hasOwnProperty.sub', 'x')).toBeUndefined();
  });

  test('the lists survive the trip to a worker (structured clone) and through JSON', () => {
    expect(canonicalProvides(structuredClone(plan), 'billing.core', 'tax')).toBe(true);
    expect(canonicalProvides(JSON.parse(JSON.stringify(plan)), 'billing', 'legacy')).toBe(false);
  });
});
