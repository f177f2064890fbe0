// What a JS module exports, as verify reads it: ESM declarations and, for files without ESM syntax,
// CommonJS (`module.exports = {…}`, `exports.x =`, `Object.assign`, `defineProperty`, re-exports
// through require, TypeScript's __exportStar); anything not understood leaves the module open.
import { readJsExports } from '../src/verify/js-exports';

const read = (text: string, file = 'm.cjs') => {
  const e = readJsExports(text, file);
  return { names: [...e.names].sort(), stars: e.starSources, open: e.open === true, definitions: [...e.definitions].sort() };
};

describe('CommonJS exports', () => {
  test.each([
    ['module.exports = { … }', 'function log() {}\nconst level = 1;\nmodule.exports = { log, level, "quoted": 1, warn() {} };\n', ['default', 'level', 'log', 'quoted', 'warn']],
    ['module.exports.x = / exports.x =', 'module.exports.a = 1;\nexports.b = function () {};\nexports["c"] = 3;\n', ['a', 'b', 'c', 'default']],
    ['Object.assign(module.exports, …)', 'Object.assign(module.exports, { a: 1 }, { b: 2 });\n', ['a', 'b', 'default']],
    ['Object.defineProperty(exports, …) (TypeScript output)', '"use strict";\nObject.defineProperty(exports, "__esModule", { value: true });\nexports.x = void 0;\nObject.defineProperty(exports, "y", { enumerable: true, get: function () { return 1; } });\n', ['default', 'x', 'y']],
  ])('%s', (_name, text, names) => {
    const read1 = read(text);
    expect(read1.names).toEqual(names);
    expect(read1.open).toBe(false);
  });

  test('re-exports: module.exports = require(…), a spread of require, __exportStar', () => {
    expect(read("module.exports = require('./impl');\n")).toMatchObject({ names: ['default'], stars: ['./impl'], open: false });
    expect(read("module.exports = { ...require('./a'), b: 1 };\n")).toMatchObject({ names: ['b', 'default'], stars: ['./a'], open: false });
    expect(read('__exportStar(require("./c"), exports);\n')).toMatchObject({ stars: ['./c'], open: false });
  });

  test('functions assigned to exports are definitions (real code a shim would lose)', () => {
    expect(read('exports.f = function () {};\nexports.g = 1;\nmodule.exports.h = () => 1;\n').definitions).toEqual(['f', 'h']);
  });

  test('uses of the exports object that are not plain names leave the module open', () => {
    expect(read('module.exports = makeApi();\n').open).toBe(true);
    expect(read("var freeExports = typeof exports == 'object' && exports;\nfreeExports.chunk = 1;\n").open).toBe(true);
    expect(read('exports[name] = 1;\n').open).toBe(true);
    expect(read('module.exports = { ...other };\n').open).toBe(true);
  });

  test('a file with ESM syntax is read as ESM only; a plain script exports nothing; TS export = is open', () => {
    expect(read('export const a = 1;\nconst exports = {};\n', 'm.ts')).toMatchObject({ names: ['a'], open: false });
    expect(read('const x = 1;\nconsole.log(x);\n', 'm.js')).toMatchObject({ names: [], open: false });
    expect(read('declare const api: { a: number };\nexport = api;\n', 'm.d.ts')).toMatchObject({ names: ['default'], open: true });
    expect(read('const o = { exports: 1 };\no.exports = 2;\n', 'm.js')).toMatchObject({ names: [], open: false });
  });

  test('TypeScript declarations: enums, declare forms, namespaces, export import (a plain import = is not exported)', () => {
    const text = 'export enum E { A }\nexport declare const dx: number;\nexport declare function df(): void;\nexport namespace NS { export const q = 1; }\nexport import Z = NS.q;\nimport Hidden = NS.q;\nexport type TA = string;\n';
    expect(read(text, 'm.ts')).toMatchObject({ names: ['E', 'NS', 'TA', 'Z', 'df', 'dx'], open: false });
  });
});
