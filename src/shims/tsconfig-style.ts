// The specifier style a project's root tsconfig.json asks for, when no file's own specifiers say:
// under `moduleResolution` node16/nodenext (or a `module` that implies it) a relative import needs
// its file name (`./round.js`; TS2835 without), and `.ts` itself where the project imports TS files
// as such (`allowImportingTsExtensions`, `rewriteRelativeImportExtensions`). Used by plan-shims.ts.
import path from 'node:path';
import { parseJson } from '../manifest/jsonc';
import type { SpecifierStyle } from './specifier-style';

interface Options {
  module?: string;
  moduleResolution?: string;
  allowImportingTsExtensions?: boolean;
  rewriteRelativeImportExtensions?: boolean;
}

const NODE_RESOLUTION = /^node(?:16|18|20|next)$/i;

/** `runtime` or `source` when the root tsconfig (relative `extends` followed) resolves as Node's ESM does; else undefined. */
export function tsconfigSpecifierStyle(readText: (rel: string) => string): SpecifierStyle | undefined {
  const options = readOptions(readText, 'tsconfig.json', 0);
  if (!options) return undefined;
  const resolution = options.moduleResolution ?? (options.module !== undefined && NODE_RESOLUTION.test(options.module) ? options.module : undefined);
  if (resolution === undefined || !NODE_RESOLUTION.test(resolution)) return undefined;
  return options.allowImportingTsExtensions || options.rewriteRelativeImportExtensions ? 'source' : 'runtime';
}

/** The compiler options of `file` over those it extends (repository files only); undefined when unreadable. */
function readOptions(readText: (rel: string) => string, file: string, depth: number): Options | undefined {
  if (depth > 8) return undefined;
  let json: { extends?: string | string[]; compilerOptions?: Options };
  try {
    json = parseJson(readText(file), { comments: true }) as typeof json;
  } catch {
    return undefined;
  }
  let inherited: Options = {};
  for (const parent of [json.extends ?? []].flat()) {
    if (typeof parent !== 'string' || !parent.startsWith('.')) continue;
    const rel = path.posix.join(path.posix.dirname(file), parent.endsWith('.json') ? parent : `${parent}.json`);
    inherited = { ...inherited, ...readOptions(readText, rel, depth + 1) };
  }
  return { ...inherited, ...(json.compilerOptions ?? {}) };
}
