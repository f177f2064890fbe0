// The package's own version, read from its package.json (found upwards from this file: src/cli under
// jest, dist/src/cli when built), for `ssot-codemod --version`. Cheap: one small file read, no yargs.
import fs from 'node:fs';
import path from 'node:path';

export function packageVersion(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (fs.existsSync(file)) {
      const pkg = JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'ssot-codemod' && typeof pkg.version === 'string') return pkg.version;
    }
    if (path.dirname(dir) === dir) return 'unknown';
  }
}
