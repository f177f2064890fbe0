// Checks the names consumers really import from each legacy module of a whole-module move against
// what the modules provide. Two findings the manifest-only checks cannot make:
// - consumer-gap (an error): the legacy module provides the name, the canonical one does not, and
//   the name is outside the legacy module's public API (`_private`, or not in `__all__`), so the
//   API-gap check passed it; the rewrite would break these imports.
// - missing-name (a warning): neither module provides it; these imports fail today already (the
//   real repository has 27 such in 17 files) and the rewrite cannot fix them.
// - dropped-name (a warning): the manifest says the name goes nowhere (`dropped`), yet consumers
//   import it; the run leaves those imports for a human.
// Used by the verify command (not by run's gate: it reads the whole repository).
import { MODULE_OBJECT_ATTRIBUTES } from '../rewrite/python/module-attributes';
import type { Move } from '../types';
import type { ConsumerImports, ImportSite } from './consumer-imports';
import type { ModuleApi, ModuleApiReader } from './module-api';
import { issue, moduleOf, symbolMovedNames, type VerifyIssue } from './verify-plan';

export interface ConsumerReport {
  errors: VerifyIssue[];
  warnings: VerifyIssue[];
}

export function checkConsumerImports(moves: readonly Move[], imports: ConsumerImports, reader: ModuleApiReader): ConsumerReport {
  const report: ConsumerReport = { errors: [], warnings: [] };
  const symbolMoved = symbolMovedNames(moves);
  for (const move of moves) {
    const names = imports.get(move.id);
    if (!names || move.from.symbol) continue;
    const canonical = reader.api(move.language, moduleOf(move, 'to'));
    // verifyPlan reports a missing or unreadable canonical module; one outside the repository cannot be listed.
    if (!canonical || canonical.problem || canonical.external !== undefined) continue;
    const legacy = reader.api(move.language, moduleOf(move, 'from'));
    const base = { move: move.id, source: move.source, language: move.language, canonicalFile: canonical.file, ...(legacy ? { legacyFile: legacy.file } : {}) };
    for (const [name, sites] of names) {
      if (name.startsWith('./')) {
        const found = subpathIssue(reader, move, base, name.slice(2), sites);
        if (found) (found.severity === 'error' ? report.errors : report.warnings).push(found);
        continue;
      }
      if (symbolMoved.has(`${move.fromKey}:${name}`) || provides(reader, move, 'to', canonical, name)) continue;
      const where = describeSites(sites);
      if (move.dropped?.includes(name)) {
        report.warnings.push(issue('dropped-name', {
          ...base,
          symbol: name,
          sites: [...sites],
          message: `${move.source}: ${name} is listed in "dropped", yet ${where} import it from ${move.from.module}; the run leaves those imports as they are (manual findings): point them at where ${name} lives now, or delete them, by hand.`,
        }));
        continue;
      }
      // A legacy namespace package (a directory without __init__.py) has no API, only its submodules.
      const submodule = move.language === 'python' ? reader.fileOf('python', `${move.from.module}.${name}`) : undefined;
      if (legacy ? provides(reader, move, 'from', legacy, name) : submodule !== undefined) {
        if (legacy?.publicNames.includes(name)) continue; // the API-gap check already reports it
        const fix = submodule
          ? `Add a move "${move.from.module}.${name}" → the module that replaces ${submodule}, or add ${name} to the canonical package ${move.to.module}.`
          : `Add a symbol move "${move.from.module}:${name}" → the module where ${name} lives, or add ${name} to ${canonical.file}.`;
        report.errors.push(issue('consumer-gap', {
          ...base,
          symbol: name,
          sites: [...sites],
          message: `${move.source}: ${name} is imported from legacy ${submodule ?? legacy?.file} by ${where}, but canonical ${canonical.file} does not provide it (it is outside the legacy module's public API, so the API check let it pass); the rewrite would break these imports. ${fix}`,
        }));
      } else {
        report.warnings.push(issue('missing-name', {
          ...base,
          symbol: name,
          sites: [...sites],
          message: `${move.source}: ${name} is imported from ${move.from.module} by ${where}, but neither ${legacy?.file ?? `${move.from.module} (no such file)`} nor ${canonical.file} provides it; these imports already fail and still will after the rewrite: fix them by hand.`,
        }));
      }
    }
  }
  return report;
}

/**
 * A JS module below a moved one (`@/old/sub`), which the run re-points below the target
 * (`@/new/sub`): fine when the target has it; when the target is a repository module without it
 * (the run's manual finding), an error if the legacy side has it, a warning if neither has.
 * A target outside the repository is not listed (the run rewrites such subpaths unchecked too).
 */
function subpathIssue(reader: ModuleApiReader, move: Move, base: Omit<VerifyIssue, 'severity' | 'code' | 'message'>, rest: string, sites: readonly ImportSite[]): VerifyIssue | undefined {
  if (!move.toKey.startsWith('file:') || reader.fileOf('javascript', `${move.toKey}/${rest}`) !== undefined) return undefined;
  const legacyFile = reader.fileOf('javascript', `${move.fromKey}/${rest}`);
  const where = describeSites(sites);
  const written = `${move.from.module}/${rest}`;
  const fields = { ...base, symbol: `./${rest}`, sites: [...sites] };
  if (legacyFile === undefined) {
    return issue('missing-name', {
      ...fields,
      message: `${move.source}: ${written} is imported by ${where}, but neither ${move.from.module} nor ${move.to.module} has a module ${rest}; these imports already fail and still will after the rewrite: fix them by hand.`,
    });
  }
  return issue('consumer-gap', {
    ...fields,
    message: `${move.source}: ${written} (${legacyFile}) is imported by ${where}, but ${move.to.module} has no module ${rest}, so the run leaves these imports for a human (manual findings). Add a move "${written}" → the module that replaces ${legacyFile}, or add ${rest} below ${move.to.module}.`,
  });
}

/** Whether a module (or, for Python, a submodule of that name) can serve `name`; unknowable counts as yes. */
function provides(reader: ModuleApiReader, move: Move, end: 'from' | 'to', api: ModuleApi, name: string): boolean {
  if (api.problem !== undefined || api.open === true || api.provided.has(name)) return true;
  if (move.language === 'python' && MODULE_OBJECT_ATTRIBUTES.has(name)) return true;
  return move.language === 'python' && reader.fileOf('python', `${moduleOf(move, end)}.${name}`) !== undefined;
}

function describeSites(sites: readonly ImportSite[]): string {
  const files = new Set(sites.map((s) => s.path)).size;
  const shown = sites.slice(0, 3).map((s) => `${s.path}:${s.line}`).join(', ');
  const more = sites.length > 3 ? `, … (${sites.length} imports in all)` : '';
  return `${files} ${files === 1 ? 'file' : 'files'} (${shown}${more})`;
}
