// Generates one synthetic Python module for scripts/make-corpus.ts: a docstring, imports,
// classes, dataclasses, functions and (under tests/) pytest tests, sized to a target line count.
// Only files chosen as legacy get references to the legacy modules (see python-legacy.ts).
import type { Rng } from './prng';
import { ADJECTIVES, COMMENTS, NOUNS, SENTENCES, VERBS, capitalize } from './vocabulary';
import { pythonLegacyForms, type PythonInsert } from './python-legacy';

export interface PythonFileSpec {
  /** Repo-relative path (`app/billing/api/load_order_12.py`). */
  path: string;
  /** Target length in lines (the result is within a block of it). */
  lines: number;
  legacy: boolean;
  isTest: boolean;
  /** Dotted modules of other generated files this one may import (unrelated to the migration). */
  siblings: readonly string[];
}

const STDLIB = ['re', 'time', 'uuid', 'hashlib', 'itertools', 'functools', 'collections', 'datetime', 'pathlib', 'enum'];
const KINDS = ['Service', 'Store', 'Handler', 'Builder', 'Policy', 'Client', 'Worker', 'Tracker', 'Planner'];

export function pythonSource(spec: PythonFileSpec, rng: Rng): string {
  const legacy: PythonInsert = spec.legacy ? pythonLegacyForms(spec, rng) : { header: [], blocks: [] };
  const out: string[] = header(spec, rng);
  out.push(...legacy.header, '', `logger = logging.getLogger(__name__)`, '');
  out.push(`${rng.pick(NOUNS).toUpperCase()}_LIMIT = ${rng.int(10, 500)}`, '');
  const inserts = [...legacy.blocks];
  while (out.length < spec.lines || inserts.length > 0) {
    const block =
      inserts.length > 0 && (out.length >= spec.lines || rng.chance(0.3)) ? inserts.shift()! : spec.isTest ? testBlock(rng) : moduleBlock(rng);
    out.push('', ...block, '');
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n\n') + '\n';
}

function header(spec: PythonFileSpec, rng: Rng): string[] {
  const lines = [`"""${capitalize(rng.pick(NOUNS))} ${rng.pick(VERBS)} helpers: ${rng.pick(SENTENCES)}`, '', rng.pick(SENTENCES), '"""'];
  lines.push('from __future__ import annotations', '', 'import asyncio', 'import dataclasses', 'import json', 'import logging', 'import os');
  for (const extra of new Set([rng.pick(STDLIB), rng.pick(STDLIB)])) lines.push(`import ${extra}`);
  lines.push('from typing import Any, Optional');
  if (spec.isTest) lines.push('from unittest import mock', '', 'import pytest');
  lines.push('');
  const count = Math.min(spec.siblings.length, rng.int(0, 3));
  for (let i = 0; i < count; i++) {
    lines.push(`from ${rng.pick(spec.siblings)} import ${capitalize(rng.pick(NOUNS))}${rng.pick(KINDS)}`);
  }
  return lines;
}

function moduleBlock(rng: Rng): string[] {
  return rng.weighted<() => string[]>([
    [() => classBlock(rng), 4],
    [() => functionBlock(rng, '', false), 4],
    [() => dataclassBlock(rng), 1],
    [() => constantBlock(rng), 1],
  ])();
}

function docstring(rng: Rng, indent: string): string[] {
  if (rng.chance(0.6)) return [`${indent}"""${rng.pick(SENTENCES)}"""`];
  const arg = rng.pick(NOUNS);
  return [`${indent}"""${rng.pick(SENTENCES)}`, '', `${indent}Args:`, `${indent}    ${arg}_id: the ${arg} to ${rng.pick(VERBS)}.`, '', `${indent}Returns:`, `${indent}    A summary dict.`, `${indent}"""`];
}

function statement(rng: Rng, i: string, noun: string): string[] {
  const adj = rng.pick(ADJECTIVES);
  const verb = rng.pick(VERBS);
  switch (rng.int(0, 10)) {
    case 0: return [`${i}# ${rng.pick(COMMENTS)}`];
    case 1: return [`${i}items = list(items or [])`];
    case 2: return [`${i}for index, entry in enumerate(items):`, `${i}    if entry.get("${noun}") == ${noun}_id:`, `${i}        result["${noun}_index"] = index`, `${i}        break`];
    case 3: return [`${i}try:`, `${i}    result["${verb}"] = json.dumps(items, sort_keys=True)`, `${i}except (TypeError, ValueError) as exc:`, `${i}    logger.warning("could not ${verb} %s: %s", ${noun}_id, exc)`];
    case 4: return [`${i}if not items:`, `${i}    logger.debug("no ${noun} entries for %s", ${noun}_id)`, `${i}    return result`];
    case 5: return [`${i}total = sum(int(entry.get("${rng.pick(NOUNS)}_count", 0)) for entry in items)`, `${i}result["total"] = total`];
    case 6: return [`${i}message = f"${verb} ${noun} {${noun}_id} with {len(items)} entries"`, `${i}logger.info(message)`];
    case 7: return [`${i}lookup = {"${adj}": ${rng.int(0, 99)}, "${rng.pick(ADJECTIVES)}": ${rng.int(0, 99)}, "default": 0}`, `${i}result["weight"] = lookup.get(str(result.get("status")), 0)`];
    case 8: return [`${i}matches = [entry for entry in items if entry.get("${adj}")]`, `${i}result["matches"] = len(matches)`];
    case 9: return [`${i}query = (`, `${i}    "SELECT id, ${noun}_id, status FROM ${noun}s "`, `${i}    "WHERE tenant_id = %s AND status = '${adj}'"`, `${i})`, `${i}result["query"] = query`];
    default: return [`${i}path = os.path.join(os.getcwd(), "${noun}s", f"{${noun}_id}.json")`, `${i}result["path"] = path`];
  }
}

function functionBlock(rng: Rng, indent: string, method: boolean): string[] {
  const noun = rng.pick(NOUNS);
  const isAsync = rng.chance(0.25);
  const self = method ? 'self, ' : '';
  const lines = [`${indent}${isAsync ? 'async ' : ''}def ${method && rng.chance(0.2) ? '_' : ''}${rng.pick(VERBS)}_${noun}(${self}${noun}_id: str, items: Optional[list[dict[str, Any]]] = None) -> dict[str, Any]:`];
  lines.push(...docstring(rng, indent + '    '));
  const i = indent + '    ';
  lines.push(`${i}items = items or []`, `${i}result: dict[str, Any] = {"id": ${noun}_id, "status": "${rng.pick(ADJECTIVES)}"}`);
  if (isAsync) lines.push(`${i}await asyncio.sleep(0)`);
  const count = rng.int(1, 6);
  for (let k = 0; k < count; k++) lines.push(...statement(rng, i, noun));
  lines.push(`${i}return result`);
  return lines;
}

function classBlock(rng: Rng): string[] {
  const name = `${capitalize(rng.pick(ADJECTIVES))}${capitalize(rng.pick(NOUNS))}${rng.pick(KINDS)}`;
  const lines = [`class ${name}:`, ...docstring(rng, '    '), '', `    default_limit = ${rng.int(5, 200)}`, ''];
  lines.push('    def __init__(self, name: str, limit: Optional[int] = None) -> None:', '        self.name = name', '        self.limit = limit or self.default_limit', '        self._seen: dict[str, int] = {}', '');
  const methods = rng.int(1, 6);
  for (let k = 0; k < methods; k++) lines.push(...functionBlock(rng, '    ', true), '');
  if (rng.chance(0.5)) lines.push('    @property', '    def size(self) -> int:', '        return len(self._seen)', '');
  if (rng.chance(0.3)) lines.push('    def __repr__(self) -> str:', `        return f"${name}(name={self.name!r}, limit={self.limit})"`, '');
  lines.pop();
  return lines;
}

function dataclassBlock(rng: Rng): string[] {
  const noun = rng.pick(NOUNS);
  return [
    '@dataclasses.dataclass(frozen=True)',
    `class ${capitalize(noun)}${capitalize(rng.pick(NOUNS))}Record:`,
    `    """${rng.pick(SENTENCES)}"""`,
    '',
    `    ${noun}_id: str`,
    `    status: str = "${rng.pick(ADJECTIVES)}"`,
    `    count: int = ${rng.int(0, 9)}`,
    '    tags: tuple[str, ...] = ()',
  ];
}

function constantBlock(rng: Rng): string[] {
  const lines = [`${rng.pick(ADJECTIVES).toUpperCase()}_${rng.pick(NOUNS).toUpperCase()}_DEFAULTS: dict[str, Any] = {`];
  const count = rng.int(2, 8);
  for (let k = 0; k < count; k++) lines.push(`    "${rng.pick(NOUNS)}_${rng.pick(ADJECTIVES)}": ${rng.chance(0.5) ? rng.int(0, 1000) : `"${rng.pick(VERBS)}"`},`);
  lines.push('}');
  return lines;
}

function testBlock(rng: Rng): string[] {
  const noun = rng.pick(NOUNS);
  const verb = rng.pick(VERBS);
  const adj = rng.pick(ADJECTIVES);
  if (rng.chance(0.3)) {
    return ['@pytest.mark.asyncio', `async def test_${verb}_${noun}_is_${adj}():`, `    """${rng.pick(SENTENCES)}"""`, '    await asyncio.sleep(0)', `    payload = {"${noun}": "${adj}", "count": ${rng.int(1, 9)}}`, `    assert payload["${noun}"] == "${adj}"`];
  }
  const lines = [`class Test${capitalize(verb)}${capitalize(noun)}:`, `    """${rng.pick(SENTENCES)}"""`, ''];
  const tests = rng.int(1, 4);
  for (let k = 0; k < tests; k++) {
    const other = rng.pick(NOUNS);
    lines.push(`    def test_${verb}_${other}_${k}(self):`, `        items = [{"${other}": "a", "${adj}": True}, {"${other}": "b"}]`, `        # ${rng.pick(COMMENTS)}`, '        assert len(items) == 2', `        assert items[0]["${other}"] == "a"`, '');
  }
  lines.pop();
  return lines;
}
