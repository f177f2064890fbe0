// Single-file components: a `.vue` or `.svelte` file's `<script>` blocks (`<script setup lang="ts">`,
// `<script context="module">`) are JS or TS modules, rewritten as such and spliced back; the markup
// around them is never touched. The markup sees the script's imports by their local names, so in a
// component a renamed import keeps its local name (`import { New as Old }`, localName "keep"), and a
// component whose markup spells a renamed name as a member (`R.Old`) is left for a human.
import type { Edit, Finding, MigrationPlan, RewriteOutcome, SourcePosition } from '../../types';
import { applyEdits } from '../edits';
import type { RewriteInput } from '../language';
import { SourceSyntaxError } from '../source-syntax-error';
import { COMPONENT_EXTENSIONS } from './module-key';

export function isComponentFile(path: string): boolean {
  return COMPONENT_EXTENSIONS.some((e) => path.endsWith(e));
}

/** A script block: where its text starts and ends in the file, and the path it is parsed under. */
interface ScriptBlock {
  start: number;
  end: number;
  /** The component's path with the block's language appended (`A.vue.ts`): same folder, so the same relative imports. */
  path: string;
}

/** Top-level `<script …>…</script>` blocks (at a line's start), without a `src` attribute; a quoted attribute may hold `>` (Svelte's `generics="T extends Record<string, unknown>"`). */
export function scriptBlocks(source: string, path: string): ScriptBlock[] {
  const blocks: ScriptBlock[] = [];
  for (const m of source.matchAll(/^<script\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/script\s*>/gm)) {
    const attributes = m[1];
    if (/\bsrc\s*=/.test(attributes)) continue;
    const lang = /\blang\s*=\s*["']?(tsx|ts|jsx|js)\b/.exec(attributes)?.[1] ?? 'js';
    const start = m.index! + '<script'.length + attributes.length + 1;
    blocks.push({ start, end: start + m[2].length, path: `${path}.${lang}` });
  }
  return blocks;
}

const keeping = new WeakMap<MigrationPlan, MigrationPlan>();

/** The plan with every JS move keeping local names (the markup uses them). */
function keepLocalNames(plan: MigrationPlan): MigrationPlan {
  let kept = keeping.get(plan);
  if (!kept) {
    const js = plan.javascript!;
    kept = { ...plan, javascript: { ...js, moves: js.moves.map((m) => ({ ...m, localName: 'keep' as const })) } };
    keeping.set(plan, kept);
  }
  return kept;
}

export function rewriteComponent(input: RewriteInput, rewriteScript: (input: RewriteInput) => RewriteOutcome): RewriteOutcome {
  const { source, path } = input;
  if (!input.plan.javascript) return { code: source, edits: [], findings: [] };
  const plan = keepLocalNames(input.plan);
  const edits: Edit[] = [];
  const findings: Finding[] = [];
  const literalEdits: number[] = [];
  const unusedIgnores: SourcePosition[] = [];
  const blocks = scriptBlocks(source, path);
  // A moved component's carried relative imports (JavascriptPlan.relocated) apply to each of its blocks.
  const js = plan.javascript!;
  const carried = js.relocated?.[path];
  const patterns = js.relocatedPatterns?.[path];
  for (const block of blocks) {
    const own = carried || patterns ? { ...plan, javascript: { ...js, relocated: { ...js.relocated, ...(carried ? { [block.path]: carried } : {}) }, relocatedPatterns: { ...js.relocatedPatterns, ...(patterns ? { [block.path]: patterns } : {}) } } } : plan;
    // Offsets, lines and columns of the padded block are the component's own: nothing to map back.
    const outcome = rewriteScript({ ...input, plan: own, source: blockSource(source, block), path: block.path });
    for (const i of outcome.literalEdits ?? []) literalEdits.push(edits.length + i);
    edits.push(...outcome.edits);
    findings.push(...outcome.findings.map((f) => ({ ...f, path })));
    unusedIgnores.push(...(outcome.unusedIgnores ?? []));
  }
  const ignores = input.options?.reportUnusedIgnores ? { unusedIgnores } : {};
  const markupRisk = renamedMembersInMarkup(source, blocks, findings, plan);
  if (markupRisk.length > 0) return { code: source, edits: [], findings: [...findings.filter((f) => f.kind !== 'rewritten'), ...markupRisk], ...ignores };
  return { code: applyEdits(source, edits), edits, findings, ...(literalEdits.length > 0 ? { literalEdits } : {}), ...ignores };
}

/** The modules a file holds, each at its own place: a component's script blocks, or the file itself. */
export function moduleTexts(source: string, path: string): { source: string; path: string }[] {
  return isComponentFile(path) ? scriptBlocks(source, path).map((b) => ({ source: blockSource(source, b), path: b.path })) : [{ source, path }];
}

/** A block's text at its own place: everything before it blanked (line breaks kept), so positions are the component's. */
export function blockSource(source: string, block: ScriptBlock): string {
  return source.slice(0, block.start).replace(/[^\r\n]/g, ' ') + source.slice(block.start, block.end);
}

/**
 * A name the script renames (a symbol move to another name) that the markup spells as a member
 * (`{{ R.Old }}`, `{R.Old}`): the script's `R.New` would leave the markup's behind. One manual
 * finding per such move, and the component stays as it is.
 */
function renamedMembersInMarkup(source: string, blocks: readonly ScriptBlock[], findings: readonly Finding[], plan: MigrationPlan): Finding[] {
  let markup = '';
  let from = 0;
  for (const b of blocks) {
    markup += source.slice(from, b.start);
    from = b.end;
  }
  markup += source.slice(from);
  const out: Finding[] = [];
  const applied = new Set(findings.filter((f) => f.kind === 'rewritten').map((f) => f.move));
  for (const move of plan.javascript!.moves) {
    const old = move.from.symbol;
    if (!old || !applied.has(move.id) || move.to.symbol === undefined || move.to.symbol === old) continue;
    if (!new RegExp(`\\.\\s*${old.replace(/\$/g, '\\$')}(?![\\w$])`).test(markup)) continue;
    const first = findings.find((f) => f.move === move.id)!;
    const reason = `the component's markup spells .${old}, which the script would rename ${move.to.symbol}; rename it in the markup and the script by hand`;
    out.push({ ...first, kind: 'manual', reason });
  }
  return out;
}

/** Each script block must parse, as the JS rewriter parses it. */
export function checkComponentSyntax(source: string, path: string, check: (source: string, path: string) => SourceSyntaxError | undefined): SourceSyntaxError | undefined {
  for (const block of scriptBlocks(source, path)) {
    const problem = check(blockSource(source, block), block.path);
    if (problem) return problem;
  }
  return undefined;
}
