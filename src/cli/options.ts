// Small parsers for flag values that yargs leaves as strings (sizes), shared by commands.
import { usageError } from '../errors';

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 };

/** `2mb`, `500k`, `1048576` → bytes; anything else is a usage error naming the flag. */
export function parseSize(text: string, flag: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(text);
  const unit = match ? UNITS[match[2].toLowerCase()] : undefined;
  if (!match || unit === undefined) {
    throw usageError(`${flag} "${text}" is not a size; write a number of bytes or one with a unit, e.g. 500k or 2mb.`);
  }
  return Math.floor(Number(match[1]) * unit);
}
