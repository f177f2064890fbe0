// Resolves what the built-in Python reader could not decide (FileResult.syntaxDoubt): asks CPython,
// through one long-lived python3 started on the first doubt of a run, whether the original and/or
// the rewritten text compiles. Without python3 such a file is left untouched and reported. Used by
// runFiles before the write stage and the sinks see a result.
import type { FileResult, SyntaxDoubtDetail } from '../types';
import type { PythonChecker } from './python-verifier';

export interface SyntaxDoubtResolver {
  /** A result without doubts comes back as is; a doubtful one becomes `changed` (doubt removed) or `failed`. */
  resolve(result: FileResult): Promise<FileResult>;
  close(): void;
}

export interface SyntaxDoubtOptions {
  /** The python3 executable (default `python3`). */
  python?: string;
  /** A checker already running (--verify python's), used instead of starting another. */
  checker?: PythonChecker;
}

export function createSyntaxDoubtResolver(options: SyntaxDoubtOptions = {}): SyntaxDoubtResolver {
  let checker = options.checker;
  let started = checker !== undefined;
  let owned = false;
  const checkerOnce = () => {
    if (!started) {
      started = true;
      // Loaded here, at the first doubt: a run without one never loads the python3 bridge.
      const { startPythonChecker } = require('./python-verifier') as typeof import('./python-verifier');
      checker = startPythonChecker(options.python);
      owned = checker !== undefined;
    }
    return checker;
  };
  return {
    async resolve(result) {
      if (result.status !== 'changed' || !result.syntaxDoubt) return result;
      const { syntaxDoubt, ...decided } = result;
      const fail = (code: 'parse' | 'output-unparseable', message: string, at: { line?: number; column?: number }): FileResult => ({
        path: result.path,
        findings: result.findings,
        status: 'failed',
        language: result.language,
        error: { code, message, ...(at.line ? { line: at.line } : {}), ...(at.column ? { column: at.column } : {}) },
      });
      const python = checkerOnce();
      if (!python) {
        const doubt = (syntaxDoubt.input ?? syntaxDoubt.output)!;
        const which = syntaxDoubt.input ? 'this file' : 'the rewritten file';
        return fail(syntaxDoubt.input ? 'parse' : 'output-unparseable', `the built-in Python reader could not decide whether ${which} parses (${describe(doubt)}) and python3 was not found to ask CPython; it was left untouched`, doubt);
      }
      if (syntaxDoubt.input) {
        const verdict = await python.check(result.original, result.path);
        if (!verdict.ok) return fail('parse', `CPython rejects this file (${verdict.message}${verdict.line ? ` at line ${verdict.line}` : ''}); it was left untouched`, verdict);
      }
      if (syntaxDoubt.output) {
        const verdict = await python.check(result.code, result.path);
        if (!verdict.ok) return fail('output-unparseable', `CPython rejects the rewritten file (${verdict.message}${verdict.line ? ` at output line ${verdict.line}` : ''}); it was left untouched`, verdict);
      }
      return decided;
    },
    close() {
      if (owned) checker?.close();
    },
  };
}

function describe(doubt: SyntaxDoubtDetail): string {
  return `${doubt.reason}, line ${doubt.line}`;
}
