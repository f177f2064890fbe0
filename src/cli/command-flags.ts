// Each command's flags, declared once with yargs' builder API by its command module: yargs runs
// these for the command it parses (and its --help), and known-flags.ts records them to read a
// well-formed command line without yargs. A command module is required only when its flags are.
import type { Argv } from 'yargs';
import type { CommandName } from './general-help';

export const DECLARE_FLAGS: Record<CommandName, (y: Argv) => Argv> = {
  run: (y) => (require('./commands/run') as typeof import('./commands/run')).declareRunCommand(y),
  scan: (y) => (require('./commands/scan') as typeof import('./commands/scan')).declareScanCommand(y),
  check: (y) => (require('./commands/check') as typeof import('./commands/check')).declareCheckCommand(y),
  verify: (y) => (require('./commands/verify') as typeof import('./commands/verify')).declareVerifyCommand(y),
  shims: (y) => (require('./commands/shims') as typeof import('./commands/shims')).declareShimsCommand(y),
  prune: (y) => (require('./commands/prune') as typeof import('./commands/prune')).declarePruneCommand(y),
  presets: (y) => y,
};
