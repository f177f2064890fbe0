// File paths of modules that move whole, in strings, docstrings and comments
// (`open("netra_backend/app/websocket_core/manager.py")`, a list of files a script patches, a test
// asserting the legacy file is gone): reported as mentions, never rewritten (a path names a file,
// which the move does not relocate by itself), as the JS rewriter reports a moved file's path
// (js/mentions.ts). Without them, deleting the legacy module breaks such code without a word.
import { addFinding, findingPosition, type RewriteContext } from './context';
import { dottedPathOf } from './file-path-spelling';
import { bareStringStatements } from './strings-pass';
import { tokenHolding } from './token-search';
import { Tok } from './tokenizer';

export function reportFilePathMentions(ctx: RewriteContext): void {
  const pattern = ctx.index.legacyFilePattern;
  if (!pattern) return;
  const t = ctx.tokens;
  let docs: Set<number> | undefined;
  let reported: Set<string> | undefined;
  let k = 0;
  for (const m of ctx.text.matchAll(pattern)) {
    const at = m.index!;
    k = tokenHolding(t, at, k);
    if (k < 0) break;
    const kind = t.kind[k];
    // In code, `a/b/c` divides: only strings and comments spell paths.
    if (t.start[k] > at || (kind !== Tok.String && kind !== Tok.Comment)) continue;
    const mapped = ctx.index.mapPath(dottedPathOf(m[0]));
    if (!mapped || mapped.move.from.symbol) continue;
    const start = t.start[k];
    const form = kind === Tok.Comment ? 'comment' : (docs ??= bareStringStatements(ctx)).has(k) ? 'docstring' : 'string-target';
    const offset = form === 'string-target' ? start : at;
    // One finding per place: a string the dotted pass reported already (`"a.b.c, see a/b/c.py"`), or spelling two paths, is one mention.
    const { line, column } = findingPosition(ctx, offset);
    const key = `${line}:${column}:${mapped.move.id}`;
    reported ??= new Set(ctx.findings.map((f) => `${f.line}:${f.column}:${f.move}`));
    if (reported.has(key)) continue;
    reported.add(key);
    addFinding(ctx, { offset, move: mapped.move, form, kind: 'mention', text: form === 'docstring' ? m[0] : ctx.text.slice(start, t.end[k]) });
  }
}
