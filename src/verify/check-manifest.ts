// The manifest check both `verify` and run's gate perform: one module reader (packages resolved
// through node_modules, the run's file-size limit), one interpreter process for the Python modules
// outside the repository (with `--import`, also the names moved onto them), then verifyPlan.
import type { MigrationPlan, Move } from '../types';
import { withDirectoryTargets } from './directory-target';
import { createModuleApiReader, type ModuleApiReader } from './module-api';
import { lookUpPythonModules, type InterpreterChoice, type PythonFacts } from './python-external';
import { namesMovedOnto, symbolMovedNames, verifyPlan, type VerifyReport } from './verify-plan';

export interface ManifestCheckOptions {
  interpreter: InterpreterChoice;
  /** verify --import: import the outside modules to check the names moved onto them (runs their code). */
  importNames: boolean;
  maxFileSize?: number;
}

export function checkManifest(plan: MigrationPlan, root: string, options: ManifestCheckOptions): { report: VerifyReport; reader: ModuleApiReader } {
  const reader = withDirectoryTargets(createModuleApiReader(plan, root, { packages: true, maxFileSize: options.maxFileSize }), plan, root);
  const python = pythonFacts(plan, reader, root, options);
  return { report: verifyPlan(plan, { reader, python, root }), reader };
}

/** Asks the interpreter about every canonical module outside the roots, once; undefined when there is none. */
function pythonFacts(plan: MigrationPlan, reader: ModuleApiReader, root: string, options: ManifestCheckOptions): PythonFacts | undefined {
  const moves = plan.python?.moves ?? [];
  // A namespace package of the repository (directory-target.ts) is no module to look for outside it.
  const outside = [...new Set(moves.map((m) => m.to.module).filter((m) => reader.fileOf('python', m) === undefined && reader.api('python', m) === undefined))].sort();
  if (outside.length === 0) return undefined;
  const names = new Map<string, string[]>();
  if (options.importNames) {
    const symbolMoved = symbolMovedNames(moves);
    for (const move of moves) {
      if (!outside.includes(move.to.module)) continue;
      const wanted = namesMovedOnto(move, reader, symbolMoved);
      names.set(move.to.module, [...new Set([...(names.get(move.to.module) ?? []), ...wanted])]);
    }
  }
  return lookUpPythonModules(options.interpreter, outside, names, root);
}
