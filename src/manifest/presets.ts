// Presets: manifests shipped in the package's presets/ directory, chosen with `--preset NAME`
// instead of `--manifest FILE`. The schema forbids extra keys, so their one-line descriptions live
// here. Used by the session loader, run and the `presets` command.
import fs from 'node:fs';
import path from 'node:path';
import { RunError, usageError } from '../errors';
import { closestMatch } from './suggest';

/** Name → one-line description; every entry has presets/<name>.json. */
export const PRESETS: Readonly<Record<string, string>> = {
  'netra-websocket-ssot':
    'netra-systems/zen at 08ff0bd4b: WebSocket manager imports onto websocket_core.websocket_manager, AgentRegistry onto agents.supervisor.agent_registry.',
};

/** The package's presets/ directory, found upwards from this file (src/ under jest, dist/src/ when built). */
export function presetsDirectory(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'presets');
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) {
      // A copied or partial installation (dist/ without presets/), not a bug in the run.
      throw new RunError('io', `ssot-codemod's presets/ directory is missing from its installation (looked upwards from ${__dirname});`, 'reinstall ssot-codemod, or pass --manifest FILE instead of --preset.');
    }
  }
}

/** Absolute path of preset `name`'s manifest; an unknown name is a usage error with a suggestion. */
export function presetFile(name: string): string {
  if (!Object.prototype.hasOwnProperty.call(PRESETS, name)) {
    const guess = closestMatch(name, Object.keys(PRESETS));
    throw usageError(`unknown preset "${name}"; ${guess ? `did you mean "${guess}"? ` : ''}see ssot-codemod presets for the list.`);
  }
  return path.join(presetsDirectory(), `${name}.json`);
}

/** The manifest a command uses: --preset, --manifest, or ssot-codemod.json in the root; both flags is a usage error. */
export function chooseManifest(options: { manifest?: string; preset?: string }, defaultFile: string): string {
  if (options.manifest !== undefined && options.preset !== undefined) {
    throw usageError('--manifest and --preset both name a manifest; pass one of them.');
  }
  if (options.preset !== undefined) return presetFile(options.preset);
  return options.manifest ?? defaultFile;
}
