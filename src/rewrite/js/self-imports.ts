// The canonical module's own import of a name that moved into it and that it now defines
// (`import { die } from './errors'` in src/common.ts, which declares `throwError` after the move
// `./src/errors.ts:die` → `./src/common.ts:throwError`): re-pointed, the module would import itself;
// instead the specifier goes (the rename policy's "reuse" of a binding the file already has, here
// the definition) and its uses read the definition, renamed to its name, when every use runs after
// the definition is made and that name means the definition there. Else the finding says what to do
// by hand. The JS spelling of python/self-imports.ts: one policy, one wording.
import type { ImportDeclaration, Node } from '@babel/types';
import type { Move } from '../../types';
import { SELF_IMPORT_REASON } from '../import-cycle-reason';
import { analyseNames, shadowedAt, type NameUsage } from './bindings';
import type { RewriteContext } from './context';
import { targetName, type DeclarationPlan, type SpecifierEntry } from './declaration-plan';
import { firstLoadTimeRead, topLevelDefinitions } from './top-level-definitions';
import { startOf } from './walk';

/** A specifier that goes: its uses (when the names differ) are renamed to the definition's name. */
export interface SelfDrop {
  node: Node;
  move: Move;
  rename?: { usage: NameUsage; from: string; to: string };
  /** The finding's `dropped: …` note. */
  note: string;
}

/** What becomes of a declaration's specifiers whose target is this very module: dropped, or why they stay (by move, in source order). */
export interface SelfImports {
  drops: SelfDrop[];
  manual: Map<Move, string>;
}

/** Decides every specifier of `plan` (an import declaration) whose move's target is `selfKey`, the file itself. */
export function selfImports(context: RewriteContext, program: Node, plan: DeclarationPlan, selfKey: string): SelfImports {
  const result: SelfImports = { drops: [], manual: new Map() };
  const entries = plan.entries.filter((e) => e.target?.key === selfKey);
  if (entries.length === 0) return result;
  const names = new Set(entries.flatMap((e) => [e.local, targetName(e)]));
  const usage = analyseNames(program, names, context.source);
  const typeOnly = (plan.node as ImportDeclaration).importKind === 'type';
  for (const entry of entries) {
    const verdict = decide(context, program, entry, typeOnly || entry.inlineType, usage);
    if ('manual' in verdict) {
      if (!result.manual.has(entry.target!.move)) result.manual.set(entry.target!.move, verdict.manual);
    } else {
      result.drops.push(verdict);
    }
  }
  return result;
}

function decide(context: RewriteContext, program: Node, entry: SpecifierEntry, typeOnly: boolean, usage: ReadonlyMap<string, NameUsage>): SelfDrop | { manual: string } {
  const name = targetName(entry);
  const local = entry.local;
  const move = entry.target!.move;
  const line = (node: Node) => context.lines.position(startOf(node)).line;
  // A namespace of the module itself, or its default export: no one name the file declares.
  if (entry.shape === 'namespace' || name === 'default') return { manual: SELF_IMPORT_REASON };
  const definitions = topLevelDefinitions(program, name).filter((d) => (typeOnly ? d.type : d.value || d.type));
  // Not defined here: the import is the module's own business (netra's preset relies on it).
  if (definitions.length === 0) return { manual: SELF_IMPORT_REASON };
  const definedAt = line(definitions[0].identifier);
  const manual = (why: string) => ({
    manual: `${SELF_IMPORT_REASON}: ${name} is defined here (line ${definedAt}), so drop ${local} from this import${local === name ? '' : ` and read ${name} instead`}, by hand (${why})`,
  });
  if (entry.shape === 'default' || local !== entry.imported) return manual(`your alias ${local} would lose its import`);
  if (local !== name && move.localName === 'keep') return manual(`"localName": "keep" keeps ${local}`);
  const uses = usage.get(local)!.references;
  if (local !== name) {
    const again = topLevelDefinitions(program, local)[0];
    if (again) return manual(`${local} is bound again at line ${line(again.identifier)}`);
    // Its importers read it under that name: the Python twin is a package's __init__ providing it.
    const exported = uses.find((u) => u.parent?.type === 'ExportSpecifier');
    if (exported) return manual(`${local} is exported by this module under that name`);
  }
  // A class, const, let, var or enum is not there before its statement has run (a function declaration is).
  const values = definitions.filter((d) => d.value);
  if (!typeOnly && values.length > 0 && !values.some((d) => d.hoisted)) {
    const made = values[0].statement.end ?? 0;
    const early = firstLoadTimeRead(program, uses.filter((u) => startOf(u.node) < made).map((u) => u.node));
    if (early) return manual(`${local} is read at line ${line(early)} when the module loads, before the definition is made`);
  }
  if (local !== name && shadowedAt(usage.get(name)!, uses)) return manual(`${name} means something else where ${local} is read`);
  const note = `dropped: ${name} is defined in this module (line ${definedAt})${local === name ? '' : `; the uses of ${local} read it`}`;
  return { node: entry.node, move, note, ...(local === name ? {} : { rename: { usage: usage.get(local)!, from: local, to: name } }) };
}
