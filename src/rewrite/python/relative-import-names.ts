// `importlib.import_module(".manager", package)`: a module name relative to the package argument,
// whose leading dots climb from it as importlib resolves them. A literal name is re-spelled from
// the same package (`".websocket_manager"`, or `"..agents.registry"` when the target lies elsewhere);
// with a package known only at run time (`import_module(".manager", pkg)`) a name that may end in
// a moved module is manual. The computed kind (`import_module("." + name, __name__)`) is
// computed-imports.ts's, which calls in here for the package. Pure.
import type { Edit, Finding, Move } from '../../types';
import { addFinding, findingPosition, ignoreReason, isIgnored, type RewriteContext } from './context';
import { missingNameReason } from '../missing-name-reason';
import { resolveRelative, spellFrom } from './module-path';
import { missingStep } from './provided-names';
import { stringLiteralParts } from './string-scanner';
import { nextCodeToken } from './token-search';
import { Tok } from './tokenizer';

/** What a call's `package` argument says: the package's components, or `unknown` (computed, or absent). */
export type PackageArgument = { components: string[]; literal?: string; token?: number } | 'unknown';

/** Token indices where each argument of the call whose `(` is token `open` starts, and the closing `)`. */
export function callArguments(ctx: RewriteContext, open: number): { starts: number[]; close?: number } {
  const t = ctx.tokens;
  const starts: number[] = [];
  let depth = 0;
  let expectArgument = true;
  for (let j = open; j < t.count; j++) {
    const kind = t.kind[j];
    if (kind === Tok.Nl || kind === Tok.Comment) continue;
    if (kind === Tok.Op) {
      const c = t.code[j];
      if (c === 40 || c === 91 || c === 123) depth++;
      else if ((c === 41 || c === 93 || c === 125) && --depth === 0) return { starts, close: j };
      if (depth === 1 && c === 44) {
        expectArgument = true;
        continue;
      }
      if (j === open) continue;
    }
    if (depth === 1 && expectArgument) {
      starts.push(j);
      expectArgument = false;
    }
  }
  return { starts };
}

/** The `package` argument (second positional or `package=`) of an import_module call, as far as the file's text tells it. */
export function packageArgument(ctx: RewriteContext, starts: readonly number[]): PackageArgument {
  const t = ctx.tokens;
  const word = (j: number | undefined) => (j !== undefined && t.kind[j] === Tok.Name ? ctx.text.slice(t.start[j], t.end[j]) : undefined);
  let value: number | undefined;
  for (const s of starts.slice(1)) {
    const eq = nextCodeToken(t, s);
    const keyword = eq !== undefined && t.kind[eq] === Tok.Op && t.code[eq] === 61 ? word(s) : undefined;
    if (keyword === 'package') value = nextCodeToken(t, eq!);
    else if (keyword === undefined && s === starts[1]) value = s;
  }
  if (value === undefined) return 'unknown';
  const after = nextCodeToken(t, value);
  const ends = (j: number | undefined) => j !== undefined && t.kind[j] === Tok.Op && (t.code[j] === 44 || t.code[j] === 41);
  const file = ctx.file;
  if (t.kind[value] === Tok.String && t.code[value] === 0 && ends(after)) {
    const { body } = stringLiteralParts(ctx.text.slice(t.start[value], t.end[value]));
    return /^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*$/.test(body) ? { components: body.split('.'), literal: body, token: value } : 'unknown';
  }
  const name = word(value);
  // `__package__` and `__spec__.parent` are the file's package; `__name__` is, in a package's `__init__`.
  if (file && name === '__package__' && ends(after)) return { components: file.package };
  if (file && name === '__name__' && ends(after) && file.module === file.package.join('.')) return { components: file.package };
  if (file && name === '__spec__' && after !== undefined && ctx.text.slice(t.start[after], t.end[after + 1]) === '.parent' && ends(nextCodeToken(t, after + 1))) return { components: file.package };
  return 'unknown';
}

