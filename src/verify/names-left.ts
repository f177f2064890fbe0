// A name the manifest moves or renames, which its legacy module no longer defines but still reads
// in code that stays there: werkzeug's serving.py kept calling is_running_from_reloader after the
// def moved to _reloader.py, flask's ctx.py kept `return AppContext` (a deprecation __getattr__)
// after the class was renamed. Each such read is a NameError when it runs, and no import names it,
// so the run has nothing to rewrite there: verify warns with the lines (`name-left`). Python only: a
// TypeScript file's unbound name is tsc's error already. PythonPlan.usedInPlace says where to look
// (its token-level reader counts same-named locals too); the parser's scopes decide.
import path from 'node:path';
import { createLineIndex } from '../rewrite/line-index';
import { NameRole } from '../rewrite/python/parse/scope-facts';
import { SyntaxUnsure } from '../rewrite/syntax-unsure';
import { readModuleSource } from '../manifest/python-provided';
import type { MigrationPlan, Move } from '../types';
import type { ModuleApiReader } from './module-api';

export interface NameLeft {
  move: Move;
  /** The legacy module's file (repo-relative), and the 1-based lines reading the name it no longer binds. */
  file: string;
  lines: number[];
  /** The line of its `__all__` that still lists the name (a plain module without `__getattr__`): `import *` raises AttributeError. */
  listedAt?: number;
  /** The line of another string that is exactly the name (jinja's `exported = ["markup_join", …]`, from which its compiler writes imports of the module). */
  namedAt?: number;
}

export function namesLeft(plan: MigrationPlan, reader: ModuleApiReader, root: string): NameLeft[] {
  const out: NameLeft[] = [];
  const seen = new Set<string>();
  for (const move of plan.python?.moves ?? []) {
    const name = move.from.symbol;
    const key = `${move.from.module}:${name}`;
    if (!name || seen.has(key)) continue;
    seen.add(key);
    const api = reader.api('python', move.from.module);
    // Its binding decides, not what it provides (`__all__`, a PEP 562 `__getattr__` serve importers only).
    if (!api || api.problem || api.defined.has(name)) continue;
    const text = readModuleSource(path.join(root, api.file));
    if (text === undefined) continue;
    // Any read the text may hold, also one that runs at import (a default value, a decorator, a class
    // body: trio's f-string and jinja's module-level uses were missed when only call-time uses counted).
    // Required here: verify runs in JS-only runs too, which load no Python rewriter module.
    const { spellsName } = require('../rewrite/python/spells-name') as typeof import('../rewrite/python/spells-name');
    const read = plan.python?.usedInPlace?.[key] !== undefined || spellsName(text, name);
    if (!read && !api.all?.includes(name)) continue;
    const lines = read ? unboundReads(text, api.file, name) : [];
    // Read the module's names at most once, for either question below.
    let boundHere: boolean | undefined;
    const binds = () => (boundHere ??= bindsAtAll(text, api.file, name));
    // A package's `__all__` may list a submodule, a `__getattr__` may serve the name, an import may bind it.
    const stale = api.all?.includes(name) && !api.open && !/(^|\/)__init__\.pyi?$/.test(api.file) && !binds();
    const listedAt = stale ? lineListing(text, name) : undefined;
    // Only when no read already tells (flask's `__getattr__` compares the name before it reads it).
    const namedAt = read && lines.length === 0 && !binds() ? stringNaming(text, name, listedAt) : undefined;
    if (lines.length > 0 || listedAt !== undefined || namedAt !== undefined) {
      out.push({ move, file: api.file, lines, ...(listedAt !== undefined ? { listedAt } : {}), ...(namedAt !== undefined ? { namedAt } : {}) });
    }
  }
  return out;
}

