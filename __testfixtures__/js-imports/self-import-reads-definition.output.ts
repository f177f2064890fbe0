// The canonical module's own import of a name moved into it, which it now defines: the name leaves
// the declaration and its uses read the definition, renamed to its name; a declaration left empty goes.
import Default, { other } from './errors';
import { away } from './elsewhere';
import { kept } from './errors';

export function check(ok: boolean): Gadget {
  if (!ok) throwError('failed', { die: throwError });
  other(sameName(), Default, kept, away);
  return new Gadget(); // above the class, but runs when called
}

export const LATER = throwError; // at load time, above the definition: a function declaration is hoisted
export let current: Gadget | undefined; // a type never runs

export function throwError(message: string, info?: object): never {
  throw new Error(message + String(info));
}

export function sameName(): number {
  return 1;
}

export interface Failure {
  cause?: Failure;
  code: ErrorCode;
}

export enum ErrorCode {
  A,
}

export class Gadget {}
