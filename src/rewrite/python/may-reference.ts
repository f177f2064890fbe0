// A cheap, conservative test run before the tokenizer: can this file refer to any legacy module at
// all? The prefilter's needles are single words (a module's last component, e.g. `manager`), which
// thousands of files of a real repository contain for other reasons; tokenizing them all was half
// of a real run. This test asks for more of the module's path, and never says no to a file that
// has a reference:
// - every component of a legacy module must be spelled somewhere in a file that names it, in an
//   import, an attribute chain (`import a as x; x.b.c`) or a string (`mock.patch("a.b.c.X")`) —
//   Python cannot reach a module attribute without spelling its name;
// - except the leading components a relative import climbs to (`from .. import c` in package
//   `a.b.d` reaches `a.b` without spelling it), which must then be the file's own package or one
//   of its ancestors.
// Substring tests only (a superset of whole-word matches). Used by the Python rewriter.
import type { Move } from '../../types';
import type { FileModule } from './module-path';

export function mayReference(text: string, file: FileModule | undefined, moves: readonly Move[]): boolean {
  const spelled = new Map<string, boolean>();
  const has = (component: string) => {
    let found = spelled.get(component);
    if (found === undefined) spelled.set(component, (found = text.includes(component)));
    return found;
  };
  const pkg = file?.package ?? [];
  for (const move of moves) {
    const parts = move.from.module.split('.');
    if (!has(parts[parts.length - 1])) continue;
    // m = how many leading components a relative import may leave unspelled (0: an absolute spelling).
    for (let m = 0; m <= Math.min(parts.length - 1, pkg.length); m++) {
      if (m > 0 && pkg[m - 1] !== parts[m - 1]) break; // parts[0..m) is no longer an ancestor of the file's package
      let all = true;
      for (let i = m; i < parts.length - 1 && all; i++) all = has(parts[i]);
      if (all) return true;
    }
  }
  return false;
}
