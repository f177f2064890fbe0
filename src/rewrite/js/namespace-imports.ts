// The named imports a namespace's moved members need (`NS.Moved` → `Moved`), added to (or next to)
// imports of their modules. A member used only as a type is imported type-only: into the file's
// `import type` of its module, else with an inline `type` into its value import, else in a new
// `import type` declaration (verbatimModuleSyntax rejects a value import of an interface: TS1484).
// Used by rewrite.ts after namespace-members has rewritten the uses.
import type { ImportDeclaration } from '@babel/types';
import { respell, type RewriteContext } from './context';
import { addToTarget, existingLocal, hasExisting, type Addition, type MergeTargets } from './merge-targets';
import type { NamedAdditions } from './namespace-members';

type Name = NamedAdditions extends Map<string, { names: (infer N)[] }> ? N : never;

export function addNamespaceImports(context: RewriteContext, targets: MergeTargets, node: ImportDeclaration, additions: NamedAdditions): void {
  const quote = (node.source.extra?.raw as string | undefined)?.[0] ?? "'";
  const namespaceTypeOnly = node.importKind === 'type';
  for (const [key, group] of additions) {
    const add = (typeOnly: boolean, names: Addition[]) => {
      if (names.length === 0) return;
      addToTarget(context, targets, { side: 'import', typeOnly, key, anchor: node, specifier: respell(context, node.source.value, group.move, key), quote, additions: names });
    };
    if (namespaceTypeOnly) {
      add(true, group.names.map((n) => addition(n, false)));
      continue;
    }
    const values = group.names.filter((n) => !n.typeOnly);
    const types = group.names.filter((n) => n.typeOnly);
    // Inline `type` only in a value import that is there anyway, and never on a default binding.
    const inline = !hasExisting(targets, key, 'import', true, false) && (values.length > 0 || hasExisting(targets, key, 'import', false, false));
    add(false, [...values, ...(inline ? types.filter((n) => n.imported !== 'default') : [])].map((n) => addition(n, !values.includes(n))));
    add(true, types.filter((n) => !inline || n.imported === 'default').map((n) => addition(n, false)));
  }
}

/**
 * The local an import the file has (or this rewrite adds) binds export `name` of `key` to: for a
 * use that is only a type, a type-only import serves as well as a value one.
 */
export function namespaceMemberLocal(
  targets: MergeTargets,
  bound: (typeOnly: boolean, key: string, name: string) => string | undefined,
  namespaceTypeOnly: boolean,
): (key: string, name: string, typeUse: boolean) => string | undefined {
  const lookup = (typeOnly: boolean, key: string, name: string) => bound(typeOnly, key, name) ?? existingLocal(targets, key, typeOnly, name);
  return (key, name, typeUse) => {
    if (namespaceTypeOnly) return lookup(true, key, name);
    return typeUse ? (lookup(true, key, name) ?? lookup(false, key, name)) : lookup(false, key, name);
  };
}

function addition({ imported, local }: Name, inlineType: boolean): Addition {
  const text = imported === 'default' || imported === local ? local : `${imported} as ${local}`;
  return { text: (inlineType ? 'type ' : '') + text, isDefault: imported === 'default', identity: `${imported}→${local}` };
}
