// Compares one file as ssot-codemod rewrote it ("ours") with the team's version ("theirs"),
// restricted to what a manifest is about: the import statements that touch one of its modules
// (old or new), and the bare uses of every symbol it renames. Used by replay-commit.ts.
import type { ModuleLookup } from './module-names';
import { boundNames, moduleOfFile, readPythonFacts, resolveModule, touchedModules, type ImportStatement } from './python-imports';

/** A move as the replay manifests write it (the tool's manifest format, `localName` included). */
export interface ReplayMove {
  from: string;
  to: string;
  localName?: 'rename' | 'keep';
}

/** What the comparison needs from a manifest, computed once per commit. */
export interface MappingFacts {
  roots: string[];
  /** Every module a move names, old or new (`pkg.mod` of `pkg.mod:Symbol` too). */
  modules: Set<string>;
  /** Modules that move as a whole, and the symbols that move out of the others. */
  legacyModules: Set<string>;
  legacySymbols: Map<string, Set<string>>;
  /** Symbol moves whose name changes: `from` → `to`, and what happens to the local name. */
  renames: Array<{ from: string; to: string; localName: 'rename' | 'keep' }>;
}

export function mappingFacts(moves: readonly ReplayMove[], roots: readonly string[] = ['.']): MappingFacts {
  const moduleOf = (spec: string) => spec.split(':')[0];
  const symbolOf = (spec: string) => spec.split(':')[1];
  const renames: MappingFacts['renames'] = [];
  const legacySymbols = new Map<string, Set<string>>();
  for (const move of moves) {
    const symbol = symbolOf(move.from);
    if (symbol) legacySymbols.set(moduleOf(move.from), (legacySymbols.get(moduleOf(move.from)) ?? new Set()).add(symbol));
    const [from, to] = [symbolOf(move.from), symbolOf(move.to)];
    if (from && to && from !== to) renames.push({ from, to, localName: move.localName ?? 'rename' });
  }
  return {
    roots: [...roots],
    modules: new Set(moves.flatMap((m) => [moduleOf(m.from), moduleOf(m.to)])),
    legacyModules: new Set(moves.filter((m) => !symbolOf(m.from)).map((m) => m.from)),
    legacySymbols,
    renames,
  };
}

/** Uses of one renamed symbol's names: bare identifiers outside import statements. */
export interface UsageCount {
  name: string;
  before: number;
  ours: number;
  theirs: number;
}

export interface FileComparison {
  path: string;
  /** False when no side has an import statement touching the manifest's modules: nothing to compare. */
  relevant: boolean;
  before: ImportStatement[];
  ours: ImportStatement[];
  theirs: ImportStatement[];
  importsEqual: boolean;
  usages: UsageCount[];
  usagesEqual: boolean;
  identical: boolean;
  /** Facts that help a human classify a mismatch (see `hintsFor`). */
  hints: string[];
}

function relevantImports(source: string, path: string, facts: MappingFacts, names: string[]) {
  const read = readPythonFacts(source, names);
  const imports = read.imports.filter((s) => touchedModules(s, path, facts.roots).some((m) => coveredBy(facts.modules, m)));
  return { imports, all: read.imports, counts: read.nameCounts, strings: read.stringMentions, rebound: read.otherBindings };
}

type SideFacts = ReturnType<typeof relevantImports>;

export function compareFile(path: string, sides: { before: string; ours: string; theirs: string }, facts: MappingFacts, lookup?: ModuleLookup): FileComparison {
  const names = [...new Set(facts.renames.flatMap((r) => [r.from, r.to]))];
  const before = relevantImports(sides.before, path, facts, names);
  const ours = relevantImports(sides.ours, path, facts, names);
  const theirs = relevantImports(sides.theirs, path, facts, names);
  const texts = (list: ImportStatement[]) => list.map((s) => s.text);
  const importsEqual = JSON.stringify(texts(ours.imports)) === JSON.stringify(texts(theirs.imports));
  const usages = names.map((name) => ({ name, before: before.counts.get(name)!, ours: ours.counts.get(name)!, theirs: theirs.counts.get(name)! }));
  const usagesEqual = usages.every((u) => u.ours === u.theirs);
  const relevant = before.imports.length + ours.imports.length + theirs.imports.length > 0;
  const comparison: FileComparison = {
    path,
    relevant,
    before: before.imports,
    ours: ours.imports,
    theirs: theirs.imports,
    importsEqual,
    usages,
    usagesEqual,
    identical: importsEqual && usagesEqual,
    hints: [],
  };
  comparison.hints = hintsFor(comparison, facts, { before, ours, theirs });
  if (!comparison.identical && lookup) {
    // Only the names one side imports in vain and the other does not: shared breakage explains no difference.
    // A name imported from a module we cannot read (`__getattr__`, `import *`) on the other side counts as shared.
    // Our statements still on a legacy module are ones the tool left (a manual finding says why), not names it sent anywhere.
    const sent = comparison.ours.filter((s) => !importsLegacy(s, path, facts));
    const [o, t] = [unknownNames(sent, path, facts, lookup), unknownNames(comparison.theirs, path, facts, lookup)];
    const oneSided = (a: typeof o, b: typeof o) => [...a.unknown].filter((x) => !b.unknown.has(x) && !b.unreadable.has(x));
    comparison.hints.push(...oneSided(o, t).map((x) => `ours-${x}`), ...oneSided(t, o).map((x) => `theirs-${x}`));
  }
  return comparison;
}

