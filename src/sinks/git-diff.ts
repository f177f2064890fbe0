// Formats one file's change as a git-style unified diff that `git apply` accepts byte for byte:
// CRLF line endings survive inside lines, a missing final newline gets git's marker, and
// unusual paths are C-quoted like git does. Used by the diff and patch sinks.
import { createPainter } from './text-output';

export interface DiffFormatOptions {
  color?: boolean;
  /** Lines of context around each change; git's default is 3. */
  context?: number;
}

export function formatGitDiff(relPath: string, original: string, code: string, options: DiffFormatOptions = {}): string {
  if (original === code) return '';
  const paint = createPainter(options.color ?? false);
  const a = quotePath(`a/${relPath}`);
  const b = quotePath(`b/${relPath}`);
  // Required here, not at import: a run that changes nothing never loads the diff library.
  const { structuredPatch } = require('diff') as typeof import('diff');
  const patch = structuredPatch(a, b, original, code, undefined, undefined, { context: options.context ?? 3 });
  const out: string[] = [paint('bold', `diff --git ${a} ${b}`), paint('bold', `--- ${a}`), paint('bold', `+++ ${b}`)];
  for (const hunk of patch.hunks) {
    // Unified-diff convention: an empty range starts one line earlier.
    const oldStart = hunk.oldLines === 0 ? hunk.oldStart - 1 : hunk.oldStart;
    const newStart = hunk.newLines === 0 ? hunk.newStart - 1 : hunk.newStart;
    out.push(paint('cyan', `@@ -${oldStart},${hunk.oldLines} +${newStart},${hunk.newLines} @@`));
    for (const line of hunk.lines) {
      if (line.startsWith('+')) out.push(paint('green', line));
      else if (line.startsWith('-')) out.push(paint('red', line));
      else out.push(line);
    }
  }
  return out.join('\n') + '\n';
}

/** git's quoting: paths with `"`, `\`, control or non-ASCII bytes are wrapped in quotes with octal escapes. */
export function quotePath(p: string): string {
  if (!/["\\\x00-\x1f\x7f-\uffff]/.test(p)) return p;
  let quoted = '"';
  for (const byte of Buffer.from(p, 'utf8')) {
    if (byte === 0x22) quoted += '\\"';
    else if (byte === 0x5c) quoted += '\\\\';
    else if (byte === 0x09) quoted += '\\t';
    else if (byte === 0x0a) quoted += '\\n';
    else if (byte < 0x20 || byte >= 0x7f) quoted += '\\' + byte.toString(8).padStart(3, '0');
    else quoted += String.fromCharCode(byte);
  }
  return quoted + '"';
}
