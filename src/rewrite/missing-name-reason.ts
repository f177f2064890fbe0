// The one sentence both rewriters give when a reference is left because its target module lacks a
// name (a from-import or named import of it, or a module object used with it): one policy, one wording.

/** `module does not provide name[, which `use` uses]: …`. */
export function missingNameReason(module: string, name: string, use?: string): string {
  return `${module} does not provide ${name}${use ? `, which \`${use}\` uses` : ''}: import it from where it lives now, or add a move for it`;
}
