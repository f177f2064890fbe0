// A growable token store with the tokenizer's parallel-array shape (Tokens), filled one token at
// a time and closed with an END token. Used by tolerant/provable-lines.ts to join the tokens of the
// provable lines of a broken file into one stream over the whole text.
import { Tok, type Tokens } from '../tokenizer';

export interface TokenSink {
  push(kind: Tok, start: number, end: number, code: number): void;
  /** Appends END at the last token's end and returns the stream (the sink is not used after). */
  finish(): Tokens;
}

export function createTokenSink(capacity = 1024): TokenSink {
  const t: Tokens = { kind: new Uint8Array(capacity), start: new Int32Array(capacity), end: new Int32Array(capacity), code: new Uint16Array(capacity), count: 0 };
  const grow = () => {
    const size = t.kind.length * 2;
    const kind = new Uint8Array(size);
    const start = new Int32Array(size);
    const end = new Int32Array(size);
    const code = new Uint16Array(size);
    kind.set(t.kind);
    start.set(t.start);
    end.set(t.end);
    code.set(t.code);
    Object.assign(t, { kind, start, end, code });
  };
  const push = (kind: Tok, start: number, end: number, code: number) => {
    if (t.count === t.kind.length) grow();
    const k = t.count++;
    t.kind[k] = kind;
    t.start[k] = start;
    t.end[k] = end;
    t.code[k] = code;
  };
  return {
    push,
    finish() {
      const last = t.count > 0 ? t.end[t.count - 1] : 0;
      push(Tok.End, last, last, 0);
      return t;
    },
  };
}
