// Reads a tsconfig.json (following relative `extends`) into the plan's alias table:
// `paths` patterns with targets made repo-relative, and `baseUrl`; also `customConditions`, which
// packages' `exports` are read with. Part of manifest loading (does I/O).
import fs from 'node:fs';
import path from 'node:path';
import { manifestError } from '../errors';
import type { JsAlias } from '../types';
import { parseJson } from './jsonc';

export interface TsconfigAliases {
  aliases: JsAlias[];
  baseUrl?: string;
  /** `customConditions` (TypeScript matches them in `exports` before the ones it always knows). */
  conditions?: string[];
  notices: string[];
}

interface CompilerOptionsSeen {
  baseUrl?: string;
  baseDir?: string;
  paths?: Record<string, string[]>;
  pathsDir?: string;
  customConditions?: string[];
}

export function readTsconfigAliases(repoRoot: string, tsconfigPath: string): TsconfigAliases {
  const notices: string[] = [];
  const seen = readChain(path.resolve(repoRoot, tsconfigPath), notices, new Set());
  const rel = (abs: string) => path.relative(repoRoot, abs).split(path.sep).join('/') || '.';
  const baseAbs = seen.baseUrl !== undefined ? path.resolve(seen.baseDir!, seen.baseUrl) : undefined;
  const pathsBase = baseAbs ?? seen.pathsDir;
  const aliases: JsAlias[] = Object.entries(seen.paths ?? {}).map(([pattern, targets]) => ({
    pattern,
    targets: targets.map((t) => rel(path.resolve(pathsBase ?? repoRoot, t))),
  }));
  const conditions = seen.customConditions?.filter((c) => typeof c === 'string');
  return { aliases, baseUrl: baseAbs ? rel(baseAbs) : undefined, ...(conditions?.length ? { conditions } : {}), notices };
}

function readChain(file: string, notices: string[], visiting: Set<string>): CompilerOptionsSeen {
  if (visiting.has(file)) throw manifestError(`${file}: tsconfig "extends" loops back to itself; break the cycle.`);
  visiting.add(file);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw manifestError(`cannot read tsconfig ${file}; fix "javascript.tsconfig" in the manifest or create the file.`);
  }
  let json: { extends?: string | string[]; compilerOptions?: { baseUrl?: string; paths?: Record<string, string[]>; customConditions?: string[] } };
  try {
    json = parseJson(text, { comments: true }) as typeof json;
  } catch (error) {
    const e = error as { message: string; line?: number; column?: number };
    throw manifestError(`${file}:${e.line}:${e.column}: ${e.message}; fix the tsconfig's JSON.`);
  }
  const dir = path.dirname(file);
  let inherited: CompilerOptionsSeen = {};
  for (const parent of [json.extends ?? []].flat()) {
    if (parent.startsWith('.') || path.isAbsolute(parent)) {
      const parentFile = path.resolve(dir, parent.endsWith('.json') ? parent : `${parent}.json`);
      inherited = { ...inherited, ...definedOnly(readChain(parentFile, notices, visiting)) };
    } else {
      notices.push(`${file}: extends "${parent}" (a package) is not followed; aliases it defines are not known.`);
    }
  }
  const own = json.compilerOptions ?? {};
  return {
    ...inherited,
    ...(own.baseUrl !== undefined ? { baseUrl: own.baseUrl, baseDir: dir } : {}),
    ...(own.paths !== undefined ? { paths: own.paths, pathsDir: dir } : {}),
    ...(Array.isArray(own.customConditions) ? { customConditions: own.customConditions } : {}),
  };
}

function definedOnly(o: CompilerOptionsSeen): CompilerOptionsSeen {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}
