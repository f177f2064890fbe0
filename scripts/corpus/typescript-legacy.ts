// The legacy references a TS/TSX file of the corpus's legacy share carries: named, default and
// namespace imports through the `@/` alias, relative imports of a legacy file, `export … from`,
// `require`, dynamic `import()`, `jest.mock(...)` and a renamed hook.
import path from 'node:path';
import type { Rng } from './prng';
import { JS } from './fixed-files';
import { NOUNS, capitalize } from './vocabulary';
import type { TypescriptFileSpec } from './typescript-source';

export interface TypescriptInsert {
  header: string[];
  blocks: string[][];
}

/** `pool`: the file's relative specifier of web/lib/ws-manager; `service`: of @/services/legacyWs, sometimes spelled relatively. */
type Form = (noun: string, pool: string, service: string) => TypescriptInsert;

const named: Form = (noun, _pool, service) => ({
  header: [`import { connectSocket, type SocketStatus } from '${service}';`],
  blocks: [[`export async function open${capitalize(noun)}Channel(url: string): Promise<SocketStatus> {`, '  const socket = await connectSocket(url);', '  return socket.status;', '}']],
});

const defaultImport: Form = (noun) => ({
  header: [`import socketService from '${JS.legacyService}';`],
  blocks: [[`export function notify${capitalize(noun)}(payload: unknown): boolean {`, '  return socketService.send(payload);', '}']],
});

const namespace: Form = (noun) => ({
  header: [`import * as socketApi from '${JS.legacyService}';`],
  blocks: [[`export const ${noun}Socket = (url: string) => socketApi.connectSocket(url);`]],
});

const relativeImport: Form = (noun, pool) => ({
  header: [`import { WSManager } from '${pool}';`],
  blocks: [[`export function create${capitalize(noun)}Pool(url: string): WSManager {`, '  return new WSManager(url);', '}']],
});

const reExport: Form = (_noun, pool) => ({
  header: [],
  blocks: [[`export { sendMessage } from '${JS.legacyService}';`, `export { WSManager as ConnectionPool } from '${pool}';`]],
});

const requireCall: Form = (noun, pool) => ({
  header: [`const { WSManager: SocketPool } = require('${pool}');`],
  blocks: [[`export const ${noun}Pool = new SocketPool('/ws/${noun}');`]],
});

const dynamicImport: Form = (noun) => ({
  header: [],
  blocks: [[`export async function load${capitalize(noun)}Socket() {`, `  const mod = await import('${JS.legacyService}');`, `  return mod.connectSocket('/ws/${noun}');`, '}']],
});

const hook: Form = (noun) => ({
  header: [`import { useLegacySocket } from '${JS.legacyHook}';`],
  blocks: [[`export function use${capitalize(noun)}Status(): string {`, `  return useLegacySocket('/ws/${noun}');`, '}']],
});

const jestMock: Form = (_noun, pool) => ({
  header: [`jest.mock('${JS.legacyService}');`, `jest.mock('${pool}', () => ({ WSManager: jest.fn() }));`],
  blocks: [],
});

/** Picks one to three forms for a legacy file and merges their inserts. */
export function typescriptLegacyForms(spec: TypescriptFileSpec, rng: Rng): TypescriptInsert {
  const relative = (target: string) => {
    const spelled = path.posix.relative(path.posix.dirname(spec.path), target);
    return spelled.startsWith('.') ? spelled : `./${spelled}`;
  };
  const pool = relative(JS.legacyPoolFile);
  const service = rng.chance(0.3) ? relative('web/services/legacyWs') : JS.legacyService;
  const forms: Array<readonly [Form, number]> = [
    [named, 8], [defaultImport, 2], [namespace, 2], [relativeImport, 4], [reExport, 2], [requireCall, 1], [dynamicImport, 2],
  ];
  if (spec.kind === 'component' || spec.kind === 'hook') forms.push([hook, 3]);
  if (spec.kind === 'test') forms.push([jestMock, 10]);
  const insert: TypescriptInsert = { header: [], blocks: [] };
  const used = new Set<Form>();
  const count = rng.int(1, 3);
  for (let k = 0; k < count; k++) {
    const form = rng.weighted(forms);
    if (used.has(form)) continue;
    used.add(form);
    const part = form(`${rng.pick(NOUNS)}${k}`, pool, service);
    insert.header.push(...part.header);
    insert.blocks.push(...part.blocks);
  }
  return insert;
}