/**
 * Mechanical facts about a mismatch, for the human who classifies it:
 * - `theirs-legacy-left`: the team's file still imports a legacy module (a statement its script missed);
 * - `theirs-multiline-left`: … and that statement spans several lines (their scripts read single lines);
 * - `ours-legacy-left`: our output still imports a legacy module;
 * - `theirs-self-import`: the team's file now imports from its own module (the target module rewritten onto itself);
 * - `theirs-dangling:<Old>` / `ours-dangling:<Old>`: a renamed symbol's old name is used and nothing binds it;
 * - `theirs-dangling-after-import:<Old>`: the team renamed the import, yet Old is still used and bound only by an
 *   assignment (the `except ImportError: Old = None` fallback), so it is unbound whenever the import succeeds;
 * - `keep-not-applied:<Old>`: the move keeps the local name, yet our output changed the old name's uses;
 * - `theirs-kept-name:<Old>`: the move renames, yet the team imports the old name from a new module;
 * - `ours-kept-alias:<Old>(<why>)`: the move renames, yet our output imports `New as Old`; why, as read from
 *   the parent's file: `string` (Old or New is named in a string or docstring), `collision` (New is already bound
 *   or used), `rebinding` (Old is bound by several imports, or assigned, or defined), or `unexplained`;
 * - `theirs-imported-twice:<module.Name>` / `ours-imported-twice:…`: that side imports one name more often than the
 *   other, and more than once (rule 3 of the rename policy reuses an import that serves and drops the second);
 * - `import-count:<ours>/<theirs>`: the two sides have different numbers of relevant statements.
 * And, from the modules as they are at the team's commit (`unknownNames`):
 * - `ours-unknown-name:<Name>` / `theirs-unknown-name:<Name>`: only that side imports a name its module does not
 *   define (`unknown-module:<m>` for a module that does not exist).
 */
function hintsFor(c: FileComparison, facts: MappingFacts, sides: { before: SideFacts; ours: SideFacts; theirs: SideFacts }): string[] {
  const all = { ours: sides.ours.all, theirs: sides.theirs.all };
  if (c.identical) return [];
  const hints: string[] = [];
  const legacy = (s: ImportStatement) => importsLegacy(s, c.path, facts);
  const theirsLeft = c.theirs.filter(legacy);
  if (theirsLeft.length > 0) hints.push('theirs-legacy-left');
  if (theirsLeft.some((s) => s.endLine > s.line)) hints.push('theirs-multiline-left');
  if (c.ours.some(legacy)) hints.push('ours-legacy-left');
  const self = moduleOfFile(c.path, facts.roots);
  if (c.theirs.some((s) => s.kind === 'from' && resolveModule(s.module, c.path, facts.roots) === self)) hints.push('theirs-self-import');
  const bound = { ours: new Set(all.ours.flatMap(boundNames)), theirs: new Set(all.theirs.flatMap(boundNames)) };
  const before = new Set(sides.before.all.flatMap(boundNames));
  for (const r of facts.renames) {
    const use = c.usages.find((u) => u.name === r.from)!;
    if (use.theirs > 0 && !bound.theirs.has(r.from) && sides.theirs.rebound.get(r.from) === 0) hints.push(`theirs-dangling:${r.from}`);
    if (use.ours > 0 && !bound.ours.has(r.from) && sides.ours.rebound.get(r.from) === 0) hints.push(`ours-dangling:${r.from}`);
    // `try: from new import New / except ImportError: Old = None`, uses of Old: unbound whenever the import succeeds.
    const boundBefore = before.has(r.from);
    if (use.theirs > 0 && boundBefore && !bound.theirs.has(r.from) && sides.theirs.rebound.get(r.from)! > 0 && use.ours === 0) hints.push(`theirs-dangling-after-import:${r.from}`);
    const renamedImport = bindsRelevant(c.ours).has(r.to) && !bindsRelevant(c.ours).has(r.from) && bindsRelevant(c.before).has(r.from);
    if (r.localName === 'keep' && (use.ours !== use.before || renamedImport)) hints.push(`keep-not-applied:${r.from}`);
    if (r.localName === 'rename' && c.ours.some((s) => s.items.includes(`${r.to} as ${r.from}`))) hints.push(`ours-kept-alias:${r.from}(${aliasReasons(r, sides.before).join('+')})`);
    if (r.localName === 'rename' && c.theirs.some((s) => s.kind === 'from' && !importsLegacy(s, c.path, facts) && s.items.includes(r.from) && !c.ours.some((o) => o.text === s.text))) hints.push(`theirs-kept-name:${r.from}`);
  }
  const imports = { ours: importCounts(c.ours, c.path, facts), theirs: importCounts(c.theirs, c.path, facts) };
  for (const [name, n] of imports.theirs) if (n > 1 && n > (imports.ours.get(name) ?? 0)) hints.push(`theirs-imported-twice:${name}`);
  for (const [name, n] of imports.ours) if (n > 1 && n > (imports.theirs.get(name) ?? 0)) hints.push(`ours-imported-twice:${name}`);
  if (c.ours.length !== c.theirs.length) hints.push(`import-count:${c.ours.length}/${c.theirs.length}`);
  return hints;
}

