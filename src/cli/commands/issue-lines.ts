// The text lines of verify findings (verify, and run's gate in front of a dry run or --apply): one
// line per finding, except that findings saying the same thing are said once. A whole-module move
// whose canonical module lacks 63 public names is one api-gap line listing them; moves sharing one
// missing canonical module are one line naming every move. JSON output keeps every finding.
import type { VerifyIssue } from '../../verify/verify-plan';

/** How many missing names an api-gap line spells out before it only counts the rest. */
const NAMES_SHOWN = 10;

export function issueLines(issues: readonly VerifyIssue[]): string[] {
  const groups = new Map<string, VerifyIssue[]>();
  for (const issue of issues) {
    const key = groupKey(issue);
    const group = groups.get(key);
    if (group) group.push(issue);
    else groups.set(key, [issue]);
  }
  return [...groups.values()].map((group) => (group.length === 1 ? formatIssue(group[0]) : formatGroup(group)));
}

/** `error: code: message` / `warning: code: message`: the finding's own severity, everywhere. */
export function formatIssue(found: VerifyIssue): string {
  return `${found.severity}: ${found.code}: ${found.message}`;
}

function groupKey(issue: VerifyIssue): string {
  if (issue.code === 'api-gap') return `api-gap\0${issue.move}\0${issue.legacyFile}\0${issue.canonicalFile}`;
  const rest = withoutSource(issue);
  return rest === undefined ? `one\0${issue.source}\0${issue.message}` : `${issue.severity}\0${issue.code}\0${rest}`;
}

/** The message after its `$.… : ` prefix, when it starts with the finding's own manifest path. */
function withoutSource(issue: VerifyIssue): string | undefined {
  return issue.message.startsWith(`${issue.source}: `) ? issue.message.slice(issue.source.length + 2) : undefined;
}

function formatGroup(group: VerifyIssue[]): string {
  const first = group[0];
  if (first.code === 'api-gap') {
    const names = group.map((g) => g.symbol ?? '?');
    const shown = names.slice(0, NAMES_SHOWN).join(', ') + (names.length > NAMES_SHOWN ? `, … (${names.length - NAMES_SHOWN} more; verify --format json lists each)` : '');
    const legacy = first.move.split(' → ')[0];
    return (
      `${first.severity}: api-gap: ${first.source}: ${names.length} public names of legacy ${first.legacyFile} are not provided by canonical ${first.canonicalFile}: ${shown}; ` +
      `importers of them would break. Add a symbol move "${legacy}:<name>" for each → the module where it really lives (before this move), add them to ${first.canonicalFile}, or list those that go nowhere on purpose in the move's "dropped".`
    );
  }
  const rest = withoutSource(first);
  // Findings grouped by their whole message (it does not start with their path) say it once.
  return rest === undefined ? formatIssue(first) : `${first.severity}: ${first.code}: ${group.map((g) => g.source).join(', ')}: ${rest}`;
}
