// Turns one `from X import …` statement's plan into splices: retarget the module in place, rename
// items in place, split names going elsewhere into new statements at the same indentation (or merge
// them into an existing `from C import …` of the same block), remove moved items with their commas.
import type { Edit } from '../../types';
import type { RewriteContext } from './context';
import { realignContinuations } from './continuation-alignment';
import { groupByModule, itemText, planFromImport, type ItemTarget } from './from-import-plan';
import { ownedComment, statementDirective, type ItemComment, type StatementDirective } from './import-item-comments';
import type { ImportItem, ImportStatement } from './import-statements';
import { importRuns } from './import-runs';
import { resolveRelative, spellFrom } from './module-path';
import { removeStatement } from './statement-removal';
import { explodedList, fromImportText, tooWide } from './import-line-width';

/** Additions scheduled into existing statements, applied once after every statement was planned;
 * `hosts` indexes the file's `from M import …` statements (relative ones by the module they resolve
 * to) by block and module, the first of each. */
export interface Additions {
  byHost: Map<ImportStatement, string[]>;
  hosts: Map<string, ImportStatement>;
  /** Each import's run (import-runs.ts): a later host may take a name only from its own run. */
  runs: Map<ImportStatement, number>;
}

export function createAdditions(ctx: RewriteContext): Additions {
  const hosts = new Map<string, ImportStatement>();
  for (const o of ctx.imports) {
    if (o.kind !== 'from' || o.star) continue;
    const module = o.level === 0 ? o.module : ctx.file ? resolveRelative(ctx.file.package, o.level, o.module) : undefined;
    const key = `${o.block}\0${module}`;
    if (module !== undefined && !hosts.has(key) && !rewritten(ctx, o, module)) hosts.set(key, o);
  }
  return { byHost: new Map(), hosts, runs: importRuns(ctx.text, ctx.imports) };
}

/** Schedules names (`New`, `New as Old`) into a host statement, except one it binds already or was given. */
export function mergeInto(additions: Additions, host: ImportStatement, names: readonly { text: string; local: string }[]): void {
  const bound = new Set(host.items.map((i) => i.alias ?? i.name));
  const list = additions.byHost.get(host) ?? [];
  for (const n of names) if (!bound.has(n.local) && !list.includes(n.text)) list.push(n.text);
  additions.byHost.set(host, list);
}

/**
 * Whether the import pass edits the statement (a name or its module moves, or an item is a module
 * whose members move): names appended to it would join whatever it becomes (`from pkg.rank import
 * best2` retargeted whole to pkg.other took `best` along, an ImportError).
 */
function rewritten(ctx: RewriteContext, stmt: ImportStatement, module: string): boolean {
  return planFromImport(stmt, module, ctx.index).some((t) => t.move) || stmt.items.some((i) => ctx.index.symbolMovesOf(module ? `${module}.${i.name}` : i.name).length > 0);
}

/**
 * The statement of `stmt`'s block that already imports from `module` and may take its names: one
 * before it, or after it in the same run of imports. Past other code, a use between the two would
 * run before the name is bound (`x = best()` between them: NameError at import).
 */
export function additionHost(additions: Additions, stmt: ImportStatement, module: string): ImportStatement | undefined {
  const host = module === '' ? undefined : additions.hosts.get(`${stmt.block}\0${module}`);
  if (host === undefined || host === stmt) return undefined;
  return host.start < stmt.start || additions.runs.get(host) === additions.runs.get(stmt) ? host : undefined;
}

