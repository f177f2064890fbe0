// The sentences both rewriters give when a reference is left because re-pointing it would close an
// import cycle with its target (the file is the target, or the target runs it when it
// loads: PythonPlan/JavascriptPlan.loadsFrom): one policy, one wording.

/** The reference is inside the target module itself. */
export const SELF_IMPORT_REASON = 'the canonical module would import itself';

/** The target runs this file when it loads (takes names from it, or from a module below its package). */
export function loadCycleReason(module: string): string {
  return `${module} runs this file when it loads: re-pointed at it, the two would import each other`;
}
