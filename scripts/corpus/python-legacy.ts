// The legacy references a Python file of the corpus's legacy share carries: a realistic mix of
// the forms seen in the real repository (see /work/shared/NETRA.md) — one-line and multi-line
// from-imports with comments, `as` aliases, `import a.b.c as m` + `m.A`, relative imports,
// imports inside functions, try/except ImportError, TYPE_CHECKING, patch() and import_module strings.
import type { Rng } from './prng';
import { PY } from './fixed-files';
import { NOUNS, capitalize } from './vocabulary';

/** Lines added to the import block, and whole top-level blocks spliced between generated ones. */
export interface PythonInsert {
  header: string[];
  blocks: string[][];
}

interface FormContext {
  rng: Rng;
  noun: string;
  /** Dots that climb from the file's package to `app` (`...` for app/x/y/m.py), or undefined outside app/. */
  dots?: string;
}

type Form = (c: FormContext) => PythonInsert;

const fromImport: Form = ({ rng, noun }) => {
  const [module, name] = rng.pick([[PY.unified, 'UnifiedWebSocketManager'], [PY.compat, 'WebSocketManager'], [PY.unified, 'WebSocketConnection']] as const);
  return { header: [`from ${module} import ${name}`], blocks: [usage(noun, name)] };
};

const multiLine: Form = ({ rng, noun }) => {
  const module = rng.pick([PY.unified, PY.compat]);
  const first = module === PY.unified ? 'UnifiedWebSocketManager' : 'WebSocketManager';
  return {
    header: [`from ${module} import (  # connection layer`, `    ${first},`, '    WebSocketConnection,  # one per client', '    WebSocketManagerMode,', ')'],
    blocks: [usage(noun, first)],
  };
};

const fromImportAs: Form = ({ rng, noun }) => {
  const [module, name] = rng.pick([[PY.unified, 'UnifiedWebSocketManager'], [PY.compat, 'WebSocketManager']] as const);
  return { header: [`from ${module} import ${name} as ConnectionHub, WebSocketManagerMode`], blocks: [usage(noun, 'ConnectionHub')] };
};

const importAs: Form = ({ rng, noun }) => {
  const module = rng.pick([PY.unified, PY.compat]);
  const name = module === PY.unified ? 'UnifiedWebSocketManager' : 'WebSocketManager';
  return {
    header: [`import ${module} as ws_hub`],
    blocks: [[`def ${noun}_hub_mode() -> Any:`, `    hub = ws_hub.${name}(ws_hub.WebSocketManagerMode.UNIFIED)`, '    return hub.mode']],
  };
};

const relative: Form = ({ dots, noun }) => ({
  header: [`from ${dots}websocket_core.manager import WebSocketManager, get_websocket_manager`],
  blocks: [usage(noun, 'WebSocketManager')],
});

const insideFunction: Form = ({ rng, noun }) => {
  const module = rng.pick([PY.unified, PY.compat]);
  const name = module === PY.unified ? 'UnifiedWebSocketManager' : 'WebSocketManager';
  return {
    header: [],
    blocks: [[
      `def _build_${noun}_hub(name: str) -> Any:`,
      '    """Imported lazily: the connection layer is heavy to import."""',
      `    from ${module} import ${name}`,
      '',
      `    hub = ${name}()`,
      '    logger.debug("hub ready for %s", name)',
      '    return hub',
    ]],
  };
};

const tryExcept: Form = ({ rng }) => ({
  header: ['', 'try:', `    from ${rng.pick([PY.compat, PY.unified])} import WebSocketConnection`, 'except ImportError:  # pragma: no cover - optional in workers', '    WebSocketConnection = None  # type: ignore[assignment,misc]'],
  blocks: [],
});

const typeChecking: Form = () => ({
  header: ['from typing import TYPE_CHECKING', '', 'if TYPE_CHECKING:', `    from ${PY.compat} import WebSocketConnection`],
  blocks: [],
});

const patchTarget: Form = ({ rng, noun }) => {
  const target = rng.pick([`${PY.unified}.UnifiedWebSocketManager.send_message`, `${PY.compat}.get_websocket_manager`]);
  return {
    header: [],
    blocks: [[
      `def test_${noun}_hub_is_patched():`,
      `    with mock.patch("${target}") as patched:`,
      '        patched.return_value = True',
      '        assert patched.return_value is True',
    ]],
  };
};

const importModule: Form = ({ rng, noun }) => ({
  header: ['import importlib'],
  blocks: [[
    `def _load_${noun}_hub_module() -> Any:`,
    `    module = importlib.import_module("${rng.pick([PY.compat, PY.unified])}")`,
    '    return getattr(module, "WebSocketConnection")',
  ]],
});

const agents: Form = ({ noun }) => ({
  header: [`from ${PY.agentsLegacy} import AgentRegistry, AgentType`],
  blocks: [[`def ${noun}_agents() -> Any:`, '    agents = AgentRegistry()', `    agents.register("${noun}", AgentType.WORKER)`, '    return agents']],
});

function usage(noun: string, name: string): string[] {
  return [
    `def open_${noun}_hub(name: str) -> Any:`,
    `    """Creates the connection hub for ${noun} updates."""`,
    `    hub = ${name}()`,
    `    logger.debug("${capitalize(noun)} hub ready for %s", name)`,
    '    return hub',
  ];
}

/** Picks one to three forms for a legacy file and merges their inserts. */
export function pythonLegacyForms(spec: { path: string; isTest: boolean }, rng: Rng): PythonInsert {
  const depth = spec.path.split('/').length - 1;
  const dots = spec.path.startsWith('app/') ? '.'.repeat(depth) : undefined;
  const forms: Array<readonly [Form, number]> = [
    [fromImport, 10], [multiLine, 3], [fromImportAs, 2], [importAs, 1], [insideFunction, 3],
    [tryExcept, 2], [typeChecking, 1], [importModule, 1], [agents, 2],
  ];
  if (dots) forms.push([relative, 2]);
  if (spec.isTest) forms.push([patchTarget, 4]);
  const insert: PythonInsert = { header: [], blocks: [] };
  const count = rng.int(1, 3);
  const used = new Set<Form>();
  for (let k = 0; k < count; k++) {
    const form = rng.weighted(forms);
    if (used.has(form)) continue;
    used.add(form);
    const part = form({ rng, noun: `${rng.pick(NOUNS)}_${k}`, dots });
    insert.header.push(...part.header);
    insert.blocks.push(...part.blocks);
  }
  return insert;
}