/** `lines`: statements to add after this one (imports of a namespace item's moved members, from-import-namespaces.ts). */
export function editFromImport(ctx: RewriteContext, stmt: ImportStatement, all: ItemTarget[], additions: Additions, lines: readonly string[] = []): void {
  // Names the file already imports (the rename policy's reuse or drop) go away with nothing in their place.
  const targets = all.filter((t) => !t.drop);
  if (targets.length === 0 && lines.length > 0) {
    ctx.edits.push({ start: stmt.start, end: stmt.end, text: lines.join(separator(ctx, stmt)) });
    return;
  }
  if (targets.length === 0) return removeStatement(ctx, stmt);
  const groups = groupByModule(targets);
  const stay = targets.find((t) => !t.move)?.module;
  const primary = stay ?? [...groups.keys()].find((k) => k !== '');
  const relative = stmt.level > 0;
  if (primary === undefined) {
    // Every name is a top-level module imported as a name: the statement becomes plain imports.
    ctx.edits.push({ start: stmt.start, end: stmt.end, text: [...targets.map(renderImport), ...lines].join(separator(ctx, stmt)) });
    return;
  }
  const retargeted = stay === undefined ? spell(ctx, primary, relative) : undefined;
  if (retargeted !== undefined) ctx.edits.push({ start: stmt.sourceStart, end: stmt.moduleEnd, text: retargeted });
  const keptTargets = groups.get(primary)!;
  const removed = all.filter((t) => !keptTargets.includes(t));
  const hostOf = (module: string) => additionHost(additions, stmt, module);
  // A name that opens a new statement takes its own comment along; one merged into another statement leaves it.
  const carried = new Map<ImportItem, ItemComment>();
  for (const t of removed) {
    const comment = hostOf(t.module) ? undefined : ownedComment(ctx.text, t.item);
    if (comment) carried.set(t.item, comment);
  }
  editItems(ctx, stmt, keptTargets, removed, carried);
  if (retargeted !== undefined) realignContinuations(ctx, stmt, retargeted.length - (stmt.moduleEnd - stmt.sourceStart));
  const directive = statementDirective(ctx.text, stmt);
  const appended: string[] = [];
  for (const [module, group] of groups) {
    if (module === primary) continue;
    if (module === '') {
      appended.push(...group.map((t) => withComments(renderImport(t), [carried.get(t.item)?.text], directive)));
      continue;
    }
    const host = hostOf(module);
    if (host) {
      mergeInto(additions, host, group.map((t) => ({ text: itemText(t, ''), local: t.local })));
      continue;
    }
    const names = group.map((t) => ({ text: itemText(t, ''), comment: carried.get(t.item)?.text }));
    appended.push(splitStatement(ctx, stmt, spell(ctx, module, relative), names, directive));
  }
  appended.push(...lines);
  if (appended.length > 0) {
    const sep = separator(ctx, stmt);
    ctx.edits.push({ start: stmt.lineEnd, end: stmt.lineEnd, text: appended.map((s) => sep + s).join('') });
  }
}

/**
 * A split-off statement, its names laid out as the statement they leave: one per line in
 * parentheses when it lists its names that way (black's and ruff's layout) and more than one goes,
 * with its item indentation and trailing comma, or when a name brings its own comment; else on one
 * line. The statement's linter directive (`# noqa: F401`) goes where it was: after `(` or at the end.
 */
function splitStatement(ctx: RewriteContext, stmt: ImportStatement, module: string, names: SplitName[], directive: StatementDirective | undefined): string {
  const head = `from ${module} import `;
  const commented = names.filter((n) => n.comment !== undefined);
  if (names.length === 1) return withComments(head + names[0].text, [names[0].comment], directive);
  const layout = (stmt.startsLine ? explodedLayout(ctx.text, stmt) : undefined) ?? (commented.length > 0 ? commentedLayout(ctx.text, stmt) : undefined);
  // A copied `# noqa` must stay on the names' line: with one, the statement keeps one line (as JS keeps its directives' lines).
  if (!layout) return directive ? withComments(head + names.map((n) => n.text).join(', '), [], directive) : fromImportText(ctx, stmt.indent, head, names.map((n) => n.text));
  const eol = ctx.eol;
  const lines = names.map((n, i) => withComments(`${layout.indent}${n.text}${i < names.length - 1 || layout.trailingComma ? ',' : ''}`, [n.comment], undefined) + eol);
  const open = directive?.afterOpen ? `(  ${directive.text}` : '(';
  const close = directive && !directive.afterOpen && !commented.some((n) => n.comment!.includes(directive.text)) ? `)  ${directive.text}` : ')';
  return `${head}${open}${eol}${lines.join('')}${stmt.indent}${close}`;
}

