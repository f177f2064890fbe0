// Import cycles among the modules a manifest names (the seed problem: compatibility layers that
// import each other in circles). Reuses the rewriters as the reference finder: each module file is
// processed with a probe plan in which every named module is a "legacy" one, so its findings say
// which named modules it imports. Nothing is written.
import { compilePlan } from '../manifest/plan';
import type { Manifest } from '../manifest/manifest';
import { createFileProcessor } from '../pipeline/process-file';
import type { LanguageRewriter } from '../rewrite/language';
import type { MigrationPlan } from '../types';
import { findCycles } from './import-cycles';
import { findModuleFiles, type ModuleFile } from './module-files';

export async function findModuleCycles(plan: MigrationPlan, root: string, rewriters: readonly LanguageRewriter[]): Promise<string[][]> {
  const files = findModuleFiles(plan, root);
  if (files.length < 1) return [];
  const probe = probePlan(plan, files);
  const fileOfMove = new Map<string, string>();
  for (const move of [...(probe.python?.moves ?? []), ...(probe.javascript?.moves ?? [])]) {
    const target = files.find((f) => (f.language === 'python' ? f.module === move.from.module : `file:${f.module}` === move.fromKey));
    if (target) fileOfMove.set(move.id, target.file);
  }
  const processor = createFileProcessor({ root, plan: { ...probe, exclude: [] }, rewriters });
  const edges = new Map<string, string[]>();
  for (const { file, language } of files) {
    const result = await processor(file);
    const targets = result.findings.filter((f) => f.kind !== 'mention').map((f) => fileOfMove.get(f.move));
    // A package's __init__.py importing its own submodules (`from .headers import H`) reaches "itself"
    // through the probe's whole-package move: no cycle (werkzeug's datastructures showed one).
    const own = (t: string) => language === 'python' && t === file && file.endsWith('__init__.py');
    edges.set(file, [...new Set(targets.filter((t): t is string => t !== undefined && !own(t)))].sort());
  }
  return findCycles(edges);
}

/** Every named module becomes the legacy end of a move to a unique probe module. */
function probePlan(plan: MigrationPlan, files: readonly ModuleFile[]): MigrationPlan {
  const manifest: Manifest = {};
  const python = files.filter((f) => f.language === 'python');
  const javascript = files.filter((f) => f.language === 'javascript');
  if (python.length > 0 && plan.python) {
    manifest.python = { roots: plan.python.roots, moves: python.map((f, i) => ({ from: f.module, to: `ssot_cycle_probe.m${i}` })) };
  }
  if (javascript.length > 0 && plan.javascript) {
    manifest.javascript = { moves: javascript.map((f, i) => ({ from: `./${f.file}`, to: `ssot-cycle-probe-${i}` })) };
  }
  return compilePlan(manifest, { file: '(cycle probe)', aliases: plan.javascript?.aliases, baseUrl: plan.javascript?.baseUrl });
}
