// Fills PythonPlan.usedInPlace: for each symbol moved out of a legacy module that stays (a symbol
// move, not a whole-module move), the first line where the legacy module itself still names the
// symbol in code that runs when called (a function or method body outside the moved definitions).
// There, `patch("legacy.X")` intercepts the legacy module's own use; re-pointed at "canonical.X" it
// no longer would ("patch where it is looked up"): pip's tests patch `unpacking.unzip_file` to catch
// `unpack_file`'s call; netra's patch `unified_manager._serialize_message_safely` catches the
// implementation class that stays there. Read once, when the manifest is loaded (load.ts), with the
// tokenizer-level reader (start-up never loads the parser): blocks come from the indentation, so a
// local variable of the same name counts too, which only ever leaves a patch target for a human.
import path from 'node:path';
import { createLineIndex, type LineIndex } from '../rewrite/line-index';
import { readSource } from '../rewrite/python/read-source';
import { spellsName } from '../rewrite/python/spells-name';
import { Tok, type Tokens } from '../rewrite/python/tokenizer';
import type { PythonPlan } from '../types';
import { readModuleSource } from './python-provided';

/** `module:Symbol` → the 1-based line of the legacy module's first call-time use of it in code that stays. */
export function readUsedInPlace(python: Pick<PythonPlan, 'moves'>, root: string, fileOf: (module: string) => string | undefined): Record<string, number> {
  const moving = new Map<string, Set<string>>();
  const wholeModules = new Set(python.moves.filter((m) => !m.from.symbol).map((m) => m.from.module));
  for (const move of python.moves) {
    if (!move.from.symbol || wholeModules.has(move.from.module)) continue;
    moving.set(move.from.module, (moving.get(move.from.module) ?? new Set()).add(move.from.symbol));
  }
  const out: Record<string, number> = {};
  for (const [module, symbols] of moving) {
    const file = fileOf(module);
    const text = file === undefined ? undefined : readModuleSource(path.join(root, file));
    if (text === undefined) continue;
    for (const [symbol, line] of usesInPlace(text, file!, symbols)) out[`${module}:${symbol}`] = line;
  }
  return out;
}

/** What a block is, for the uses inside it: a def body runs later; a moved definition leaves. */
const enum Block {
  Other = 0,
  Def = 1,
  Moved = 2,
}

/** The lengths of the words a line's first token is compared with: def, from, class and async, import. */
const KEYWORD_LENGTHS = new Set([3, 4, 5, 6]);

/** Each moved symbol named in a def body that stays, with the line of the first such name. */
function usesInPlace(text: string, file: string, symbols: ReadonlySet<string>): Map<string, number> {
  const found = new Map<string, number>();
  let t: Tokens;
  try {
    t = readSource(text, file).tokens;
  } catch {
    return found; // a legacy module that does not read: nothing to say about it
  }
  const word = (k: number) => text.slice(t.start[k], t.end[k]);
  // Most names are none of the symbols: their length turns them away before any slice is made.
  const lengths = new Set([...symbols].map((s) => s.length));
  const blocks: Block[] = [];
  let lines: LineIndex | undefined;
  let opener = Block.Other; // what the current logical line would open, from its first tokens
  let inline = Block.Other; // a one-line body after `:` on the same logical line (`def f(): return X`)
  let lineStart = true;
  let skipLine = false; // import statements bind names, they do not use them
  let depth = 0; // brackets: a `:` inside them (annotations, slices, dicts) opens no body
  for (let k = 0; k < t.count; k++) {
    const kind = t.kind[k];
    if (kind === Tok.Indent) {
      blocks.push(opener);
      continue;
    }
    if (kind === Tok.Dedent) {
      blocks.pop();
      continue;
    }
    if (kind === Tok.Newline) {
      lineStart = true;
      depth = 0;
      inline = Block.Other;
      skipLine = false;
      continue;
    }
    if (kind === Tok.Nl || kind === Tok.Comment) continue;
    const first = lineStart;
    lineStart = false;
    if (first) {
      opener = Block.Other;
      const w = kind === Tok.Name && KEYWORD_LENGTHS.has(t.end[k] - t.start[k]) ? word(k) : '';
      skipLine = w === 'import' || w === 'from';
      const atDef = w === 'def' || w === 'class' || (w === 'async' && word(k + 1) === 'def');
      if (atDef) {
        const nameAt = w === 'async' ? k + 2 : k + 1;
        const moved = blocks.length === 0 && symbols.has(word(nameAt));
        opener = moved ? Block.Moved : w === 'class' ? Block.Other : Block.Def;
        k = nameAt; // the defined name is no use
        continue;
      }
    }
    if (kind === Tok.Op) {
      const c = t.code[k];
      if (c === 40 || c === 91 || c === 123) depth++;
      else if (c === 41 || c === 93 || c === 125) depth--;
      else if (c === 58 && depth === 0 && opener !== Block.Other && t.kind[k + 1] !== Tok.Newline && t.kind[k + 1] !== Tok.Comment) inline = opener;
    }
    const atLine = () => (lines ??= createLineIndex(text)).position(t.start[k]).line;
    const inDefThatStays = () => !(blocks.includes(Block.Moved) || inline === Block.Moved) && (blocks.includes(Block.Def) || inline === Block.Def);
    if (kind === Tok.String && t.code[k] === 1) {
      // An f-string's fields are code, inside one token (trio's f"…{format_host_port(host, port)}"); a
      // name in its text around them counts too, which only leaves a patch target for a human.
      for (const name of fstringNames(text.slice(t.start[k], t.end[k]), symbols)) if (!found.has(name) && inDefThatStays()) found.set(name, atLine());
      continue;
    }
    if (kind !== Tok.Name || skipLine || !lengths.has(t.end[k] - t.start[k])) continue;
    const name = word(k);
    if (!symbols.has(name) || found.has(name)) continue;
    if (k > 0 && t.kind[k - 1] === Tok.Op && t.code[k - 1] === 46) continue; // an attribute `x.X`
    if (inDefThatStays()) found.set(name, atLine());
  }
  return found;
}

/** The symbols an f-string's replacement fields spell as whole names (not after a `.`): its literal text is no use (netra's message "Use get_websocket_manager() factory function"). */
function fstringNames(fstring: string, symbols: ReadonlySet<string>): string[] {
  const code = fieldsOf(fstring).replace(/(['"])(?:\\.|(?!\1)[^\\])*\1/g, ' '); // strings in the fields are no use either
  return [...symbols].filter((name) => spellsName(code, name));
}

/** The text of an f-string token's replacement fields (format specs and nested fields included), each followed by a space; `{{`/`}}` outside them are literal braces. */
function fieldsOf(fstring: string): string {
  let out = '';
  let depth = 0;
  for (let i = 0; i < fstring.length; i++) {
    const c = fstring[i];
    if (depth === 0) {
      if (c === '{' && fstring[i + 1] === '{') i++;
      else if (c === '{') depth = 1;
      continue;
    }
    if (c === '{') depth++;
    else if (c === '}' && --depth === 0) {
      out += ' ';
      continue;
    }
    out += c;
  }
  return out;
}