interface SplitName {
  text: string;
  comment?: string;
}

/** `code  # comment  # noqa`: the comments given, then the directive unless one of them already says it. */
function withComments(code: string, comments: (string | undefined)[], directive: StatementDirective | undefined): string {
  const all = comments.filter((c): c is string => c !== undefined);
  if (directive && !all.some((c) => c.includes(directive.text))) all.push(directive.text);
  return all.length === 0 ? code : `${code}  ${all.join('  ')}`;
}

/** One name per line for a list whose names do not all open their lines: the indentation of the first commented one. */
function commentedLayout(text: string, stmt: ImportStatement): { indent: string; trailingComma: boolean } | undefined {
  const item = stmt.items.find((i) => ownedComment(text, i) !== undefined);
  if (!item) return undefined;
  let ls = item.start;
  while (ls > 0 && (text.charCodeAt(ls - 1) === 32 || text.charCodeAt(ls - 1) === 9)) ls--;
  return { indent: text.slice(ls, item.start), trailingComma: true };
}

/** How a parenthesised list puts one name per line, closing on a line of its own; undefined for any other layout. */
function explodedLayout(text: string, stmt: ImportStatement): { indent: string; trailingComma: boolean } | undefined {
  const { items, parenOpen, parenClose } = stmt;
  if (parenOpen === undefined || parenClose === undefined || items.length === 0) return undefined;
  const lineBefore = (offset: number) => {
    let k = offset;
    while (k > 0 && (text.charCodeAt(k - 1) === 32 || text.charCodeAt(k - 1) === 9)) k--;
    return k === 0 || text.charCodeAt(k - 1) === 10 || text.charCodeAt(k - 1) === 13 ? k : undefined;
  };
  // Every item opens its own line, and so does the closing parenthesis.
  if (lineBefore(parenClose) === undefined || items.some((i) => lineBefore(i.start) === undefined)) return undefined;
  const last = items[items.length - 1];
  let k = last.end;
  while (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9) k++;
  const first = items[0];
  return { indent: text.slice(lineBefore(first.start)!, first.start), trailingComma: text.charCodeAt(k) === 44 };
}

function renderImport(t: ItemTarget): string {
  return t.name === t.local ? `import ${t.name}` : `import ${t.name} as ${t.local}`;
}

function separator(ctx: RewriteContext, stmt: ImportStatement): string {
  return stmt.startsLine ? ctx.eol + stmt.indent : '; ';
}

function spell(ctx: RewriteContext, module: string, relative: boolean): string {
  const s = spellFrom(ctx.file?.package ?? [], module, relative && ctx.file !== undefined);
  return '.'.repeat(s.level) + s.module;
}

/** In-place item edits for kept names; removal of names that moved to other statements. */
function editItems(ctx: RewriteContext, stmt: ImportStatement, kept: ItemTarget[], removed: ItemTarget[], carried: ReadonlyMap<ImportItem, ItemComment>): void {
  const { text } = ctx;
  const items = stmt.items;
  const first = items[0];
  const last = items[items.length - 1];
  const oneLine = !/[\r\n]/.test(text.slice(first.start, last.end));
  if (removed.length > 0 && (oneLine || stmt.parenOpen === undefined)) {
    const rendered = kept.map((t) => itemText(t, text.slice(t.item.start, t.item.end)));
    ctx.edits.push({ start: first.start, end: last.end, text: rendered.join(', ') });
    return;
  }
  for (const t of kept) {
    const now = text.slice(t.item.start, t.item.end);
    const next = itemText(t, now);
    if (next !== now) ctx.edits.push({ start: t.item.start, end: t.item.end, text: next });
  }
  for (const t of removed) {
    const i = items.indexOf(t.item);
    const prevKept = i > 0 && kept.some((k) => k.item === items[i - 1]) ? items[i - 1] : undefined;
    ctx.edits.push(removal(text, t.item, i === items.length - 1 ? prevKept : undefined, carried.get(t.item)));
  }
}

