// --shard K/N: a deterministic, disjoint partition of a run's files, so N CI machines can each
// take one part (their patches combined equal the unsharded patch). A file's shard depends only on
// its repo-relative path (FNV-1a, 32-bit), never on the file set, the machine or the order of discovery.
import { usageError } from '../errors';

/** Shard `index` (1-based) of `count`. */
export interface Shard {
  index: number;
  count: number;
}

/** `2/4` → { index: 2, count: 4 }; anything else is a usage error naming the flag. */
export function parseShard(text: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!match || count < 1 || index < 1 || index > count) {
    throw usageError(`--shard "${text}" is not K/N with 1 ≤ K ≤ N (e.g. --shard 2/4 for the second of four parts).`);
  }
  return { index, count };
}

/** FNV-1a over the UTF-8 bytes of `text`, as an unsigned 32-bit integer. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(text, 'utf8')) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** Whether a repo-relative path (`/` separators) belongs to the shard. */
export function inShard(relPath: string, shard: Shard): boolean {
  return fnv1a(relPath) % shard.count === shard.index - 1;
}
