// The sentences both rewriters give when a reference is left because re-pointing it would close an
// import cycle with its target (the file is the target, or the target takes names from it when it
// loads: PythonPlan/JavascriptPlan.loadsFrom): one policy, one wording.

/** The reference is inside the target module itself. */
export const SELF_IMPORT_REASON = 'the canonical module would import itself';

/** The target takes names from this file when it loads. */
export function loadCycleReason(module: string): string {
  return `${module} takes names from this file when it loads: re-pointed at it, the two would import each other`;
}
