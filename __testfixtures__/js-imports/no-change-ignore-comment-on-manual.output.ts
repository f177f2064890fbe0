declare const name: string;
// Checked by hand and kept: these load a module by a name built at run time.
export const a = import(`../src/legacy/helpers/${name}`); // ssot-codemod-ignore
// ssot-codemod-ignore
export const b = import(`../src/legacy/helpers/${name}`);
export const c = import(`../src/legacy/helpers/${name}`);
