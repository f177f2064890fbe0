// fast-check arbitraries for the property tests: source files built from chunks (import forms the
// transforms handle, uses of what they bind, string targets, and inert statements/comments/strings
// that name nothing in the universe), plus random manifests over a small module universe.
import fc from 'fast-check';
import { SourceSyntaxError } from '../../src/rewrite/source-syntax-error';

/** One piece of a generated file; `inert` chunks must come out byte for byte. */
export interface Chunk {
  text: string;
  inert: boolean;
  /** TS: names the chunk declares (a file may declare each once); `$N` in text becomes the chunk's index. */
  binds?: string[];
}

export interface GeneratedFile {
  chunks: Chunk[];
  source: string;
}

export function assemble(chunks: Chunk[], eol = '\n'): GeneratedFile {
  const declared = new Set<string>();
  const kept = chunks.filter((c) => {
    if ((c.binds ?? []).some((b) => declared.has(b))) return false;
    for (const b of c.binds ?? []) declared.add(b);
    return true;
  });
  const withEol = kept.map((c, i) => ({ ...c, text: c.text.replace(/\$N/g, String(i)).replace(/\n/g, eol) }));
  return { chunks: withEol, source: withEol.map((c) => c.text).join('') };
}

/** Byte ranges [start, end) of the inert chunks. */
export function inertSpans(file: GeneratedFile): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let at = 0;
  for (const chunk of file.chunks) {
    if (chunk.inert) spans.push([at, at + chunk.text.length]);
    at += chunk.text.length;
  }
  return spans;
}

/** Whether an edit touches an inert span (an insertion exactly at a span's edge does not). */
export function touchesSpan(edit: { start: number; end: number }, [s, e]: [number, number]): boolean {
  return edit.start === edit.end ? s < edit.start && edit.start < e : edit.start < e && edit.end > s;
}

const inert = (text: string): Chunk => ({ text, inert: true });
const touch = (text: string): Chunk => ({ text, inert: false });

/** Inert Python: names and strings outside the universe (no legacy/core/old/util/A/B/Bee2/f). */
const pyInert = fc.oneof(
  fc.constant(inert('zz = 1\n')),
  fc.constant(inert('def helper_q(n):\n    return n + 1\n')),
  fc.constant(inert('class Plain:\n    value = "plain text"\n')),
  fc.constant(inert('# a comment about nothing in particular\n')),
  fc.constant(inert('msg = "hello, world"  # trailing comment\n')),
  fc.constant(inert('\n')),
  fc.constant(inert('if True:\n    zz = [1, 2,\n          3]\n')),
  fc.constant(inert('text = """multi\nline string\n"""\n')),
  fc.constant(inert('import os\n')),
  fc.constant(inert('from json import dumps as dj\n')),
);

const PY_MODULE_SYMBOLS: Record<string, string[]> = {
  'legacy.old': ['A', 'B', 'f'],
  'legacy.util': ['B', 'Bee2', 'U'],
  'legacy.keep': ['K'],
  'core.new': ['A', 'B', 'f'],
};
const PY_MODULES = Object.keys(PY_MODULE_SYMBOLS);

const pyModuleImport = fc.constantFrom(...PY_MODULES).chain((m) =>
  fc.constantFrom(...PY_MODULE_SYMBOLS[m]).chain((s) =>
    fc.constantFrom(
      touch(`import ${m}\nv_${s} = ${m}.${s}\n`),
      touch(`import ${m} as mod_${m.replace('.', '_')}\nw_${s} = mod_${m.replace('.', '_')}.${s}\n`),
      touch(`from ${m.split('.')[0]} import ${m.split('.')[1]}\nu_${s} = ${m.split('.')[1]}.${s}\n`),
    ),
  ),
);

