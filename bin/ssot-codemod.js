#!/usr/bin/env node
// The installed command: loads the compiled CLI (npm run build) and runs it on the real process.
'use strict';
let cli;
try {
  // Before any of the CLI is compiled: the inlining budget of a short-lived process (jit-budget.ts).
  require('../dist/src/cli/jit-budget.js').setCliInliningBudget();
  cli = require('../dist/src/cli/main.js');
} catch (error) {
  if (error && error.code === 'MODULE_NOT_FOUND') {
    process.stderr.write('ssot-codemod: the CLI is not built; run `npm run build` in the ssot-codemod checkout.\n');
    process.exitCode = 2;
    return;
  }
  throw error;
}
// `ssot-codemod run | head` closes the pipe early: stop caring about stdout, but let the run finish
// (an --apply run must not die half-way because its reader went away).
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') throw error;
});
// Color only on a terminal that takes it: hasColors() honours NO_COLOR, FORCE_COLOR=0 and TERM=dumb.
const colorTerminal = Boolean(process.stdout.isTTY && process.stdout.hasColors());
cli
  .main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), isTTY: colorTerminal, stderrIsTTY: Boolean(process.stderr.isTTY) })
  .then((code) => {
    process.exitCode = code;
  });
