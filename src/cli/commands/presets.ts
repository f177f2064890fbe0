// `ssot-codemod presets`: lists the manifests shipped in the package (name and one line each),
// to be used with `--preset NAME` on run, scan, check, verify, shims and prune.
import { PRESETS } from '../../manifest/presets';
import type { TextOutput } from '../../sinks/text-output';

export function presetsCommand(deps: { stdout: TextOutput }): number {
  const names = Object.keys(PRESETS).sort();
  const width = Math.max(...names.map((n) => n.length));
  for (const name of names) deps.stdout.write(`${name.padEnd(width)}  ${PRESETS[name]}\n`);
  return 0;
}
