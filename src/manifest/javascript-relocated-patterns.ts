// Fills JavascriptPlan.relocatedPatterns: the relative file patterns a moved file carried from its
// old place, the twin of javascript-relocated.ts for files loaded by pattern. `import.meta.glob(
// '../../locales/*.yml')` in a file moved one folder deeper now looks in a folder that does not
// exist; written from its new place it reads the old folder again (`'../../../locales/*.yml'`).
// A pattern (or require.context directory) is rebased when its folder exists from where the file was
// and not from where it is. The rewriter applies it at glob sites only (glob-sites.ts). Read once,
// when the manifest is loaded (load.ts).
import fs from 'node:fs';
import path from 'node:path';
import type picomatchType from 'picomatch';
import type { JavascriptPlan, RelocatedPattern } from '../types';
import type { ModuleApiReader } from '../verify/module-api';
import { mostFound, movedFiles } from './javascript-relocated';
import { readModuleSource } from './python-provided';

const RELATIVE_STRING = /(["'])(\.\.?\/[^"'\\\r\n]*)\1/g;

export function readRelocatedPatterns(plan: Pick<JavascriptPlan, 'moves' | 'subtrees' | 'directories'>, root: string, apiReader: () => ModuleApiReader): Record<string, RelocatedPattern[]> {
  const out: Record<string, RelocatedPattern[]> = {};
  let picomatch: typeof picomatchType | undefined;
  for (const { file, wasAt, move } of movedFiles(plan, root, apiReader)) {
    const text = readModuleSource(path.join(root, file)) ?? '';
    // Only files that load files by pattern (glob-sites.ts reads the same calls).
    if (out[file] || !/\.\s*glob(?:Eager)?\s*[(<]|require\s*\.\s*context\s*[(<]/.test(text)) continue;
    picomatch ??= require('picomatch') as typeof picomatchType;
    const rebased = mostFound(wasAt.map((at) => rebasedFrom(file, at, text, move.id, root, picomatch!)));
    if (rebased.length > 0) out[file] = rebased;
  }
  return out;
}

/** The file's patterns whose folder exists from `wasAt` (where it may have been) and not from where it is, written from where it is. */
function rebasedFrom(file: string, wasAt: string, text: string, move: string, root: string, picomatch: typeof picomatchType): RelocatedPattern[] {
  const rebased: RelocatedPattern[] = [];
  for (const [, , pattern] of text.matchAll(RELATIVE_STRING)) {
    const scan = picomatch.scan(pattern);
    const head = scan.isGlob ? scan.prefix + scan.base : pattern;
    const now = path.posix.normalize(path.posix.join(path.posix.dirname(file), head));
    const then = path.posix.normalize(path.posix.join(path.posix.dirname(wasAt), head));
    if (now === then || then.startsWith('../') || isDirectory(root, now) || !isDirectory(root, then)) continue;
    const to = relativeFolder(file, then) + pattern.slice(head.replace(/\/+$/, '').length);
    if (!rebased.some((r) => r.from === pattern)) rebased.push({ from: pattern, to, move });
  }
  return rebased;
}

/** `../x` or `./x` from the file's folder to a repo-relative folder (the manifest loader does not load the rewriter's specifier.ts). */
function relativeFolder(file: string, folder: string): string {
  const rel = path.posix.relative(path.posix.dirname(file), folder);
  return rel === '' ? '.' : rel.startsWith('..') ? rel : `./${rel}`;
}

function isDirectory(root: string, rel: string): boolean {
  return fs.statSync(path.join(root, rel), { throwIfNoEntry: false })?.isDirectory() ?? false;
}
