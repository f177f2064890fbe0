// Small MigrationPlans and manifests shared by pipeline, sink and CLI tests.
import { compilePlan } from '../../src/manifest/plan';
import type { MigrationPlan } from '../../src/types';

/** One Python move (pkg.legacy → pkg.core) and one JS move (legacy-lib → core-lib). */
export const MANIFEST = {
  python: { moves: [{ from: 'pkg.legacy', to: 'pkg.core' }] },
  javascript: { moves: [{ from: 'legacy-lib', to: 'core-lib' }] },
};

export function testPlan(extra: { exclude?: string[] } = {}): MigrationPlan {
  return compilePlan({ ...MANIFEST, ...extra }, { file: 'ssot-codemod.json' });
}
