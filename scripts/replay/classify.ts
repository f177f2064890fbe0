// Assigns each mismatch of a replay one class from its hints, for the report (format-report.ts)
// and docs/replay.md. The first matching rule wins: a file the team broke is the team's slip even
// when our output differs too. `unclassified` is what a human still has to read.
import type { FileOutcome } from './replay-commit';

export interface MismatchClass {
  id: string;
  /** Who the difference is on: the team's commit, the tool, the manifest's scope, neither (equivalent), or not known. */
  side: 'team' | 'tool' | 'manifest' | 'neither' | 'unknown';
  label: string;
  matches(hints: readonly string[]): boolean;
}

const has = (prefix: string) => (hints: readonly string[]) => hints.some((h) => h === prefix || h.startsWith(`${prefix}:`));

/** In precedence order. */
export const CLASSES: readonly MismatchClass[] = [
  { id: 'team-broke-syntax', side: 'team', label: "team's version does not parse", matches: has('theirs-unparseable') },
  { id: 'team-self-import', side: 'team', label: 'team made a module import from itself', matches: has('theirs-self-import') },
  { id: 'team-unknown-name', side: 'team', label: 'team imports a name the module does not define', matches: (h) => has('theirs-unknown-name')(h) || has('theirs-unknown-module')(h) },
  {
    id: 'team-api-gap',
    side: 'team',
    label: 'team re-pointed a use of a name the canonical module does not export, before or after the commit (verify: api-gap); the tool leaves it, manual',
    matches: has('theirs-api-gap'),
  },
  { id: 'manifest-unknown-name', side: 'manifest', label: 'the whole-module move sends a name the target lacks (verify would say so)', matches: (h) => has('ours-unknown-name')(h) || has('ours-unknown-module')(h) },
  { id: 'team-dangling-uses', side: 'team', label: 'team renamed the import, not the uses', matches: has('theirs-dangling') },
  {
    id: 'team-dangling-after-import',
    side: 'team',
    label: 'team renamed the import, not the fallback assignment and the uses: the old name is unbound when the import succeeds',
    matches: has('theirs-dangling-after-import'),
  },
  { id: 'team-statement-left', side: 'team', label: 'team left a statement on the legacy module', matches: (h) => has('theirs-legacy-left')(h) && !has('ours-legacy-left')(h) },
  {
    id: 'same-local-name',
    side: 'neither',
    label: "both keep the old local name: ours 'New as Old', theirs 'Old' from the new module",
    matches: (h) => h.some((x) => x.startsWith('ours-kept-alias:')) && has('theirs-kept-name')(h),
  },
  { id: 'team-rename-not-applied', side: 'team', label: 'team kept the old name where its mapping renames it', matches: has('theirs-kept-name') },
  { id: 'team-imported-twice', side: 'neither', label: 'the team keeps importing one name twice, the tool reuses one import (rename rule 3): both run', matches: (h) => h.some((x) => x.startsWith('theirs-imported-twice:')) && !has('ours-legacy-left')(h) },
  {
    id: 'name-missing-before',
    side: 'neither',
    label: 'neither module exported the name at the parent (the import was broken already): the team re-pointed it, the tool leaves it with a manual finding',
    matches: has('ours-name-missing-before'),
  },
  {
    id: 'target-lacked-name',
    side: 'neither',
    label: 'the canonical module lacked the name before the commit (the team added it there in the same commit): the tool reports it manual',
    matches: has('ours-target-lacked-name'),
  },
  {
    id: 'team-moved-unmapped',
    side: 'manifest',
    label: 'the team also moved imports of modules this mapping does not name (a wider commit)',
    matches: (h) => has('theirs-moved-unmapped')(h) && !has('ours-legacy-left')(h) && !has('theirs-legacy-left')(h),
  },
  {
    id: 'tool-mock-clash',
    side: 'tool',
    label: 'tool left a legacy module mock that would mock its target a second time (manual finding); the team merged the two mocks',
    matches: has('ours-mock-clash'),
  },
  { id: 'tool-refused', side: 'tool', label: 'tool left the statement, with a finding (self-import, shim)', matches: has('ours-legacy-left') },
  { id: 'tool-kept-alias', side: 'tool', label: "tool kept the old local name ('New as Old') under the rename policy", matches: has('ours-kept-alias') },
  { id: 'tool-keep-not-applied', side: 'tool', label: "tool renamed where the manifest says localName 'keep'", matches: has('keep-not-applied') },
  { id: 'unclassified', side: 'unknown', label: 'no rule matched: read the diff', matches: () => true },
];

export function classify(file: FileOutcome): MismatchClass {
  return CLASSES.find((c) => c.matches(file.hints))!;
}

/** Mismatch counts by class id, in precedence order, zeros left out. */
export function countClasses(files: readonly FileOutcome[]): Array<[MismatchClass, number]> {
  const mismatches = files.filter((f) => f.category === 'mismatch');
  return CLASSES.map((c): [MismatchClass, number] => [c, mismatches.filter((f) => classify(f) === c).length]).filter(([, n]) => n > 0);
}
