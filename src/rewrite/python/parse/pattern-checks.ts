// The rules CPython's compiler applies to match patterns: a name bound twice, or-pattern
// alternatives binding different names, an irrefutable pattern before others (in `|` or in an
// unguarded case), two starred names in a sequence, repeated class keywords, duplicate literal
// mapping keys. Used by match-statement.ts.
import { NumberKind } from '../number-literal';
import { C, F, N } from './ast';
import { ParseUnsure, type ParserState } from './parser-state';
import { Op } from './token-view';

/** Checks one case's pattern (everything but its position among the cases). */
export function checkPattern(ps: ParserState, pattern: number): void {
  collectBindings(ps, pattern, []);
}

/** An unguarded case other than the last must not be irrefutable. */
export function checkCasePatterns(ps: ParserState, match: number): void {
  const ast = ps.ast;
  for (let c = ast.next[ast.first[match]]; c !== 0 && ast.next[c] !== 0; c = ast.next[c]) {
    const pattern = ast.first[c];
    if (ast.kind[ast.next[pattern]] !== N.Empty) continue;
    const message = irrefutable(ps, pattern);
    if (message) throw ps.error(message, ast.start[pattern]);
  }
}

function irrefutable(ps: ParserState, p: number): string | undefined {
  const ast = ps.ast;
  switch (ast.kind[p]) {
    case N.PatCapture:
      return `name capture '${ps.text.slice(ast.start[p], ast.end[p])}' makes remaining patterns unreachable`;
    case N.PatWildcard:
      return 'wildcard makes remaining patterns unreachable';
    case N.PatAs:
      return irrefutable(ps, ast.first[p]);
    case N.PatOr:
      return irrefutable(ps, ast.last[p]);
    default:
      return undefined;
  }
}

/** Adds the names `p` binds to `names`, refusing duplicates and the other local rules. */
function collectBindings(ps: ParserState, p: number, names: string[]): void {
  const ast = ps.ast;
  const bind = (start: number, end: number) => {
    const name = ps.text.slice(start, end);
    if (names.includes(name)) throw ps.error(`multiple assignments to name '${name}' in pattern`, start);
    names.push(name);
  };
  switch (ast.kind[p]) {
    case N.PatCapture:
    case N.PatRest:
      return bind(ast.start[p], ast.end[p]);
    case N.PatStar:
      if (ast.aux[p]) bind(ast.start[p], ast.end[p]);
      return;
    case N.PatAs: {
      collectBindings(ps, ast.first[p], names);
      const name = ast.last[p];
      return bind(ast.start[name], ast.end[name]);
    }
    case N.PatSeq: {
      let stars = 0;
      for (let c = ast.first[p]; c !== 0; c = ast.next[c]) {
        if (ast.kind[c] === N.PatStar && ++stars > 1) throw ps.error('multiple starred names in sequence pattern', ast.start[p]);
        collectBindings(ps, c, names);
      }
      return;
    }
    case N.PatMapping:
      checkMappingKeys(ps, p);
      for (let c = ast.first[p]; c !== 0; c = ast.next[c]) collectBindings(ps, ast.kind[c] === N.PatKey ? ast.last[c] : c, names);
      return;
    case N.PatClass: {
      const keywords: string[] = [];
      for (let c = ast.next[ast.first[p]]; c !== 0; c = ast.next[c]) {
        if (ast.kind[c] !== N.PatKeyword) {
          collectBindings(ps, c, names);
          continue;
        }
        const name = ps.text.slice(ast.start[c], ast.end[ast.first[c]]);
        if (keywords.includes(name)) throw ps.error(`attribute name repeated in class pattern: ${name}`, ast.start[c]);
        keywords.push(name);
        collectBindings(ps, ast.last[c], names);
      }
      return;
    }
    case N.PatOr: {
      let first: string[] | undefined;
      for (let c = ast.first[p]; c !== 0; c = ast.next[c]) {
        if (ast.next[c] !== 0) {
          const message = irrefutable(ps, c);
          if (message) throw ps.error(message, ast.start[c]);
        }
        const alt: string[] = [];
        collectBindings(ps, c, alt);
        if (!first) first = alt;
        else if (alt.length !== first.length || alt.some((name) => !first!.includes(name))) {
          throw ps.error('alternative patterns bind different names', ast.start[p]);
        }
      }
      for (const name of first ?? []) {
        if (names.includes(name)) throw ps.error(`multiple assignments to name '${name}' in pattern`, ast.start[p]);
        names.push(name);
      }
      return;
    }
    default:
      return;
  }
}

/** Two literal keys with equal values are refused; keys the reader cannot compare leave the verdict to CPython. */
function checkMappingKeys(ps: ParserState, mapping: number): void {
  const ast = ps.ast;
  const seen: string[] = [];
  let undecided = false;
  let literals = 0;
  for (let c = ast.first[mapping]; c !== 0; c = ast.next[c]) {
    if (ast.kind[c] !== N.PatKey) continue;
    const value = ast.first[ast.first[c]];
    if (ast.kind[value] === N.Name || ast.kind[value] === N.Attribute) continue;
    literals++;
    const key = literalKey(ps, value);
    if (key === undefined) undecided = true;
    else if (seen.includes(key)) throw ps.error(`mapping pattern checks duplicate key (${ps.text.slice(ast.start[value], ast.end[value])})`, ast.start[mapping]);
    else seen.push(key);
  }
  if (undecided && literals > 1) throw new ParseUnsure('mapping pattern keys the reader cannot compare', ast.start[mapping]);
}

/** A canonical spelling of a literal's value (equal values, equal keys: 1, 1.0 and True), or undefined. */
function literalKey(ps: ParserState, n: number): string | undefined {
  const ast = ps.ast;
  const text = ps.text;
  switch (ast.kind[n]) {
    case N.Const:
      return ast.aux[n] === C.None ? 'None' : ast.aux[n] === C.True ? 'n:1' : 'n:0';
    case N.Str: {
      const raw = text.slice(ast.start[n], ast.end[n]);
      const m = /^([A-Za-z]*)(['"])([^'"\\\n\r]*)\2$/.exec(raw);
      if (!m) return undefined;
      return (ast.flags[n] & F.Bytes ? 'b:' : 's:') + m[3];
    }
    case N.Num:
      return numberKey(text.slice(ast.start[n], ast.end[n]).replace(/_/g, ''), ast.aux[n], false);
    case N.UnaryOp:
      if (ast.aux[n] !== Op.Minus) return undefined;
      return numberKey(text.slice(ast.start[ast.first[n]], ast.end[ast.first[n]]).replace(/_/g, ''), ast.aux[ast.first[n]], true);
    default:
      return undefined;
  }
}

function numberKey(digits: string, kind: number, negative: boolean): string | undefined {
  const sign = negative ? -1 : 1;
  if (kind === NumberKind.Int) {
    const value = BigInt(/^0+\d/.test(digits) ? digits.replace(/^0+/, '') : digits);
    return 'n:' + (negative ? -value : value).toString();
  }
  const value = sign * Number(kind === NumberKind.Imaginary ? digits.slice(0, -1) : digits);
  if (kind === NumberKind.Imaginary) return value === 0 ? 'n:0' : 'j:' + value;
  if (Number.isInteger(value) && Math.abs(value) < 2 ** 53) return 'n:' + BigInt(value).toString();
  return 'f:' + value;
}
