// The cheap test that keeps most files away from the parser, run by process-file on every file's raw
// bytes (the file is not decoded unless it passes): a Python file must spell enough of a legacy
// module's path to name it from where it lies (rewrite/python/may-reference.ts); a JS/TS file must
// contain a JS needle (javascript-prefilter.ts). Used by run, scan, check and verify's census.
import { requiredCallWord } from '../rewrite/python/computed-call-spelling';
import { compileReferenceTest, legacyModulesOf, referenceKey, requiredWords, type ReferenceTest } from '../rewrite/python/may-reference';
import { SUBMODULE_NAMING_WORDS, submoduleMovesOf } from '../rewrite/python/submodule-moves';
import { moduleOfPath } from '../rewrite/python/module-path';
import type { Language, MigrationPlan, PythonPlan } from '../types';
import { searchStretch } from './byte-search';
import { createJavascriptPrefilter } from './javascript-prefilter';

/** false: the file cannot name any legacy module, so its rewriter would leave it unchanged with no finding. */
export type Prefilter = (content: Buffer, relPath: string, language: Language) => boolean;

export function createPlanPrefilter(plan: MigrationPlan): Prefilter {
  const python = plan.python ? createPythonPrefilter(plan.python) : () => false;
  const javascript = plan.javascript ? createJavascriptPrefilter(plan.javascript) : () => false;
  return (content, relPath, language) => (language === 'python' ? python(content, relPath) : javascript(content, relPath));
}

/**
 * One reference test per kind of location (packages sharing as much of each legacy module's path
 * spell the same relative imports), compiled on first use and run over the latin1 view of the bytes.
 * Compiling per kind, not per package, matters: V8 compiles each new regular expression again.
 */
function createPythonPrefilter(python: PythonPlan): (content: Buffer, relPath: string) => boolean {
  const modules = legacyModulesOf(python.moves);
  // A path built at run time (`import_module("a.b." + name)`) holds this instead of a leaf: searched once per file.
  const callWord = requiredCallWord(modules);
  const callStretch = callWord === undefined ? undefined : searchStretch(callWord);
  const byKind = new Map<string, KindTest>();
  // A file's package is its directory's (an `__init__.py` is its own directory's package), so the
  // test is looked up once per directory, not once per file.
  const byDirectory = new Map<string, KindTest>();
  const testFor = (relPath: string): KindTest => {
    const pkg = moduleOfPath(relPath, python.roots)?.package;
    const kind = referenceKey(modules, pkg);
    let test = byKind.get(kind);
    if (!test) {
      const words = requiredWords(modules, pkg)?.map(searchStretch);
      byKind.set(kind, (test = { test: compileReferenceTest(modules, pkg, 'latin1'), words }));
    }
    return test;
  };
  // A package `__init__` whose `__all__` may list a moved submodule by its leaf (package-all-listing.ts),
  // or that imports its submodules by computed names (computed-imports.ts).
  // Answered once per directory, and asked only of `__init__` files.
  const parentOfMoved = new Map<string, boolean>();
  const listsSubmodules = (relPath: string, directory: string) => {
    const name = relPath.slice(directory.length);
    if (name !== '__init__.py' && name !== '__init__.pyi') return false;
    let answer = parentOfMoved.get(directory);
    if (answer === undefined) parentOfMoved.set(directory, (answer = submoduleMovesOf(moduleOfPath(relPath, python.roots), python.moves) !== undefined));
    return answer;
  };
  return (content, relPath) => {
    if (python.relocated?.[relPath]) return true; // a moved module with relative imports carried from its old place
    const directory = relPath.slice(0, relPath.lastIndexOf('/') + 1);
    if (listsSubmodules(relPath, directory) && SUBMODULE_NAMING.some((w) => content.includes(w))) return true;
    let kind = byDirectory.get(directory);
    if (!kind) byDirectory.set(directory, (kind = testFor(relPath)));
    // A byte search for the leaves first (the fastest stretch of each, byte-search.ts): a file
    // holding none is turned away without a string view.
    const mayCall = callStretch !== undefined && content.includes(callStretch);
    if (!mayCall && kind.words && !kind.words.some((w) => content.includes(w))) return false;
    return kind.test(content.toString('latin1'), mayCall);
  };
}

const SUBMODULE_NAMING = SUBMODULE_NAMING_WORDS.map((w) => Buffer.from(w));

/** A kind of location's reference test, and stretches of the words one of which a file must hold to pass it. */
interface KindTest {
  test: ReferenceTest;
  words?: Buffer[];
}
