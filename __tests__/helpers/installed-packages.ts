// Fake installed npm packages for temporary repositories: verify resolves a bare canonical module
// (`core-lib`) through node_modules like Node does, so fixtures that move onto a package install it.
import type { FileMap } from './temp-repo';

/** node_modules/<name> with a package.json and an ESM entry exporting `names` (functions). */
export function installedPackage(name: string, names: readonly string[] = []): FileMap {
  return {
    [`node_modules/${name}/package.json`]: JSON.stringify({ name, version: '1.0.0', main: 'index.js' }),
    [`node_modules/${name}/index.js`]: names.map((n) => `export function ${n}() {}\n`).join('') || 'export {};\n',
  };
}

/** core-lib, the canonical package of the shared test manifests (legacy-lib → core-lib). */
export const CORE_LIB: FileMap = installedPackage('core-lib', ['a']);
