// A computed specifier ending in a data file's extension names no module of the move.
export const messages = (locale: string) => import(`../legacy/${locale}.json`);
export const theme = (name: string) => require('../legacy/' + name + '.css');
export const manifestOf = (pkg: string) => require(`../legacy/${pkg}/package.json`);
// A module extension, or none at all, still may.
export const plugin = (name: string) => import(`../legacy/${name}.js`);
export const helper = (name: string) => import(`../legacy/${name}`);
