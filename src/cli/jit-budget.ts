// The command's process is short-lived: most of its time goes to code V8 is still optimizing. A
// smaller inlining budget makes each TurboFan compilation of the hot readers (the Python tokenizer,
// import finder and parser; Babel's parser) cheaper, and those compilations share the machine's
// cores with the run itself. Measured on the 2-vCPU machine (docs/benchmarks.md, "How a run is made
// fast"): background compile CPU on netra 4.5 → 2.3 s, run CPU down 13–15% and wall 5–8% on the
// netra tree and the TS corpus, identical reports. Only bin/ssot-codemod.js calls this (the process is the command's
// own); the transforms run inside other people's processes and never touch V8's flags. A budget the
// user gave node (`node --max-inlined-bytecode-size-cumulative=N bin/ssot-codemod.js`) wins.
import v8 from 'node:v8';

const FLAG = '--max-inlined-bytecode-size-cumulative';
/** V8's default is 920 bytes of inlined bytecode per optimized function. */
export const CLI_INLINING_BUDGET = 150;

/** Sets V8's inlining budget for this process unless node was given one; returns whether it did. */
export function setCliInliningBudget(execArgv: readonly string[] = process.execArgv): boolean {
  // V8 accepts `_` for `-` in a flag's name; node refuses V8 flags in NODE_OPTIONS, so execArgv is all there is.
  if (execArgv.some((arg) => arg.replace(/_/g, '-').split('=')[0] === FLAG)) return false;
  v8.setFlagsFromString(`${FLAG}=${CLI_INLINING_BUDGET}`);
  return true;
}
