// The manifest as written by users (ssot-codemod.json), after schema validation.
// See manifest.schema.json at the package root for the documented contract.

export interface ManifestMove {
  from: string;
  to: string;
  note?: string;
}

export interface Manifest {
  exclude?: string[];
  python?: { roots?: string[]; exclude?: string[]; interpreter?: string; moves: ManifestMove[] };
  javascript?: { tsconfig?: string; exclude?: string[]; moves: ManifestMove[] };
}
