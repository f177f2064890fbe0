// Entry points in packaging metadata, which the rewriters do not read: pyproject.toml's
// [project.scripts], [project.gui-scripts], [project.entry-points.*], [tool.poetry.scripts] and
// [tool.poetry.plugins.*], and setup.cfg's [options.entry_points]. A spec naming a legacy module
// (`tool = "pkg.command:main"`) installs a console script or plugin that no longer imports once the
// module moves: each is an `entry-point` warning with its file, line and new spelling. (setup.py's
// entry points are Python strings: the run rewrites those, rewrite/python/entry-point-strings.ts.)
import fs from 'node:fs';
import path from 'node:path';
import type { MigrationPlan, Move } from '../types';

/** One entry point naming a legacy module: the move it follows, where it is, and what to write instead. */
export interface StaleEntryPoint {
  move: Move;
  message: string;
  site: { path: string; line: number };
}

const PYPROJECT_SECTION = /^\[\s*(?:project\.(?:scripts|gui-scripts|entry-points\.[^\]]+)|tool\.poetry\.(?:scripts|plugins\.[^\]]+))\s*\]\s*(?:#.*)?$/;
const SETUP_CFG_SECTION = /^\[\s*options\.entry_points\s*\]\s*$/;

export function staleEntryPoints(plan: MigrationPlan, root: string): StaleEntryPoint[] {
  const moves = plan.python?.moves ?? [];
  if (moves.length === 0) return [];
  // Required here: a run without Python moves (a JS-only one) loads nothing of the Python side.
  const { moveIndexOf } = require('../rewrite/python/move-index') as typeof import('../rewrite/python/move-index');
  const { retargetSpec } = require('../rewrite/python/entry-point-strings') as typeof import('../rewrite/python/entry-point-strings');
  const index = moveIndexOf(moves);
  const dirs = [...new Set(['.', ...(plan.python?.roots ?? [])])];
  const found: StaleEntryPoint[] = [];
  for (const dir of dirs) {
    for (const [name, section, valueOf] of [
      ['pyproject.toml', PYPROJECT_SECTION, tomlString],
      ['setup.cfg', SETUP_CFG_SECTION, cfgValue],
    ] as const) {
      const rel = path.posix.join(dir, name);
      let text: string;
      try {
        text = fs.readFileSync(path.join(root, rel), 'utf8');
      } catch {
        continue;
      }
      let inside = false;
      text.split(/\r?\n/).forEach((line, i) => {
        if (/^\s*\[/.test(line)) inside = section.test(line.trim());
        if (!inside) return;
        const value = valueOf(line);
        const spec = value === undefined ? undefined : retargetSpec(index, value.trim(), true);
        if (!spec) return;
        const message = `${rel}:${i + 1}: the entry point ${spec.written}${spec.extras ? ` ${spec.extras}` : ''} names a legacy module, so what it installs would no longer import; change it to ${spec.now} (the run rewrites Python and JS sources only).`;
        found.push({ move: spec.move, message, site: { path: rel, line: i + 1 } });
      });
    }
  }
  return found;
}

/** The quoted string a TOML `key = "value"` line assigns, or its inline table's `reference` (poetry's `{ reference = "…", type = "console" }`). */
function tomlString(line: string): string | undefined {
  const m = /^\s*(?:"[^"]*"|'[^']*'|[\w.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|\{.*?\breference\s*=\s*(?:"([^"]*)"|'([^']*)').*\})\s*(?:#.*)?$/.exec(line);
  return m?.slice(1).find((v) => v !== undefined);
}

/** What an INI `name = value` line (an entry of [options.entry_points]) assigns. */
function cfgValue(line: string): string | undefined {
  const m = /^\s*[^=#;\s][^=]*=\s*(.+?)\s*$/.exec(line);
  return m?.[1];
}