const pyFromImport = fc.constantFrom(...PY_MODULES).chain((m) =>
  fc.subarray(PY_MODULE_SYMBOLS[m], { minLength: 1 }).chain((symbols) =>
    fc.constantFrom(
      touch(`from ${m} import ${symbols.join(', ')}\n`),
      touch(`from ${m} import ${symbols.map((s) => `${s} as al_${s}`).join(', ')}\n`),
      touch(`from ${m} import (\n${symbols.map((s) => `    ${s},\n`).join('')})\n`),
      touch(`def fn_${symbols[0]}():\n    from ${m} import ${symbols.join(', ')}\n    return ${symbols[0]}\n`),
      touch(`from ${m} import *\n`),
    ),
  ),
);

const pyStringTarget = fc.constantFrom(...PY_MODULES).chain((m) =>
  fc.constantFrom(...PY_MODULE_SYMBOLS[m]).chain((s) =>
    fc.constantFrom(touch(`target = "${m}.${s}"\n`), touch(`import importlib\nmm = importlib.import_module("${m}")\n`)),
  ),
);

export const pythonFile = fc
  .tuple(fc.array(fc.oneof({ weight: 3, arbitrary: pyInert }, { weight: 2, arbitrary: pyFromImport }, pyModuleImport, pyStringTarget), { maxLength: 14 }), fc.constantFrom('\n', '\r\n'))
  .map(([chunks, eol]) => assemble(chunks, eol));

/** Move pool for Python; any non-empty subset is a valid manifest (no duplicate `from`, no cycle). */
export const PY_MOVES = [
  { from: 'legacy.old', to: 'core.new' },
  { from: 'legacy.util:B', to: 'core.new:B' },
  { from: 'legacy.util:Bee2', to: 'core.shapes:Bee' },
  { from: 'legacy.util', to: 'core.util' },
];
export const pythonManifest = fc.subarray(PY_MOVES, { minLength: 1 }).map((moves) => ({ python: { moves } }));

/** Inert TS: nothing from the universe. */
const tsInert = fc.oneof(
  fc.constant(inert('const zz$N = 1;\n')),
  fc.constant(inert('export function helperQ$N(n: number): number {\n  return n + 1;\n}\n')),
  fc.constant(inert('// a comment about nothing in particular\n')),
  fc.constant(inert('/* block\n   comment */\n')),
  fc.constant(inert("const msg$N = 'hello, world'; // trailing\n")),
  fc.constant(inert('\n')),
  fc.constant(inert("import { readFile as rf$N } from 'node:fs';\n")),
  fc.constant(inert('interface Shape {\n  kind: string;\n}\n')),
  fc.constant(inert('const tpl$N = `plain ${1 + 1} text`;\n')),
);

const TS_MODULE_SYMBOLS: Record<string, string[]> = {
  '@/legacy/old': ['alpha', 'beta'],
  '@/legacy/util': ['beta', 'Thing'],
  'legacy-pkg': ['gamma', 'Thing'],
  '@/core/new': ['alpha', 'beta'],
};
const TS_MODULES = Object.keys(TS_MODULE_SYMBOLS);

const tsImport = fc.constantFrom(...TS_MODULES).chain((m) =>
  fc.subarray(TS_MODULE_SYMBOLS[m], { minLength: 1 }).chain((symbols) => {
    return fc.constantFrom(
      { ...touch(`import { ${symbols.join(', ')} } from '${m}';\nexport const use$N = [${symbols.join(', ')}];\n`), binds: symbols },
      touch(`import { ${symbols.map((s) => `${s} as ${s}$N`).join(', ')} } from "${m}";\n`),
      { ...touch(`import {\n  ${symbols.join(',\n  ')},\n} from '${m}';\n`), binds: symbols },
      { ...touch(`import type { ${symbols.join(', ')} } from '${m}';\n`), binds: symbols },
      touch(`import * as ns$N from '${m}';\nexport const n$N = ns$N.${symbols[0]};\n`),
      touch(`import '${m}';\n`),
      { ...touch(`export { ${symbols.join(', ')} } from '${m}';\n`), binds: symbols.map((s) => `export:${s}`) },
      touch(`export * from '${m}';\n`),
      touch(`const r$N = require('${m}');\n`),
      touch(`const { ${symbols[0]}: d$N } = require('${m}');\n`),
      touch(`export const lazy$N = () => import('${m}');\n`),
      touch(`jest.mock('${m}');\n`),
    );
  }),
);

