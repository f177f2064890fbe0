/// <reference path="../shared/helpers.ts" />
/// <reference path='../services/api.d.ts' />
/// <reference path="../lib/utils" />
/// <reference types="lodash-es" />
/// <reference types="../../config/app" />
/// <reference lib="es2022" />
/// <reference path="./local.d.ts" />
// TypeScript reads reference directives at the head of a file only: each names a file (`path`, from
// this file's folder) or a type package or module (`types`), so it follows the move like an import.
export const x = 1;
/// <reference path="../legacy/utils.ts" /> after a statement is a plain comment: a mention.
