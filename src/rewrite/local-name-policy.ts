// The one rename policy both rewriters follow. Each language finds, for every moved binding, the
// facts below (its uses, the file's other bindings, the move's options) and spells the edits; what
// the local name becomes is decided here, once, so the Python and JS rewriters never disagree.
// Pure and syntax-free.

import type { LocalNameMode } from '../types';

/** What a rewriter knows about one moved binding (one local name bound by an import of a legacy module). */
export interface MovedBinding {
  /** The local name the file binds today (`Old`, or the user's alias `X` in `import { Old as X }`). */
  local: string;
  /** Whether the local name was chosen by the user (an `as` alias, a JS default import), not the imported name itself. */
  userAlias: boolean;
  /** The name the canonical module exports it as, and that module's identity (a Python dotted path, a JS module key and kind). */
  target: string;
  targetModule: string;
  /** Where the binding lives (a JS file's module scope; a Python scope and block): an earlier binding of the
   * same target with the same key is visible to this one and bound before it. */
  visibility: string;
  /** false when the binding is no name of the module or a class (a Python import inside a function): privacy is then no concern. Default true. */
  exposed?: boolean;
  mode: LocalNameMode;
  /**
   * The local name under which the file already imports the same canonical binding (same module,
   * same exported name, same kind), visible at every use of `local`; undefined when there is none.
   */
  existing?: string;
  /** Set when the file imports the target already but that import cannot serve every use (shadowed, not yet bound):
   * the binding is then imported a second time, and this says why (an `aliased:` note). */
  existingUnreachable?: string;
  /** Why the uses of `local` cannot be renamed (it is re-exported, listed in `__all__`, …); undefined when they can. */
  unrenamable?: string;
  /**
   * Why `local` must stay bound even where the file imports the target already: other modules may read
   * it (a Python alias bound at module or class level: `from shim import Alias` elsewhere). Reuse, a
   * tidying, never takes a name away from what a module provides; undefined when it may go.
   */
  readFromOutside?: string;
  /** false when something other than this import also binds `local` (`X = None` in an `except`), so the
   * import cannot simply go away in favour of another binding of the target. Default true. */
  reusable?: boolean;
  /**
   * Why the uses of `local` could not be renamed to `name` (another binding of that name is visible
   * where they are, or they would capture one); undefined when they can. Asked about the target name,
   * and about the local of an earlier binding of the same target before reusing it.
   */
  clash(name: string): string | undefined;
  /** Whether every use of `local` would reach a binding of `name` that the file has where this binding lives
   * (asked before reusing an earlier import of the same target that keeps its name). */
  reaches(name: string): boolean;
}

/**
 * - `keep`: import the target under the current local name (`New as Old`, or plain `New` when they are equal);
 *   `note` is set when this is a fallback the user should hear about (reported as `aliased: …`).
 * - `rename`: the local becomes the target name, and every use of it is renamed.
 * - `reuse`: the file already imports the target as `local`: this import goes away and every use is renamed to it.
 * - `drop`: the file already imports the target under the very same local name: this import goes away, uses stay.
 */
export type LocalNameDecision =
  | { action: 'keep'; local: string; note?: string }
  | { action: 'rename'; local: string; note?: string }
  | { action: 'reuse'; local: string }
  | { action: 'drop'; local: string };

export function decideLocalName(binding: MovedBinding, claimedBy?: string): LocalNameDecision {
  const decision = decideAction(binding, claimedBy);
  // Importing the target a second time is never silent.
  const unreachable =
    binding.existingUnreachable ??
    (binding.existing !== undefined
      ? `imported twice: the file imports ${binding.target}${binding.existing === binding.target ? '' : ` as ${binding.existing}`} already, and ${binding.mode === 'keep' ? `localName "keep" keeps ${binding.local}` : `${binding.local} cannot give way to it (${binding.unrenamable ?? binding.readFromOutside ?? 'it is bound elsewhere too'})`}`
      : undefined);
  if (!unreachable || decision.action === 'reuse' || decision.action === 'drop') return decision;
  return { ...decision, note: decision.note ? `${decision.note}; ${unreachable}` : `aliased: ${unreachable}` };
}

function decideAction(binding: MovedBinding, claimedBy?: string): LocalNameDecision {
  const { local, target, existing } = binding;
  if (existing === local) return { action: 'drop', local };
  // Never import one binding twice: reuse wins over a user's alias, but not over an explicit `keep`,
  // nor over a name other modules may read.
  const mayGo = binding.unrenamable === undefined && binding.reusable !== false && binding.readFromOutside === undefined;
  if (existing !== undefined && binding.mode === 'rename' && mayGo) return { action: 'reuse', local: existing };
  if (binding.userAlias || target === local || binding.mode === 'keep') return { action: 'keep', local };
  // A private binding stays private: renamed `_utils` → `utils` it would join the module's public
  // names (`from m import *`, its API) — the jsonschema and attrs trials' reviewers kept `utils as _utils`.
  // A function's local is no such name (jinja's test_regression.py imports `_GroupTuple` inside a test).
  if (local.startsWith('_') && !target.startsWith('_') && binding.exposed !== false) return { action: 'keep', local, note: `aliased: ${local} is private to this module, and ${target} would not be` };
  if (binding.unrenamable !== undefined) return { action: 'keep', local, note: `aliased: ${binding.unrenamable}` };
  const collision = claimedBy !== undefined ? `${target} is already the new name of an import from ${claimedBy}` : binding.clash(target);
  if (collision !== undefined) return { action: 'keep', local, note: `aliased: name collision: ${collision}` };
  return { action: 'rename', local: target };
}

/**
 * Decides a file's bindings in source order, as if each earlier decision were already written: a
 * later binding of a target that an earlier one now imports in the same visibility reuses it, and
 * a target name that an earlier rename claimed for another module is a collision.
 */
export function decideLocalNames(bindings: readonly MovedBinding[]): LocalNameDecision[] {
  const bound = new Map<string, LocalNameDecision>(); // visibility + target module + target name → first decision
  const claimed = new Map<string, string>(); // new local name → target module it now names
  return bindings.map((binding) => {
    const slot = `${binding.visibility}\0${binding.targetModule}\0${binding.target}`;
    const owner = claimed.get(binding.target);
    const earlier = bound.get(slot);
    // A renamed earlier binding's name is new to the file: free where our uses are? A kept one exists: reached from them?
    const usable = earlier && (earlier.local === binding.local || (earlier.action === 'rename' ? binding.clash(earlier.local) === undefined : binding.reaches(earlier.local)));
    const decision = decideLocalName({ ...binding, existing: binding.existing ?? (usable ? earlier.local : undefined) }, owner !== undefined && owner !== binding.targetModule ? owner : undefined);
    if (decision.action === 'rename') claimed.set(decision.local, binding.targetModule);
    if (!bound.has(slot)) bound.set(slot, decision);
    return decision;
  });
}

/** The `aliased: …` note a decision carries, if any (reported with the import's finding). */
export function noteOf(decision: LocalNameDecision | undefined): string | undefined {
  return decision && (decision.action === 'keep' || decision.action === 'rename') ? decision.note : undefined;
}
