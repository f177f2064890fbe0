// The canonical module's own import of a name moved into it, which it now defines: the name leaves
// the declaration and its uses read the definition, renamed to its name; a declaration left empty goes.
import Default, { die, other, away } from './errors';
import { sameName } from './errors';
import type { ErrorInfo } from './errors';
import { type Code, kept, Widget } from './errors';

export function check(ok: boolean): Widget {
  if (!ok) die('failed', { die });
  other(sameName(), Default, kept, away);
  return new Widget(); // above the class, but runs when called
}

export const LATER = die; // at load time, above the definition: a function declaration is hoisted
export let current: Widget | undefined; // a type never runs

export function throwError(message: string, info?: object): never {
  throw new Error(message + String(info));
}

export function sameName(): number {
  return 1;
}

export interface Failure {
  cause?: ErrorInfo;
  code: Code;
}

export enum ErrorCode {
  A,
}

export class Gadget {}
