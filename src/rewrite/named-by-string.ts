// The sentence both rewriters give when a module's member is named by a string beside the module
// object (`jest.spyOn(ns, 'X')`, `ns['X']`; `patch.object(m, 'X')`, `getattr(m, 'X')`) and X moved
// to another module: the spy or patch would still act on the old module's object, which the code
// under test no longer reads X from. A rename in place is followed (the string is renamed).

export function namedByStringReason(local: string, name: string, module: string): string {
  return `${local}.${name} is named by the string '${name}' beside ${local}, and ${name} moved to ${module}: a spy, patch or lookup there still acts on this module's object; point it at ${module} by hand`;
}
