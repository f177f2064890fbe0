// The .gitignore files met while walking a tree, layered with git's precedence: a deeper file
// overrides a shallower one, and within a file the last matching pattern (negations included) wins.
// Used by discover only.
import fs from 'node:fs';
import path from 'node:path';
import { compileIgnore, type IgnoreTest } from './compiled-ignore';

interface IgnoreLayer {
  /** Repo-relative directory the .gitignore lives in ('' for the root). */
  base: string;
  test: IgnoreTest;
}

/** An immutable stack of layers; `enter` returns the stack for a subdirectory. */
export class GitignoreRules {
  private constructor(private readonly layers: readonly IgnoreLayer[]) {}

  /** The rules before any .gitignore: `.git/info/exclude`, which has the lowest precedence. */
  static base(root: string): GitignoreRules {
    const infoExclude = readIfFile(path.join(root, '.git', 'info', 'exclude'));
    return new GitignoreRules(infoExclude === undefined ? [] : [{ base: '', test: compileIgnore(infoExclude) }]);
  }

  /** The rules in force inside `relDir` (repo-relative), adding its .gitignore if it has one. */
  enter(root: string, relDir: string): GitignoreRules {
    const text = readIfFile(path.join(root, relDir, '.gitignore'));
    if (text === undefined) return this;
    return new GitignoreRules([...this.layers, { base: relDir, test: compileIgnore(text) }]);
  }

  /** Whether a repo-relative path is ignored; directories are tested with git's trailing-slash rule. */
  ignores(relPath: string, isDirectory: boolean): boolean {
    for (let i = this.layers.length - 1; i >= 0; i--) {
      const { base, test } = this.layers[i];
      if (base !== '' && !relPath.startsWith(base + '/')) continue;
      const inner = base === '' ? relPath : relPath.slice(base.length + 1);
      const verdict = test(isDirectory ? `${inner}/` : inner);
      if (verdict.ignored) return true;
      if (verdict.unignored) return false;
    }
    return false;
  }
}

function readIfFile(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
