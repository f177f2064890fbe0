// Generates one synthetic TS/TSX module for scripts/make-corpus.ts: imports through the `@/`
// alias and from packages, interfaces, functions, classes, React components and jest tests,
// sized to a target line count. Legacy references come only from typescript-legacy.ts.
import type { Rng } from './prng';
import { typescriptLegacyForms, type TypescriptInsert } from './typescript-legacy';
import { ADJECTIVES, COMMENTS, DOMAINS, NOUNS, SENTENCES, VERBS, capitalize } from './vocabulary';

export type TypescriptKind = 'component' | 'service' | 'hook' | 'util' | 'test';

export interface TypescriptFileSpec {
  /** Repo-relative path under web/ (`web/components/billing/OrderPanel12.tsx`). */
  path: string;
  kind: TypescriptKind;
  lines: number;
  legacy: boolean;
}

/** Hands out top-level names unique within one file (ES modules reject duplicate declarations). */
class Namer {
  private readonly used = new Set<string>();

  name(base: string): string {
    let name = base;
    for (let k = 2; this.used.has(name); k++) name = `${base}${k}`;
    this.used.add(name);
    return name;
  }
}

export function typescriptSource(spec: TypescriptFileSpec, rng: Rng): string {
  const legacy: TypescriptInsert = spec.legacy ? typescriptLegacyForms(spec, rng) : { header: [], blocks: [] };
  const namer = new Namer();
  const out = [`// ${capitalize(rng.pick(DOMAINS))}: ${rng.pick(SENTENCES)}`, ...imports(spec, rng, namer), ...legacy.header, ''];
  const inserts = [...legacy.blocks];
  while (out.length < spec.lines || inserts.length > 0) {
    const block = inserts.length > 0 && (out.length >= spec.lines || rng.chance(0.3)) ? inserts.shift()! : nextBlock(spec.kind, rng, namer);
    out.push(...block, '');
  }
  return out.join('\n');
}

function imports(spec: TypescriptFileSpec, rng: Rng, namer: Namer): string[] {
  const lines: string[] = [];
  if (spec.kind === 'component' || spec.kind === 'hook') lines.push(`import { useCallback, useEffect, useMemo, useState } from 'react';`);
  if (spec.kind === 'component' && rng.chance(0.5)) lines.push(`import clsx from 'clsx';`);
  const count = rng.int(0, 3);
  for (let k = 0; k < count; k++) {
    const noun = rng.pick(NOUNS);
    lines.push(
      rng.chance(0.5)
        ? `import { ${namer.name(`${rng.pick(VERBS)}${capitalize(noun)}`)} } from '@/utils/${rng.pick(DOMAINS)}/${noun}Format';`
        : `import type { ${namer.name(`${capitalize(noun)}Record`)} } from '@/types/${rng.pick(DOMAINS)}';`,
    );
  }
  if (spec.kind === 'service' && rng.chance(0.4)) lines.push(`import axios from 'axios';`);
  return lines;
}

function nextBlock(kind: TypescriptKind, rng: Rng, namer: Namer): string[] {
  if (kind === 'test') return testBlock(rng);
  if (kind === 'component' && rng.chance(0.35)) return componentBlock(rng, namer);
  return rng.weighted<() => string[]>([
    [() => interfaceBlock(rng, namer.name(`${capitalize(rng.pick(ADJECTIVES))}${capitalize(rng.pick(NOUNS))}Options`)), 2],
    [() => functionBlock(rng, namer), 3],
    [() => arrowBlock(rng, namer), 2],
    [() => classBlock(rng, namer), 2],
    [() => [`export type ${namer.name(`${capitalize(rng.pick(NOUNS))}State`)} = '${rng.pick(ADJECTIVES)}' | '${rng.pick(ADJECTIVES)}' | 'unknown';`], 1],
  ])();
}

function interfaceBlock(rng: Rng, name: string): string[] {
  const noun = rng.pick(NOUNS);
  return [
    `export interface ${name} {`,
    `  /** ${rng.pick(SENTENCES)} */`,
    `  ${noun}Id: string;`,
    `  status?: '${rng.pick(ADJECTIVES)}' | '${rng.pick(ADJECTIVES)}';`,
    '  items: ReadonlyArray<{ id: string; count: number }>;',
    `  on${capitalize(rng.pick(VERBS))}?: (id: string) => void;`,
    '}',
  ];
}

