// The recursive-descent parser's state (token view, position, tree, context for compile-time checks)
// and the small token tests every grammar file uses. One ParserState per parse; nothing global.
// Used by expressions.ts, statements.ts, targets.ts, parameters.ts, patterns.ts, strings.ts.
import { Tok, TokenBuffer } from '../tokenizer';
import { PythonSyntaxProblem } from '../syntax-problem';
import type { Ast } from './ast';
import { Kw, Op, type TokenView } from './token-view';

/** Thrown when the reader cannot decide what CPython would say; parsePython turns it into `unsure`. */
export class ParseUnsure extends Error {
  constructor(
    readonly reason: string,
    readonly offset: number,
  ) {
    super(reason);
    this.name = 'ParseUnsure';
  }
}

/** Deeper nesting than this (expressions, blocks) is left to CPython, whose own limits are hard to mirror. */
export const MAX_DEPTH = 100;

export interface Checkpoint {
  p: number;
  count: number;
  v: TokenView;
  depth: number;
  compileErrors: number;
}

/** An error CPython's compiler (not its parser) reports: raised after the scope pass, unless it lies in code CPython never compiles. */
export interface CompileError {
  message: string;
  offset: number;
}

export class ParserState {
  v: TokenView;
  p = 0;
  depth = 0;
  /** `from __future__ import annotations` was seen. */
  futureAnnotations = false;
  /** Future imports are still allowed (only a docstring and future imports so far, at module level). */
  futureAllowed = true;
  /** Nesting of indented blocks (0: module level). */
  blockDepth = 0;
  /** Inside the body of a def (where `return` is allowed). */
  inFunction = false;
  /** Loops around the current statement within the current function or class body. */
  loopDepth = 0;
  /** loopDepth at the innermost enclosing except* handler of the current function, or -1. */
  exceptStarLoop = -1;
  /** Upper bound of CPython's frame blocks (loops, with, try…) open in the current code unit. */
  blockWeight = 0;
  /** Replacement fields being parsed, one inside another (nested f-strings). */
  fieldDepth = 0;
  /** Token storage per field depth, reused from one field to the next (see fieldTokenView). */
  readonly fieldSlots: Array<{ tokens: TokenBuffer; view?: TokenView }> = [];
  /** Compile-time errors found while parsing (`__debug__` targets, repeated keywords, misplaced `*`), in source order. */
  readonly compileErrors: CompileError[] = [];
  /** Cache for nextBackslash: the first backslash at or after `backslashFrom` (Infinity: none). */
  private backslashAt = -1;
  private backslashFrom = 0;

  constructor(
    readonly text: string,
    view: TokenView,
    readonly ast: Ast,
  ) {
    this.v = view;
  }

  get kind(): number {
    return this.v.kind[this.p];
  }

  get code(): number {
    return this.v.code[this.p];
  }

  get start(): number {
    return this.v.start[this.p];
  }

  get end(): number {
    return this.v.end[this.p];
  }

  /** End offset of the previous token (the end of what was just parsed). */
  get prevEnd(): number {
    return this.p > 0 ? this.v.end[this.p - 1] : 0;
  }

  isOp(op: Op): boolean {
    return this.v.kind[this.p] === Tok.Op && this.v.code[this.p] === op;
  }

  isKw(kw: Kw): boolean {
    return this.v.kind[this.p] === Tok.Name && this.v.code[this.p] === kw;
  }

  /** An identifier the grammar's NAME accepts (soft keywords included). */
  isName(): boolean {
    return this.v.kind[this.p] === Tok.Name && (this.v.code[this.p] === Kw.None || this.v.code[this.p] > Kw.LastHard);
  }

  peekIsOp(op: Op, ahead = 1): boolean {
    const k = this.p + ahead;
    return k < this.v.count && this.v.kind[k] === Tok.Op && this.v.code[k] === op;
  }

  eatOp(op: Op): boolean {
    if (!this.isOp(op)) return false;
    this.p++;
    return true;
  }

  eatKw(kw: Kw): boolean {
    if (!this.isKw(kw)) return false;
    this.p++;
    return true;
  }

  eatDedent(): void {
    if (this.v.kind[this.p] === Tok.Dedent) this.p++;
  }

  expectOp(op: Op, message = 'invalid syntax'): void {
    if (!this.eatOp(op)) throw this.error(message);
  }

  /** The syntax error at the current token (or at `offset`). */
  error(message = 'invalid syntax', offset = this.start): PythonSyntaxProblem {
    return new PythonSyntaxProblem(message, offset);
  }

  /** A point to come back to when a speculative parse (PEG backtracking) fails. */
  checkpoint(): Checkpoint {
    return { p: this.p, count: this.ast.count, v: this.v, depth: this.depth, compileErrors: this.compileErrors.length };
  }

  /** Drops every node made since the checkpoint (none of them may have been attached to an older node). */
  restore(cp: Checkpoint): void {
    this.p = cp.p;
    this.ast.count = cp.count;
    this.v = cp.v;
    this.depth = cp.depth;
    this.compileErrors.length = cp.compileErrors;
  }

  /** Records an error CPython's compiler would report here (see CompileError); parsing goes on. */
  compileError(message: string, offset = this.start): void {
    this.compileErrors.push({ message, offset });
  }

  /**
   * Offset of the first backslash at or after `from` (Infinity when there is none). String literals
   * come in increasing order, so one forward indexOf serves many of them: linear over the file.
   */
  nextBackslash(from: number): number {
    if (from < this.backslashFrom || (this.backslashAt >= 0 && this.backslashAt < from)) this.backslashAt = -1;
    if (this.backslashAt < 0) {
      const at = this.text.indexOf('\\', from);
      this.backslashAt = at < 0 ? Infinity : at;
      this.backslashFrom = from;
    }
    return this.backslashAt;
  }

  enter(): void {
    if (++this.depth > MAX_DEPTH) throw new ParseUnsure('nesting deeper than the reader follows', this.start);
  }

  leave(): void {
    this.depth--;
  }
}
