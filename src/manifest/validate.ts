// Validates a parsed manifest: first its shape against manifest.schema.json (the same file
// editors use for autocompletion), then the rules a schema cannot say (from = to, duplicates).
// Every problem becomes one RunError naming the JSON path and the fix.
import type { ErrorObject, ValidateFunction } from 'ajv';
import { manifestError, type RunError } from '../errors';
import type { Manifest } from './manifest';
import generatedValidator from './manifest-validator';
import { closestMatch } from './suggest';
import { packageHint } from './python-file-ends';

// The schema compiled ahead of time (scripts/generate-manifest-validator.ts), with Ajv's verbose
// errors: they carry their parentSchema, the only reliable way to name the allowed keys inside a $ref
// (a $ref'd error's schemaPath is relative to the definition, e.g. `#/additionalProperties`).
const validateShape = generatedValidator as unknown as ValidateFunction;

export function validateManifest(value: unknown, file: string): Manifest {
  if (!validateShape(value)) {
    throw explainSchemaError(pickError(validateShape.errors ?? []), file);
  }
  const manifest = value as Manifest;
  for (const language of ['python', 'javascript'] as const) {
    const moves = manifest[language]?.moves ?? [];
    const seen = new Map<string, number>();
    moves.forEach((move, index) => {
      const at = `$.${language}.moves[${index}]`;
      if (move.from === move.to) {
        throw manifestError(`${file}: ${at} moves "${move.from}" onto itself${language === 'python' ? packageHint(move.from, manifest.python?.roots?.[0]) : ''}; remove the move or give it a different "to".`);
      }
      const earlier = seen.get(move.from);
      if (earlier !== undefined) {
        throw manifestError(
          `${file}: ${at}.from "${move.from}" is already moved by $.${language}.moves[${earlier}]; keep one move per legacy module or symbol.`,
        );
      }
      seen.set(move.from, index);
    });
  }
  return manifest;
}

/** The most specific error: unknown keys and bad values before the generic anyOf/required noise. */
function pickError(errors: ErrorObject[]): ErrorObject {
  const rank = (e: ErrorObject) =>
    e.keyword === 'additionalProperties' ? 0 : e.keyword === 'pattern' || e.keyword === 'type' ? 1 : e.keyword === 'anyOf' ? 3 : 2;
  return [...errors].sort((a, b) => rank(a) - rank(b) || b.instancePath.length - a.instancePath.length)[0];
}

function jsonPath(instancePath: string): string {
  if (!instancePath) return '$';
  return '$' + instancePath.split('/').slice(1).map((part) => (/^\d+$/.test(part) ? `[${part}]` : `.${part}`)).join('');
}

function explainSchemaError(error: ErrorObject, file: string): RunError {
  const at = jsonPath(error.instancePath);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const allowed = allowedKeys(error);
      const guess = closestMatch(key, allowed);
      const hint = guess ? `did you mean "${guess}"?` : `allowed keys: ${allowed.join(', ')}.`;
      return manifestError(`${file}: unknown key "${key}" at ${at}; ${hint}`);
    }
    case 'required':
      if (error.schemaPath.startsWith('#/anyOf')) {
        return manifestError(`${file}: ${at} has neither "python" nor "javascript"; add at least one section with "moves".`);
      }
      return manifestError(`${file}: ${at} is missing "${String(params.missingProperty)}"; add it (see manifest.schema.json).`);
    case 'anyOf':
      return manifestError(`${file}: ${at} has neither "python" nor "javascript"; add at least one section with "moves".`);
    case 'minItems':
      return manifestError(`${file}: ${at} is empty; list at least one entry (a move is {"from": "legacy", "to": "canonical"}).`);
    case 'pattern':
      return manifestError(
        at.includes('.python.')
          ? `${file}: ${at} is not a dotted module path; write "pkg.module" or "pkg.module:Symbol".`
          : `${file}: ${at} is not a module specifier; write "@/x/y", "pkg/sub" or "./repo/path.ts", optionally with ":Symbol".`,
      );
    case 'type':
      return manifestError(`${file}: ${at} must be ${String(params.type)}; fix its value.`);
    case 'enum':
      return manifestError(`${file}: ${at} must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}; fix its value.`);
    default:
      return manifestError(`${file}: ${at} ${error.message ?? 'is invalid'}.`);
  }
}

/** The property names the schema allows at the failing object. */
function allowedKeys(error: ErrorObject): string[] {
  return Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
}
