// Type imports written in JSDoc in a JS file: `/** @type {import('./x').Y} */`, `@typedef
// {typeof import('./x')} M`, and TypeScript 5.5's `/** @import { Y } from './x' */`. With checkJs
// (and in every editor) TypeScript resolves them as it resolves `import('./x').Y` in a .ts file, so
// they are references (form `jsdoc-import`) that follow moves like TS import types do, not comment
// mentions. In a .ts file JSDoc types are documentation only, and stay mentions.
import type { File, Identifier, Node, StringLiteral } from '@babel/types';
import type { ReferenceSite, TagName } from './references';

const JS_FILE = /\.[cm]?jsx?$/;
/** `import('m')` and its first member (`.Y`), as TypeScript reads a JSDoc type. */
const IMPORT_TYPE = /(?<![\w$.])import\s*\(\s*(['"])([^'"\\\r\n]*)\1\s*\)(?:\s*\.\s*([A-Za-z_$][\w$]*))?/dg;
/** `@import { A, B as C } from 'm'`, `@import * as M from 'm'`, `@import D from 'm'`: the tag's clause stops at a quote or another tag. */
const IMPORT_TAG = /@import\s+[^'"@]*?\bfrom\s*(['"])([^'"\\\r\n]*)\1/dg;

type TypeSite = Extract<ReferenceSite, { kind: 'type' }>;

/** The JSDoc type imports of a JS file's `/** … *\/` comments, as reference sites over their source ranges. */
export function collectJsdocSites(file: File, path: string): TypeSite[] {
  if (!JS_FILE.test(path)) return [];
  const sites: TypeSite[] = [];
  for (const comment of file.comments ?? []) {
    if (comment.type !== 'CommentBlock' || !comment.value.startsWith('*') || !comment.value.includes('import')) continue;
    const base = (comment.start ?? 0) + 2; // after `/*`
    for (const m of comment.value.matchAll(IMPORT_TYPE)) {
      const node = pseudo<Node>('TSImportType', base + m.index, base + m.index + m[0].length);
      const member = m[3] === undefined ? undefined : pseudo<Identifier>('Identifier', base + m.indices![3]![0], base + m.indices![3]![1], { name: m[3] });
      sites.push(site(node, literalAt(base, m), member));
    }
    for (const m of comment.value.matchAll(IMPORT_TAG)) {
      const node = pseudo<Node>('TSImportType', base + m.index, base + m.index + m[0].length);
      const names = namedClause(m[0], base + m.index);
      sites.push({ ...site(node, literalAt(base, m)), ...(names ? { names } : {}) });
    }
  }
  return sites;
}

function site(node: Node, literal: StringLiteral, qualifier?: Node): TypeSite {
  return { kind: 'type', node, literal, value: literal.value, form: 'jsdoc-import', statement: node, ...(qualifier ? { qualifier } : {}) };
}

/** `@import { A, B as C } from` (names only, no default or namespace binding): each name with its place; else undefined. */
function namedClause(tag: string, at: number): TagName[] | undefined {
  const clause = /^@import\s+\{([^}]*)\}\s*from\b/.exec(tag);
  if (!clause) return undefined;
  const names: TagName[] = [];
  const open = tag.indexOf('{') + 1;
  // Items may run over lines, each continued by the comment's ` * `.
  for (const item of clause[1].matchAll(/(?:^|,)[\s*]*([A-Za-z_$][\w$]*)(?:[\s*]+as[\s*]+([A-Za-z_$][\w$]*))?[\s*]*(?=,|$)/g)) {
    const start = at + open + item.index + item[0].indexOf(item[1]);
    names.push({ imported: pseudo<Identifier>('Identifier', start, start + item[1].length, { name: item[1] }), ...(item[2] ? { local: item[2] } : {}) });
  }
  const items = clause[1].split(',').filter((i) => i.replace(/[\s*]/g, '') !== '');
  return names.length > 0 && names.length === items.length ? names : undefined;
}

/** The quoted specifier of a match (groups 1, the quote, and 2, the text) as a string literal node. */
function literalAt(base: number, m: RegExpMatchArray): StringLiteral {
  const [from, to] = m.indices![2]!;
  return pseudo<StringLiteral>('StringLiteral', base + from - 1, base + to + 1, { value: m[2], extra: { raw: `${m[1]}${m[2]}${m[1]}`, rawValue: m[2] } });
}

/** A stand-in node with the source range the rewriter's edits and findings are placed by. */
function pseudo<T extends Node>(type: string, start: number, end: number, rest: object = {}): T {
  return { type, start, end, ...rest } as unknown as T;
}
