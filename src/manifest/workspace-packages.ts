// The packages of a monorepo's own workspaces (package.json `workspaces`, pnpm-workspace.yaml
// `packages`): name → repo-relative directory. A package manager links each of them into
// node_modules, but pnpm only beside the packages that depend on it, and a fresh clone not at all:
// a move whose end is `@scope/core` names this directory either way. Part of manifest loading (I/O).
import fs from 'node:fs';
import path from 'node:path';
import type picomatchType from 'picomatch';
import { readJson } from '../verify/node-resolve';
import { isFileAt } from './files-below';

/** How deep a `**` pattern is followed below its literal prefix (workspaces nest a few levels at most). */
const MAX_GLOBSTAR_DEPTH = 6;

export function readWorkspacePackages(root: string): Record<string, string> {
  const patterns = workspacePatterns(root);
  const positive = patterns.filter((p) => !p.startsWith('!')).map(normalizePattern).filter((p) => p !== '');
  if (positive.length === 0) return {};
  const picomatch = require('picomatch') as typeof picomatchType;
  const excluded = patterns.filter((p) => p.startsWith('!')).map((p) => picomatch(normalizePattern(p.slice(1))));
  const found: Record<string, string> = {};
  for (const pattern of positive) {
    const segments = pattern.split('/');
    const literal: string[] = [];
    for (const segment of segments) {
      if (picomatch.scan(segment).isGlob) break;
      literal.push(segment);
    }
    const matches = picomatch(pattern);
    const depth = segments.includes('**') ? MAX_GLOBSTAR_DEPTH : segments.length - literal.length;
    const visit = (rel: string, left: number): void => {
      if (matches(rel) && !excluded.some((e) => e(rel))) {
        const name = packageName(path.join(root, rel, 'package.json'));
        if (name !== undefined && !Object.prototype.hasOwnProperty.call(found, name)) found[name] = rel;
      }
      if (left === 0) return;
      for (const entry of subdirectories(path.join(root, rel))) visit(rel === '' ? entry : `${rel}/${entry}`, left - 1);
    };
    visit(literal.join('/'), depth);
  }
  return found;
}

/** The workspace globs of the root package.json (array or `{ packages }`) and of pnpm-workspace.yaml. */
function workspacePatterns(root: string): string[] {
  const patterns: string[] = [];
  const manifest = readJson(path.join(root, 'package.json'));
  const workspaces = manifest?.workspaces;
  const list = Array.isArray(workspaces) ? workspaces : (workspaces as { packages?: unknown } | undefined)?.packages;
  if (Array.isArray(list)) patterns.push(...list.filter((p): p is string => typeof p === 'string'));
  const pnpm = path.join(root, 'pnpm-workspace.yaml');
  if (isFileAt(pnpm)) patterns.push(...pnpmPackages(fs.readFileSync(pnpm, 'utf8')));
  return patterns;
}

/**
 * The `packages:` list of a pnpm-workspace.yaml, block (`- 'packages/*'`) or flow (`['a/*', b]`)
 * style: the one key read, so no YAML library is needed for it.
 */
export function pnpmPackages(yaml: string): string[] {
  const lines = yaml.split(/\r?\n/);
  const at = lines.findIndex((l) => /^packages\s*:/.test(l));
  if (at < 0) return [];
  const unquote = (s: string) => s.trim().replace(/^(['"])(.*)\1$/, '$2');
  const inline = /^packages\s*:\s*\[(.*)\]\s*(#.*)?$/.exec(lines[at]);
  if (inline) return inline[1].split(',').map(unquote).filter((s) => s !== '');
  const out: string[] = [];
  for (const line of lines.slice(at + 1)) {
    if (/^\s*(#.*)?$/.test(line)) continue;
    const item = /^\s+-\s+(.*?)\s*(?:#.*)?$/.exec(line);
    if (!item) break;
    out.push(unquote(item[1]));
  }
  return out;
}

function normalizePattern(pattern: string): string {
  return pattern.trim().replace(/^\.\//, '').replace(/\/+$/, '');
}

function subdirectories(dir: string): string[] {
  try {
    return fs
      .readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory() && e.name !== 'node_modules' && !e.name.startsWith('.'))
      .map((e) => e.name)
      .sort();
  } catch {
    return [];
  }
}

function packageName(file: string): string | undefined {
  const name = readJson(file)?.name;
  return typeof name === 'string' && name !== '' ? name : undefined;
}
