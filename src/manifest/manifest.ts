// The manifest as written by users (ssot-codemod.json), after schema validation.
// See manifest.schema.json at the package root for the documented contract.

import type { LocalNameMode, PythonVersion } from '../types';

export interface ManifestMove {
  from: string;
  to: string;
  note?: string;
  localName?: LocalNameMode;
  /** Whole-module moves: public names of the legacy module that deliberately go nowhere. */
  dropped?: string[];
}

export interface Manifest {
  exclude?: string[];
  python?: { roots?: string[]; exclude?: string[]; interpreter?: string; version?: PythonVersion; localName?: LocalNameMode; moves: ManifestMove[] };
  javascript?: { tsconfig?: string; exclude?: string[]; localName?: LocalNameMode; moves: ManifestMove[] };
}