/** Is `module` one of `modules` or inside one of them (a whole-module move of a package moves its submodules too, as the tool does)? */
export function coveredBy(modules: ReadonlySet<string>, module: string): boolean {
  for (let m = module; ; m = m.slice(0, m.lastIndexOf('.'))) {
    if (modules.has(m)) return true;
    if (!m.includes('.')) return false;
  }
}

/** Does the statement import something the manifest moves: any name of a whole-module move, or a moved symbol? */
export function importsLegacy(s: ImportStatement, file: string, facts: MappingFacts): boolean {
  if (touchedModules(s, file, facts.roots).some((m) => coveredBy(facts.legacyModules, m))) return true;
  const symbols = s.kind === 'from' ? facts.legacySymbols.get(resolveModule(s.module, file, facts.roots)) : undefined;
  return symbols !== undefined && s.items.some((item) => symbols.has(item.split(' ')[0]));
}

/** Names (or modules) a side's relevant statements import that do not exist at the team's commit, and the names it imports from modules that cannot be read. */
function unknownNames(statements: ImportStatement[], file: string, facts: MappingFacts, lookup: ModuleLookup): { unknown: Set<string>; unreadable: Set<string> } {
  const unknown = new Set<string>();
  const unreadable = new Set<string>();
  for (const s of statements) {
    if (s.kind === 'import') {
      for (const item of s.items) if (!lookup.exists(item.split(' ')[0])) unknown.add(`unknown-module:${item.split(' ')[0]}`);
      continue;
    }
    const module = resolveModule(s.module, file, facts.roots);
    if (!lookup.exists(module)) {
      unknown.add(`unknown-module:${module}`);
      continue;
    }
    const names = lookup.names(module);
    for (const item of s.items) {
      const name = item.split(' ')[0];
      if (names === null) unreadable.add(`unknown-name:${name}`);
      else if (name !== '*' && !names.has(name) && !lookup.exists(`${module}.${name}`)) unknown.add(`unknown-name:${name}`);
    }
  }
  return { unknown, unreadable };
}

function aliasReasons(r: { from: string; to: string }, before: SideFacts): string[] {
  const bindings = before.all.flatMap(boundNames);
  const reasons: string[] = [];
  if (before.strings.get(r.from)! + before.strings.get(r.to)! > 0) reasons.push('string');
  if (bindings.includes(r.to) || before.counts.get(r.to)! > 0) reasons.push('collision');
  if (bindings.filter((n) => n === r.from).length > 1 || before.rebound.get(r.from)! > 0) reasons.push('rebinding');
  return reasons.length > 0 ? reasons : ['unexplained'];
}

/** How many times a side's from-imports import each `module.Name` (under any local names, in any scope). */
function importCounts(statements: ImportStatement[], file: string, facts: MappingFacts): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of statements) {
    if (s.kind !== 'from') continue;
    const module = resolveModule(s.module, file, facts.roots);
    for (const item of s.items) {
      const key = `${module}.${item.split(' ')[0]}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return counts;
}

const bindsRelevant = (statements: ImportStatement[]) => new Set(statements.flatMap(boundNames));