/** The lines reading `name` as a global that nothing in the file binds (none when a star import may bind it, or the file does not parse). */
function unboundReads(text: string, file: string, name: string): number[] {
  // Required here: verify's gate before every run loads no reader unless a legacy module lost a name it reads.
  const { parseSource, readSource } = require('../rewrite/python/read-source') as typeof import('../rewrite/python/read-source');
  const { binds, createScopeView } = require('../rewrite/python/scope-view') as typeof import('../rewrite/python/scope-view');
  try {
    const { tokens, imports } = readSource(text, file);
    if (imports.some((s) => s.star)) return [];
    const facts = parseSource(text, tokens, file);
    if (facts instanceof SyntaxUnsure) return [];
    const view = createScopeView(facts);
    const occurrences = view.occurrencesNamed(name);
    const global = occurrences.filter((o) => view.resolver.symbolScope(o) === 0);
    if (global.some(binds)) return [];
    const lines = createLineIndex(text);
    return [...new Set(global.filter((o) => o.role === NameRole.Load).map((o) => lines.position(o.start).line))];
  } catch {
    return []; // a module the reader refuses is verify's unreadable-module, said elsewhere
  }
}

/** Whether the module binds `name` in any way (an import too), as the names reader sees it. */
function bindsAtAll(text: string, file: string, name: string): boolean {
  const { readPythonNames } = require('./python-names') as typeof import('./python-names');
  try {
    return readPythonNames(text, file).names.has(name);
  } catch {
    return true; // unreadable: say nothing
  }
}

/** The 1-based line of `name`'s entry in an `__all__` statement (`__all__ = […]`, `+=`, `.append(…)`), else of its first quotation. */
function lineListing(text: string, name: string): number {
  const quoted = new RegExp(`(["'])${name.replace(/[$]/g, '\\$&')}\\1`, 'g');
  const statements = /(?<![\w.])__all__\s*(?:\+?=|\.(?:append|extend|insert)\s*\()/g;
  let at: number | undefined;
  for (let m = statements.exec(text); m !== null && at === undefined; m = statements.exec(text)) {
    const end = statementEnd(text, m.index + m[0].length);
    quoted.lastIndex = m.index;
    const entry = quoted.exec(text);
    if (entry !== null && entry.index < end) at = entry.index;
  }
  if (at === undefined) {
    quoted.lastIndex = 0;
    at = quoted.exec(text)?.index ?? 0;
  }
  return createLineIndex(text).position(at).line;
}

/** The 1-based line of the first string that is exactly `name`, outside the `__all__` entry at `listedAt` (and outside every `__all__` statement's line). */
function stringNaming(text: string, name: string, listedAt: number | undefined): number | undefined {
  const lines = createLineIndex(text);
  const quoted = new RegExp(`(["'])${name.replace(/[$]/g, '\\$&')}\\1`, 'g');
  for (const m of text.matchAll(quoted)) {
    const line = lines.position(m.index!).line;
    const lineText = text.slice(m.index! - lines.position(m.index!).column + 1, m.index!);
    if (line !== listedAt && !/(?<![\w.])__all__\b/.test(lineText)) return line;
  }
  return undefined;
}

/** Where the logical line from `from` ends: its first line break outside brackets (strings holding brackets may end it early or late; only the line number is at stake). */
function statementEnd(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth = Math.max(0, depth - 1);
    else if (c === '\n' && depth === 0) return i;
  }
  return text.length;
}

/** The warning's sentence: what breaks, where, and the two ways to mend it. */
export function nameLeftMessage(left: NameLeft): string {
  const { move, file, lines, listedAt } = left;
  const name = move.from.symbol!;
  const now = move.to.symbol ?? name;
  const keep = `from ${move.to.module} import ${now === name ? name : `${now} as ${name}`}`;
  const listed = listedAt === undefined ? '' : ` Its __all__ still lists ${name} (line ${listedAt}): \`from ${move.from.module} import *\` raises AttributeError; remove the entry, or keep the name there (${keep}).`;
  const named = left.namedAt === undefined ? '' : ` A string at line ${left.namedAt} is exactly ${name}: code that looks the name up there by it (getattr, an import it writes) fails now; keep the name there (${keep}), or re-point that code.`;
  if (lines.length === 0) return `${move.source}: ${file} no longer defines ${name}.${listed}${named}`;
  const at = `line${lines.length > 1 ? 's' : ''} ${lines.join(', ')}`;
  const mend = move.to.module === move.from.module ? `rename ${lines.length > 1 ? 'those uses' : 'that use'} to ${now}` : `import it there (${keep}) or rewrite ${lines.length > 1 ? 'those uses' : 'that use'}`;
  return `${move.source}: ${file} no longer defines ${name} but still reads it at ${at}, in code that stays there: a NameError when it runs, which no import shows the run; ${mend}.${listed}${named}`;
}
