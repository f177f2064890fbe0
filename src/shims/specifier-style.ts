// How a JS shim names its canonical module: the way the project spells relative imports. An ESM
// package (`"type": "module"`, TypeScript's nodenext) needs the full file name, `./errors/index.js`
// (a TS file as `.js`); Deno- or Bun-style code names `.ts` files as `.ts`; most bundled apps write
// no extension. A shim spelled the wrong way does not load (SvelteKit's ESM: `export * from
// './errors'` throws ERR_UNSUPPORTED_DIR_IMPORT), so the style is read from the legacy file, or the
// canonical one when the legacy file is gone, and its relative specifiers vote.
import path from 'node:path';
import { relativeSpecifier } from '../rewrite/js/specifier';
import { stripModuleSuffix } from '../rewrite/js/module-key';

/** bare: `./x`; runtime: the file as it runs (`./x.js` for x.ts); source: the file as written (`./x.ts`). */
export type SpecifierStyle = 'bare' | 'runtime' | 'source';

const RELATIVE = /(?:\bfrom|\bimport\s*\(|\brequire\s*\()\s*(['"])(\.\.?\/[^'"\\\r\n]*)\1/g;
const ANY_SPECIFIER = /(?:\bfrom|\bimport|\brequire)\s*\(?\s*(['"])[^'"\\\r\n]+\1/g;

/** The quote most of the text's import specifiers are written with; undefined when it has none. */
export function quoteStyleOf(text: string): "'" | '"' | undefined {
  let single = 0;
  let double = 0;
  for (const [, quote] of text.matchAll(ANY_SPECIFIER)) {
    if (quote === '"') double++;
    else single++;
  }
  return single + double === 0 ? undefined : double > single ? '"' : "'";
}

/** The style most of the text's relative specifiers use; undefined when it has none to go by. */
export function specifierStyleOf(text: string): SpecifierStyle | undefined {
  const votes: Record<SpecifierStyle, number> = { bare: 0, runtime: 0, source: 0 };
  for (const [, , specifier] of text.matchAll(RELATIVE)) {
    const ext = path.posix.extname(specifier.slice(specifier.lastIndexOf('/') + 1));
    if (ext === '') votes.bare++;
    else if (/^\.[cm]?tsx?$/.test(ext)) votes.source++;
    else if (/^\.[cm]?jsx?$/.test(ext)) votes.runtime++;
    // `./styles.css`, `./data.json`: assets name their files in every style
  }
  if (votes.bare + votes.runtime + votes.source === 0) return undefined;
  return votes.runtime > votes.bare && votes.runtime >= votes.source ? 'runtime' : votes.source > votes.bare ? 'source' : 'bare';
}

/** The specifier from `importer` to the repository file `target` in `style`. */
export function styledSpecifier(importer: string, target: string, style: SpecifierStyle): string {
  if (style === 'bare') return relativeSpecifier(importer, stripModuleSuffix(target).replace(/^\.$/, 'index')) || path.posix.basename(target);
  const file = style === 'runtime' ? target.replace(/\.([cm]?)ts$/, '.$1js').replace(/\.tsx$/, '.js') : target;
  return relativeSpecifier(importer, file);
}
