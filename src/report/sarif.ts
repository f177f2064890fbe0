// check's failing references, stale baseline entries, unused ignore comments and files not read as
// a SARIF 2.1.0 log, the format GitHub code scanning, Azure DevOps and most CI dashboards ingest
// (ESLint's and ast-grep's `sarif` output). One rule per kind of problem; each result is located like a GitHub annotation,
// by path from the git top level; a result with several moves at one place is one result.
import type { Location, Log, ReportingDescriptor, Result } from 'sarif';
import type { BaselineEntry } from './baseline';
import type { NotRead } from './not-read';
import { groupByPlace, moreMovesHere } from './same-place';
import type { Finding } from '../types';
import { UNUSED_IGNORE_WHY, type UnusedIgnore } from './unused-ignores';

const RULES: ReportingDescriptor[] = [
  {
    id: 'legacy-reference',
    name: 'LegacyReference',
    shortDescription: { text: 'A reference to a legacy module or symbol that ssot-codemod can re-point' },
    help: { text: 'Run `ssot-codemod run --apply` on the file, or record the reference in the baseline.' },
  },
  {
    id: 'legacy-reference-manual',
    name: 'LegacyReferenceManual',
    shortDescription: { text: 'A reference to a legacy module or symbol that needs a human' },
    help: { text: 'The message says why ssot-codemod cannot re-point it and what to do.' },
  },
  {
    id: 'stale-baseline',
    name: 'StaleBaseline',
    shortDescription: { text: 'A baselined legacy reference that is gone' },
    help: { text: 'Re-run `ssot-codemod check --update-baseline` and commit the baseline, so the reference cannot come back.' },
  },
  {
    id: 'not-read',
    name: 'NotRead',
    shortDescription: { text: 'A file that may name a legacy module but could not be read, so its references are not counted' },
    help: { text: 'Fix its syntax (or run check --tolerant), re-save it as UTF-8, or migrate it by hand.' },
  },
  {
    id: 'unused-ignore',
    name: 'UnusedIgnore',
    shortDescription: { text: 'An ssot-codemod-ignore comment that opts no legacy reference out (check --report-unused-ignores)' },
    help: { text: 'Remove the comment: it would hide a legacy import written on its line.' },
  },
];

export interface SarifOptions {
  version: string;
  /** check --report-unused-ignores: the ignore comments that opt nothing out. */
  unusedIgnores?: readonly UnusedIgnore[];
  /** Prepended to every path: the root's place below the git top level (`svc/`), as for GitHub annotations. */
  pathPrefix: string;
}

export function sarifLog(failing: readonly Finding[], gone: readonly BaselineEntry[], notRead: readonly NotRead[], options: SarifOptions): Log {
  const results: Result[] = [
    ...groupByPlace(failing).map(({ finding: f, moves }) => {
      const manual = f.kind === 'manual';
      const what = `${f.move}${moreMovesHere(moves)} (${f.form}${manual ? `, manual: ${f.reason ?? 'cannot be rewritten automatically'}` : ''})`;
      return {
        ...rule(manual ? 'legacy-reference-manual' : 'legacy-reference'),
        level: 'error' as const,
        message: { text: `legacy reference: ${what}` },
        locations: [location(options.pathPrefix + f.path, { startLine: f.line, startColumn: f.column })],
      };
    }),
    ...gone.map((e) => ({
      ...rule('stale-baseline'),
      level: 'error' as const,
      message: { text: `legacy reference gone from the baseline${e.count > 1 ? ` (${e.count}×)` : ''}: ${e.text} — ${e.move} (${e.form}); tighten it with check --update-baseline` },
      locations: [location(options.pathPrefix + e.path)],
    })),
    ...(options.unusedIgnores ?? []).map((u) => ({
      ...rule('unused-ignore'),
      level: 'error' as const,
      message: { text: UNUSED_IGNORE_WHY },
      locations: [location(options.pathPrefix + u.path, { startLine: u.line, startColumn: u.column })],
    })),
    ...notRead.map((n) => ({
      ...rule('not-read'),
      level: 'warning' as const,
      message: { text: `its legacy references are not counted: ${n.why}` },
      locations: [location(options.pathPrefix + n.path, n.line ? { startLine: n.line, startColumn: n.column ?? 1 } : undefined)],
    })),
  ];
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'ssot-codemod', version: options.version, rules: RULES } },
        // Paths are relative to the repository's top level, where code scanning looks for them.
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The git top level of the checked repository.' } } },
        results,
      },
    ],
  };
}

/** A result's rule, by id and by its index in the driver's rules. */
function rule(id: string): { ruleId: string; ruleIndex: number } {
  return { ruleId: id, ruleIndex: RULES.findIndex((r) => r.id === id) };
}

function location(uri: string, region?: { startLine: number; startColumn: number }): Location {
  return { physicalLocation: { artifactLocation: { uri: encodeURI(uri), uriBaseId: '%SRCROOT%' }, ...(region ? { region } : {}) } };
}
