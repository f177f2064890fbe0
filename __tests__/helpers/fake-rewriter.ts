// A test-only LanguageRewriter standing in for the real JS and Python rewriters in pipeline and
// CLI tests: it replaces quoted occurrences of each move's `from.module` with `to.module`.
// Trigger texts: `SYNTAX ERROR` → SourceSyntaxError; `THROW BUG` → TypeError; `UNPARSEABLE`
// makes checkSyntax reject the output (the input is never re-checked, like the real pipeline).
import { createLineIndex } from '../../src/rewrite/line-index';
import type { LanguageRewriter, RewriteInput } from '../../src/rewrite/language';
import { SourceSyntaxError } from '../../src/rewrite/source-syntax-error';
import type { Edit, Finding, Language, RewriteOutcome } from '../../src/types';
import { applyEdits } from '../../src/rewrite/edits';

/** The finding a real rewriter reports with a change (a change without one is refused as unexplained). */
export function rewrittenFinding(path: string): Finding {
  return { path, line: 1, column: 1, move: 'test move', form: 'import', kind: 'rewritten', text: 'test' };
}

export function createFakeRewriter(language: Language, extensions: readonly string[]): LanguageRewriter {
  return {
    language,
    extensions,
    rewrite(input: RewriteInput): RewriteOutcome {
      const { source } = input;
      const lines = createLineIndex(source);
      const syntax = source.indexOf('SYNTAX ERROR');
      if (syntax !== -1) throw new SourceSyntaxError('unexpected token', lines.position(syntax));
      if (source.includes('THROW BUG')) throw new TypeError('fake rewriter bug');
      const edits: Edit[] = [];
      const findings: Finding[] = [];
      for (const move of input.plan[language]?.moves ?? []) {
        const pattern = new RegExp(`(['"])${escape(move.from.module)}\\1`, 'g');
        for (const match of source.matchAll(pattern)) {
          const start = match.index! + 1;
          edits.push({ start, end: start + move.from.module.length, text: move.to.module });
          const { line, column } = lines.position(match.index!);
          findings.push({ path: input.path, line, column, move: move.id, form: 'import', kind: 'rewritten', text: match[0] });
        }
      }
      return { code: applyEdits(source, edits), edits, findings };
    },
    checkSyntax(source: string) {
      const at = source.indexOf('UNPARSEABLE');
      return at === -1 ? undefined : new SourceSyntaxError('output does not parse', createLineIndex(source).position(at));
    },
  };
}

/** The pair the CLI tests inject: `.ts`/`.js` as javascript, `.py` as python. */
export function fakeRewriters(): LanguageRewriter[] {
  return [createFakeRewriter('javascript', ['.ts', '.js']), createFakeRewriter('python', ['.py'])];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