/** A literal relative name (token `first`, a plain string starting with a dot) of an import_module call. */
export function rewriteRelativeName(ctx: RewriteContext, first: number, pkg: PackageArgument, callText: string): void {
  const t = ctx.tokens;
  const raw = ctx.text.slice(t.start[first], t.end[first]);
  const { prefix, quote, body } = stringLiteralParts(raw);
  const level = /^\.*/.exec(body)![0].length;
  const rest = body.slice(level);
  if (!/^(?:[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)?$/.test(rest)) return;
  const offset = t.start[first];
  if (pkg === 'unknown') {
    const move = mayName(ctx, rest.split('.'));
    if (!move) return;
    const reason = `import_module resolves "${body}" against a package this file does not spell; it may name ${move.from.module}, which moves to ${move.to.module}: rewrite by hand, or pass the package as a string`;
    return addFinding(ctx, { offset, move, form: 'string-target', kind: 'manual', text: callText, reason });
  }
  const absolute = resolveRelative(pkg.components, level, rest);
  if (absolute === undefined) return;
  const target = ctx.index.moduleTarget(absolute);
  // A package string the strings pass re-pointed moves the anchor: the name is spelled from there,
  // for the module it named before (or its target), which may need no edit or a new one.
  const anchor = movedAnchor(ctx, pkg);
  const move = target?.move ?? anchor?.move;
  if (!move) return;
  const wanted = target?.module ?? absolute;
  const base = { offset, move, form: 'string-target' as const, text: callText };
  if (isIgnored(ctx, offset, t.end[first])) return addFinding(ctx, { ...base, kind: 'ignored', reason: ignoreReason(ctx) });
  const absent = target ? missingStep({ provided: ctx.provided }, target.module) : undefined;
  if (absent) return addFinding(ctx, { ...base, kind: 'manual', reason: missingNameReason(absent.module, absent.name) });
  const from = anchor?.components ?? pkg.components;
  if (resolveRelative(from, level, rest) === wanted) return; // the re-pointed package carries it (its own finding)
  const spelled = spellFrom(from, wanted, true);
  const name = '.'.repeat(spelled.level) + spelled.module;
  const start = offset + prefix + quote;
  ctx.edits.push({ start, end: start + body.length, text: name });
  addFinding(ctx, { ...base, kind: 'rewritten' });
}

/** The package string's new components when the strings pass re-pointed it (its edit), with that move. */
export function movedAnchor(ctx: RewriteContext, pkg: PackageArgument): { components: string[]; move: Move } | undefined {
  if (pkg === 'unknown' || pkg.literal === undefined || !packageEdit(ctx, pkg)) return undefined;
  const mapped = ctx.index.mapPath(pkg.literal);
  return mapped ? { components: mapped.path.split('.'), move: mapped.move } : undefined;
}

/**
 * Takes back the strings pass's re-pointing of the package string (its edit now changes nothing, and
 * its `rewritten` finding becomes manual with `reason`): a name built at run time would resolve elsewhere from there.
 */
export function keepPackageString(ctx: RewriteContext, pkg: PackageArgument, reason: string): void {
  const edit = pkg === 'unknown' ? undefined : packageEdit(ctx, pkg);
  if (!edit || pkg === 'unknown') return;
  edit.text = ctx.text.slice(edit.start, edit.end); // an edit that changes nothing is dropped (effectiveEdits)
  const index = passIndex(ctx);
  if (!index.findings) {
    index.findings = new Map();
    for (const f of ctx.findings) index.findings.set(`${f.line}:${f.column}`, [...(index.findings.get(`${f.line}:${f.column}`) ?? []), f]);
  }
  const { line, column } = findingPosition(ctx, ctx.tokens.start[pkg.token!]);
  for (const f of index.findings.get(`${line}:${column}`) ?? []) if (f.kind === 'rewritten') Object.assign(f, { kind: 'manual', reason });
}

/**
 * The strings pass's edits by start, and (on first need) the findings by position, indexed once per
 * file at the first question: a scan of them per call was quadratic in a big file.
 */
interface PassIndex {
  edits: Map<number, Edit>;
  findings?: Map<string, Finding[]>;
}

const passIndexes = new WeakMap<RewriteContext, PassIndex>();

function passIndex(ctx: RewriteContext): PassIndex {
  let index = passIndexes.get(ctx);
  if (!index) passIndexes.set(ctx, (index = { edits: new Map(ctx.edits.map((e) => [e.start, e])) }));
  return index;
}

/** The strings pass's edit of a literal package argument: it re-points the string's inside, from just after the quote. */
function packageEdit(ctx: RewriteContext, pkg: Exclude<PackageArgument, 'unknown'>): Edit | undefined {
  if (pkg.token === undefined) return undefined;
  const t = ctx.tokens;
  const { prefix, quote } = stringLiteralParts(ctx.text.slice(t.start[pkg.token], t.end[pkg.token]));
  return passIndex(ctx).edits.get(t.start[pkg.token] + prefix + quote);
}

/** A whole-module move the name may end in, whatever package it is resolved against: some leading components of it end the legacy module's path. */
function mayName(ctx: RewriteContext, rest: readonly string[]): Move | undefined {
  for (let j = 1; j <= rest.length; j++) {
    const head = rest.slice(0, j).join('.');
    for (const module of ctx.index.legacyModules) {
      if (module !== head && !module.endsWith(`.${head}`)) continue;
      const move = ctx.index.moduleTarget(module)?.move;
      if (move && !move.from.symbol) return move;
    }
  }
  return undefined;
}