export const tsFile = fc
  .tuple(fc.array(fc.oneof({ weight: 3, arbitrary: tsInert }, { weight: 3, arbitrary: tsImport }), { maxLength: 12 }), fc.constantFrom('\n', '\r\n'))
  .map(([chunks, eol]) => assemble(chunks, eol));

/**
 * Code that a rename must leave alone but must see: inner declarations that shadow legacy and new
 * names, module-level declarations that take a new name (forcing the alias fallback), uses of names.
 */
const tsNameTraps = fc.oneof(
  fc.constant(inert('export function shadow$N(beta: number, Thing: string, NewThing: boolean) {\n  return [beta, Thing, NewThing];\n}\n')),
  fc.constant(inert('export const inner$N = () => {\n  const alpha = 1, gammaRenamed = 2;\n  return alpha + gammaRenamed;\n};\n')),
  fc.constant<Chunk>({ ...inert("const gammaRenamed = 'taken';\n"), binds: ['gammaRenamed'] }),
  fc.constant<Chunk>({ ...inert('export class NewThing {}\n'), binds: ['NewThing'] }),
  fc.constant(touch('export const uses$N = [typeof alpha, typeof Thing, typeof gamma];\n')),
);

/** tsFile plus name traps: for the rename properties (no unbound name, no name imported twice). */
export const tsRenameFile = fc
  .tuple(fc.array(fc.oneof({ weight: 2, arbitrary: tsInert }, { weight: 4, arbitrary: tsImport }, { weight: 2, arbitrary: tsNameTraps }), { maxLength: 12 }), fc.constantFrom('\n', '\r\n'))
  .map(([chunks, eol]) => assemble(chunks, eol));

export const TS_MOVES = [
  { from: '@/legacy/old', to: '@/core/new' },
  { from: '@/legacy/util:beta', to: '@/core/new:beta' },
  { from: '@/legacy/util:Thing', to: '@/core/things:NewThing' },
  { from: 'legacy-pkg', to: 'core-pkg' },
  { from: 'legacy-pkg:gamma', to: 'core-pkg:gammaRenamed' },
];
export const tsManifest = fc.subarray(TS_MOVES, { minLength: 1 }).map((moves) => ({ javascript: { moves } }));

/** Runs per property: FC_RUNS overrides; SSOT_LONG=1 multiplies by 10. */
export function runs(base: number): number {
  if (process.env.FC_RUNS) return Number(process.env.FC_RUNS);
  return process.env.SSOT_LONG ? base * 10 : base;
}

/** The seed every property uses: FC_SEED, else a fixed one, so CI failures reproduce. */
export const SEED = Number(process.env.FC_SEED ?? 424242);

/**
 * The property both rewriters share: a generated file with junk spliced in at a random offset either
 * rewrites or raises SourceSyntaxError, never any other exception.
 */
export function assertOnlySyntaxErrors(
  file: fc.Arbitrary<{ source: string }>,
  junk: readonly string[],
  rewrite: (source: string) => unknown,
): void {
  fc.assert(
    fc.property(file, fc.nat(), fc.constantFrom(...junk), (generated, at, piece) => {
      const cut = generated.source.length === 0 ? 0 : at % generated.source.length;
      try {
        rewrite(generated.source.slice(0, cut) + piece + generated.source.slice(cut));
      } catch (error) {
        if (!(error instanceof SourceSyntaxError)) throw error;
      }
    }),
    { seed: SEED, numRuns: runs(500) },
  );
}