/**
 * Deletes an item of a multi-line parenthesised list with its comma (and its comment when that goes
 * with it); a line left blank goes too. The last item without a trailing comma takes the comma after
 * the kept item before it instead.
 */
function removal(text: string, item: ImportItem, prevKept?: ImportItem, comment?: ItemComment): Edit {
  const pastComment = (at: number) => (comment !== undefined && at === comment.start ? comment.end : at);
  let end = item.end;
  let k = end;
  while (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9) k++;
  k = pastComment(k);
  const ownLine = /[\r\n][ \t]*$/.test(text.slice(Math.max(0, item.start - 200), item.start)) && /^[ \t]*[\r\n]/.test(text.slice(k, k + 2) || ' ');
  if (prevKept && !ownLine && text.charCodeAt(k) !== 44 && !text.slice(prevKept.end, item.start).includes('#')) {
    return { start: prevKept.end, end: item.end, text: '' };
  }
  if (text.charCodeAt(k) === 44) {
    end = k + 1;
    while (text.charCodeAt(end) === 32 || text.charCodeAt(end) === 9) end++;
    end = pastComment(end);
  } else if (comment !== undefined && k === comment.end) end = k;
  let lineStart = item.start;
  while (lineStart > 0 && (text.charCodeAt(lineStart - 1) === 32 || text.charCodeAt(lineStart - 1) === 9)) lineStart--;
  const atLineStart = lineStart === 0 || text.charCodeAt(lineStart - 1) === 10 || text.charCodeAt(lineStart - 1) === 13;
  const c = text.charCodeAt(end);
  if (atLineStart && (c === 10 || c === 13)) {
    const lineEnd = c === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
    return { start: lineStart, end: lineEnd, text: '' };
  }
  return { start: item.start, end, text: '' };
}

/** Emits one edit per host statement receiving merged names (one per line in a multi-line list). */
export function applyAdditions(ctx: RewriteContext, additions: Additions): void {
  const { text } = ctx;
  for (const [host, names] of additions.byHost) {
    if (names.length === 0) continue;
    const last = host.items[host.items.length - 1];
    let k = last.end;
    while (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9) k++;
    const trailingComma = host.parenOpen !== undefined && text.charCodeAt(k) === 44;
    const close = host.parenClose;
    let closeLine = close ?? 0;
    while (closeLine > 0 && (text.charCodeAt(closeLine - 1) === 32 || text.charCodeAt(closeLine - 1) === 9)) closeLine--;
    const closeOnOwnLine = close !== undefined && closeLine > last.end && (text.charCodeAt(closeLine - 1) === 10 || text.charCodeAt(closeLine - 1) === 13);
    if (closeOnOwnLine) {
      let ls = last.start;
      while (ls > 0 && text.charCodeAt(ls - 1) !== 10 && text.charCodeAt(ls - 1) !== 13) ls--;
      const indent = /^[ \t]*/.exec(text.slice(ls, last.start))![0];
      if (!trailingComma) ctx.edits.push({ start: last.end, end: last.end, text: ',' });
      ctx.edits.push({ start: closeLine, end: closeLine, text: names.map((n) => `${indent}${n},${ctx.eol}`).join('') });
    } else if (tooWide(ctx, host, names)) {
      // A one-line list grown past the width goes one name per line (black's layout), comments after it staying put.
      const start = host.parenOpen ?? host.items[0].start;
      const end = host.parenClose !== undefined ? host.parenClose + 1 : last.end;
      const all = [...host.items.map((i) => text.slice(i.start, i.end)), ...names];
      ctx.edits.push({ start, end, text: explodedList(ctx, host.indent, all) });
    } else if (trailingComma) ctx.edits.push({ start: k + 1, end: k + 1, text: ` ${names.join(', ')},` });
    else ctx.edits.push({ start: last.end, end: last.end, text: `, ${names.join(', ')}` });
  }
}