function functionBlock(rng: Rng, namer: Namer): string[] {
  const name = namer.name(`${rng.pick(VERBS)}${capitalize(rng.pick(NOUNS))}`);
  return [
    `/** ${rng.pick(SENTENCES)} */`,
    `export function ${name}(items: ReadonlyArray<{ id: string; count: number }>, limit = ${rng.int(1, 500)}): number {`,
    `  // ${rng.pick(COMMENTS)}`,
    '  let total = 0;',
    '  for (const item of items) {',
    '    if (total >= limit) break;',
    '    total += item.count;',
    '  }',
    ...(rng.chance(0.4) ? ['  if (total === 0) {', `    console.warn('no ${rng.pick(NOUNS)} counted');`, '  }'] : []),
    '  return total;',
    '}',
  ];
}

function arrowBlock(rng: Rng, namer: Namer): string[] {
  const noun = rng.pick(NOUNS);
  return [
    `export const ${namer.name(`${rng.pick(VERBS)}${capitalize(noun)}Label`)} = (value: string, fallback = '${rng.pick(ADJECTIVES)}'): string =>`,
    `  value.trim().length > 0 ? \`\${value} (${noun})\` : fallback;`,
  ];
}

function classBlock(rng: Rng, namer: Namer): string[] {
  const noun = rng.pick(NOUNS);
  const lines = [`export class ${namer.name(`${capitalize(rng.pick(ADJECTIVES))}${capitalize(noun)}Client`)} {`, '  private readonly cache = new Map<string, number>();', '', '  constructor(private readonly baseUrl: string) {}'];
  const methods = rng.int(1, 3);
  for (let k = 0; k < methods; k++) {
    lines.push(
      '',
      `  /** ${rng.pick(SENTENCES)} */`,
      `  async ${rng.pick(VERBS)}${capitalize(rng.pick(NOUNS))}${k}(id: string): Promise<number | undefined> {`,
      '    if (this.cache.has(id)) return this.cache.get(id);',
      `    const response = await fetch(\`\${this.baseUrl}/${noun}s/\${id}\`);`,
      '    const body = (await response.json()) as { count?: number };',
      '    this.cache.set(id, body.count ?? 0);',
      '    return body.count;',
      '  }',
    );
  }
  lines.push('}');
  return lines;
}

function componentBlock(rng: Rng, namer: Namer): string[] {
  const noun = rng.pick(NOUNS);
  const verb = capitalize(rng.pick(VERBS));
  const props = namer.name(`${capitalize(noun)}${verb}Props`);
  const component = namer.name(`${capitalize(noun)}${verb}Panel`);
  return [
    `export interface ${props} {`,
    `  ${noun}Id: string;`,
    '  items: ReadonlyArray<{ id: string; count: number }>;',
    `  on${verb}?: (id: string) => void;`,
    '}',
    '',
    `export function ${component}({ ${noun}Id, items, on${verb} }: ${props}) {`,
    '  const [open, setOpen] = useState(false);',
    '  const total = useMemo(() => items.reduce((sum, item) => sum + item.count, 0), [items]);',
    `  const toggle = useCallback(() => setOpen((value) => !value), []);`,
    '  useEffect(() => {',
    `    if (open) on${verb}?.(${noun}Id);`,
    `  }, [open, ${noun}Id, on${verb}]);`,
    '  return (',
    `    <section className="${noun}-panel" data-status="${rng.pick(ADJECTIVES)}">`,
    `      <h2>${capitalize(rng.pick(ADJECTIVES))} ${noun}s</h2>`,
    '      <button type="button" onClick={toggle}>',
    `        {open ? 'Hide' : 'Show'} {total}`,
    '      </button>',
    '      {open && (',
    '        <ul>',
    '          {items.map((item) => (',
    '            <li key={item.id}>',
    '              {item.id}: {item.count}',
    '            </li>',
    '          ))}',
    '        </ul>',
    '      )}',
    '    </section>',
    '  );',
    '}',
  ];
}

function testBlock(rng: Rng): string[] {
  const noun = rng.pick(NOUNS);
  const lines = [`describe('${rng.pick(VERBS)}${capitalize(noun)}', () => {`];
  const cases = rng.int(1, 4);
  for (let k = 0; k < cases; k++) {
    const a = rng.int(1, 9);
    const b = rng.int(1, 9);
    lines.push(
      `  it('${rng.pick(SENTENCES).toLowerCase().replace(/\.$/, '')} (${k})', () => {`,
      `    const items = [{ id: '${noun}-a', count: ${a} }, { id: '${noun}-b', count: ${b} }];`,
      `    expect(items.reduce((sum, item) => sum + item.count, 0)).toBe(${a + b});`,
      '  });',
    );
  }
  lines.push('});');
  return lines;
}
