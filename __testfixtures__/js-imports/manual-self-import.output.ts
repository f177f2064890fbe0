// The canonical module's own import of a name moved into it stays manual where reading the
// definition instead would change what runs: an alias, `localName: keep`, a use when the module
// loads above a definition that is not hoisted, a name the module exports, the new name meaning
// something else at a use, a definition made from the name itself; and, as before, a name the module does not define.
import { aliased as al } from './errors';
import { early } from './errors';
import { listed } from './errors';
import { shadowed } from './errors';
import { kept } from './errors';
import { absent } from './errors';
import { Mode, fine } from './errors';
import { wrapped } from './errors';

export const EARLY = early();
const FIRST = Mode.A;

export function aliased() {
  return al;
}

export const earlyName = () => 1;

export function listing() {}
export { listed };

export function fresh() {}

export function user(fresh: number) {
  return shadowed(fresh);
}

export function keeper() {
  return kept;
}

export function use() {
  return absent ?? fine() ?? FIRST;
}

const memo = <T,>(f: T): T => f;
export const wrapper = memo(wrapped); // read while the definition is being made

export enum Modes {
  A,
}

export function fine() {}
