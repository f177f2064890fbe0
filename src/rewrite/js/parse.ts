// Parses JS/TS source with @babel/parser using the plugin set each extension needs,
// and turns parser failures into SourceSyntaxError (1-based line/column).
// Used by the JS rewriter for its one parse per file and by checkSyntax for re-parsing outputs.
import type { ParserOptions, ParserPlugin } from '@babel/parser';
import type { File } from '@babel/types';
import { SourceSyntaxError } from '../source-syntax-error';

const TS = new Set(['.ts', '.mts', '.cts']);

/** The plugin list for a file, chosen by its extension (`.tsx` gets both TypeScript and JSX). */
export function pluginsFor(path: string): ParserPlugin[] {
  const ext = extensionOf(path);
  const common: ParserPlugin[] = ['decorators-legacy', 'explicitResourceManagement', 'importReflection', 'sourcePhaseImports'];
  if (TS.has(ext) || path.endsWith('.d.ts')) return ['typescript', ...common];
  if (ext === '.tsx') return ['typescript', 'jsx', ...common];
  // Flow, as jscodeshift's default parser reads .js: Flow-only readings of ambiguous code (`f<T>(x)`)
  // apply only to files with an @flow pragma, so plain JavaScript parses as before.
  return ['flow', 'jsx', 'doExpressions', 'exportDefaultFrom', 'throwExpressions', ...common];
}

function extensionOf(path: string): string {
  const dot = path.lastIndexOf('.');
  return dot < 0 || dot < path.lastIndexOf('/') ? '' : path.slice(dot);
}

function optionsFor(path: string, sourceType: 'module' | 'script'): ParserOptions {
  return {
    sourceType,
    plugins: pluginsFor(path),
    errorRecovery: false,
    attachComment: false,
    allowAwaitOutsideFunction: true,
    allowReturnOutsideFunction: sourceType === 'script',
    allowUndeclaredExports: true,
    allowNewTargetOutsideFunction: true,
  };
}

/** @babel/parser is required at the first parse, not at import: commands that read no JS start faster. */
function parse(source: string, options: ParserOptions): File {
  return (require('@babel/parser') as typeof import('@babel/parser')).parse(source, options);
}

/** Parses as a module; plain JS that only parses as a script (sloppy-mode CommonJS) gets a second try. */
export function parseSource(source: string, path: string): File {
  try {
    return parse(source, optionsFor(path, 'module'));
  } catch (moduleError) {
    if (pluginsFor(path)[0] !== 'typescript') {
      try {
        return parse(source, optionsFor(path, 'script'));
      } catch {
        // fall through: the module error is the more useful one
      }
    }
    throw toSyntaxError(moduleError, path);
  }
}

export function toSyntaxError(error: unknown, path: string): SourceSyntaxError | never {
  // Babel's parser is recursive: absurdly deep nesting (thousands of parentheses) exhausts the stack.
  // That is a property of the input, so it is reported as a parse failure, not a crash or a bug.
  if (error instanceof RangeError && /call stack/i.test(error.message)) {
    return new SourceSyntaxError(`${path}: expressions are nested too deeply to parse (the parser ran out of stack)`, { line: 1, column: 1 });
  }
  const loc = (error as { loc?: { line: number; column: number } }).loc;
  if (!(error instanceof SyntaxError) || !loc) throw error;
  const message = error.message.replace(/\s*\(\d+:\d+\)$/, '');
  return new SourceSyntaxError(`${path}:${loc.line}:${loc.column + 1}: ${message}`, { line: loc.line, column: loc.column + 1 });
}
