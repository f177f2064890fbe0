// The netra-websocket-ssot preset on a small repository with the real layout of netra-systems/zen
// at 08ff0bd4b: websocket_core's four modules, the two AgentRegistry classes and the generic base
// (never moved), the three agent_registry modules that do not exist, and consumers in every form
// the real repository uses. Asserts verify passes, the exact rewritten files, and that CPython runs them.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { cleanupTempDirs, git, makeTempRepo, type FileMap } from '../helpers/temp-repo';
import { runInRepo } from '../helpers/run-cli';

afterAll(cleanupTempDirs);

const lines = (...text: string[]) => text.join('\n') + '\n';

const files: FileMap = {
  'netra_backend/__init__.py': '',
  'netra_backend/app/__init__.py': '',
  'netra_backend/app/websocket_core/__init__.py': lines(
    'import warnings',
    '',
    'from netra_backend.app.websocket_core.websocket_manager import WebSocketManager',
    '',
    'warnings.warn("import from websocket_manager", DeprecationWarning, stacklevel=2)',
    '',
    '',
    'def get_websocket_manager(user_context=None):',
    '    if user_context is None:',
    '        raise ValueError("user_context is required")',
    '    return WebSocketManager()',
  ),
  'netra_backend/app/websocket_core/unified_manager.py': lines(
    'from enum import Enum',
    '',
    '',
    'class WebSocketManagerMode(Enum):',
    '    UNIFIED = "unified"',
    '',
    '',
    'class WebSocketConnection:',
    '    def __init__(self, user_id):',
    '        self.user_id = user_id',
    '',
    '',
    'def _serialize_message_safely(message):',
    '    return str(message)',
    '',
    '',
    'class _UnifiedWebSocketManagerImplementation:',
    '    def __init__(self, mode=WebSocketManagerMode.UNIFIED):',
    '        self.mode = mode',
    '',
    '',
    'UnifiedWebSocketManager = _UnifiedWebSocketManagerImplementation',
    '',
    '__all__ = ["UnifiedWebSocketManager", "WebSocketConnection", "_serialize_message_safely"]',
  ),
  'netra_backend/app/websocket_core/websocket_manager.py': lines(
    'from netra_backend.app.websocket_core.unified_manager import (',
    '    _UnifiedWebSocketManagerImplementation,',
    '    WebSocketConnection,',
    '    _serialize_message_safely,',
    '    WebSocketManagerMode,',
    ')',
    '',
    'WebSocketManager = _UnifiedWebSocketManagerImplementation',
    'UnifiedWebSocketManager = _UnifiedWebSocketManagerImplementation',
    '',
    '',
    'async def get_websocket_manager(user_context=None, mode=WebSocketManagerMode.UNIFIED):',
    '    return WebSocketManager(mode=mode)',
    '',
    '',
    '__all__ = [',
    '    "WebSocketManager",',
    '    "UnifiedWebSocketManager",',
    '    "WebSocketConnection",',
    '    "WebSocketManagerMode",',
    '    "_serialize_message_safely",',
    '    "get_websocket_manager",',
    ']',
  ),
  'netra_backend/app/websocket_core/manager.py': lines(
    'from netra_backend.app.websocket_core.websocket_manager import (',
    '    UnifiedWebSocketManager,',
    '    WebSocketConnection,',
    '    _serialize_message_safely,',
    '    WebSocketManagerMode,',
    ')',
    '',
    'WebSocketManager = UnifiedWebSocketManager',
    '',
    '__all__ = ["WebSocketManager", "WebSocketConnection", "_serialize_message_safely", "UnifiedWebSocketManager"]',
  ),
  'netra_backend/app/core/__init__.py': '',
  'netra_backend/app/core/registry/__init__.py': '',
  'netra_backend/app/core/registry/universal_registry.py': lines(
    'class AgentRegistry:',
    '    """The generic base registry."""',
    '',
    '    def __init__(self):',
    '        self.items = {}',
  ),
  'netra_backend/app/agents/__init__.py': '',
  'netra_backend/app/agents/registry.py': lines(
    'from enum import Enum',
    '',
    '',
    'class AgentStatus(Enum):',
    '    IDLE = "idle"',
    '',
    '',
    'class AgentRegistry:',
    '    """Deprecated separate registry."""',
  ),
  'netra_backend/app/agents/supervisor/__init__.py': '',
  'netra_backend/app/agents/supervisor/agent_registry.py': lines(
    'from netra_backend.app.core.registry.universal_registry import AgentRegistry as BaseAgentRegistry',
    '',
    '',
    'class AgentRegistry(BaseAgentRegistry):',
    '    pass',
  ),
  'netra_backend/app/routes/__init__.py': '',
  'netra_backend/app/routes/websocket.py': lines(
    'from netra_backend.app.websocket_core.unified_manager import (',
    '    UnifiedWebSocketManager,',
    '    WebSocketConnection,  # per user',
    '    WebSocketManagerMode,',
    ')',
    'from netra_backend.app.websocket_core.manager import WebSocketManager',
    'from netra_backend.app.agents.registry import AgentRegistry, AgentStatus',
    'from netra_backend.app.core.registry.universal_registry import AgentRegistry as BaseRegistry',
    '',
    '',
    'def open_connection(user_id):',
    '    manager = UnifiedWebSocketManager(mode=WebSocketManagerMode.UNIFIED)',
    '    assert isinstance(manager, WebSocketManager)',
    '    return manager, WebSocketConnection(user_id), AgentRegistry(), AgentStatus.IDLE, BaseRegistry',
  ),
  'netra_backend/app/services/__init__.py': '',
  'netra_backend/app/services/events.py': lines(
    'import netra_backend.app.websocket_core.manager as ws_manager',
    'from netra_backend.app.websocket_core.unified_manager import UnifiedWebSocketManager as WebSocketManager',
    '',
    'try:',
    '    from netra_backend.app.services.agent_registry import AgentRegistry',
    'except ImportError:',
    '    AgentRegistry = None',
    '',
    '',
    'def emit(event):',
    '    from netra_backend.app.core.agent_registry import AgentRegistry as CoreRegistry',
    '    from netra_backend.app.agents.agent_registry import AgentRegistry as AgentsRegistry',
    '    manager = ws_manager.WebSocketManager()',
    '    return manager, WebSocketManager, CoreRegistry, AgentsRegistry, event',
  ),
  'tests/__init__.py': '',
  'tests/test_events.py': lines(
    'import unittest',
    'from unittest import mock',
    '',
    '',
    'class EventsTest(unittest.TestCase):',
    '    @mock.patch("netra_backend.app.websocket_core.manager.WebSocketManager")',
    '    def test_emit(self, manager):',
    '        from netra_backend.app.services.events import emit',
    '        self.assertTrue(emit("e"))',
    '',
    '    @mock.patch("netra_backend.app.websocket_core.unified_manager.UnifiedWebSocketManager")',
    '    def test_emit_unified(self, unified):',
    '        from netra_backend.app.services.events import emit',
    '        self.assertTrue(emit("e"))',
  ),
  'netra_backend/app/services/lazy.py': lines(
    'def manager_for(context):',
    '    from netra_backend.app.websocket_core.unified_manager import get_websocket_manager',
    '    return get_websocket_manager(context)',
    '',
    '',
    'def package_level(context):',
    '    from netra_backend.app.websocket_core import get_websocket_manager',
    '    return get_websocket_manager(context)',
  ),
};

const cli = runInRepo;
const read = (repo: string, rel: string) => fs.readFileSync(path.join(repo, rel), 'utf8');

describe('preset netra-websocket-ssot', () => {
  let repo: string;
  let applied: Awaited<ReturnType<typeof cli>>;
  beforeAll(async () => {
    repo = makeTempRepo(files);
    expect((await cli(repo, 'verify', '--preset', 'netra-websocket-ssot')).code).toBe(0);
    applied = await cli(repo, 'run', '--apply', '--preset', 'netra-websocket-ssot');
  });

  test('run --apply rewrites the consumers and reports only the canonical module importing its implementation', () => {
    expect(applied.code).toBe(0);
    expect(applied.stdout).toContain('findings: 13 rewritten, 3 manual, 0 mention, 0 ignored');
    expect(applied.stdout.match(/^ {2}manual netra_backend\/app\/websocket_core\/websocket_manager\.py:1:1: .* \(\+2 more moves here\): the canonical module would import itself$/gm)).toHaveLength(1);
    expect(git(repo, 'status', '--porcelain').split('\n').filter(Boolean).sort()).toEqual([
      ' M netra_backend/app/routes/websocket.py',
      ' M netra_backend/app/services/events.py',
      ' M netra_backend/app/services/lazy.py',
      ' M tests/test_events.py',
    ]);
  });

  test('multi-line imports, renamed uses, the legacy import of the same class dropped, a symbol move out of agents.registry; the base class import stays', () => {
    expect(read(repo, 'netra_backend/app/routes/websocket.py')).toBe(
      lines(
        'from netra_backend.app.websocket_core.websocket_manager import (',
        '    WebSocketManager,',
        '    WebSocketConnection,  # per user',
        '    WebSocketManagerMode,',
        ')',
        'from netra_backend.app.agents.registry import AgentStatus',
        'from netra_backend.app.agents.supervisor.agent_registry import AgentRegistry',
        'from netra_backend.app.core.registry.universal_registry import AgentRegistry as BaseRegistry',
        '',
        '',
        'def open_connection(user_id):',
        '    manager = WebSocketManager(mode=WebSocketManagerMode.UNIFIED)',
        '    assert isinstance(manager, WebSocketManager)',
        '    return manager, WebSocketConnection(user_id), AgentRegistry(), AgentStatus.IDLE, BaseRegistry',
      ),
    );
  });

  test('import … as, aliases, try/except ImportError and function-level imports of the missing agent_registry modules (a second import of the same class reuses the first)', () => {
    expect(read(repo, 'netra_backend/app/services/events.py')).toBe(
      lines(
        'import netra_backend.app.websocket_core.websocket_manager as ws_manager',
        'from netra_backend.app.websocket_core.websocket_manager import WebSocketManager',
        '',
        'try:',
        '    from netra_backend.app.agents.supervisor.agent_registry import AgentRegistry',
        'except ImportError:',
        '    AgentRegistry = None',
        '',
        '',
        'def emit(event):',
        '    from netra_backend.app.agents.supervisor.agent_registry import AgentRegistry as CoreRegistry',
        '    manager = ws_manager.WebSocketManager()',
        '    return manager, WebSocketManager, CoreRegistry, CoreRegistry, event',
      ),
    );
  });

  test('the broken unified_manager.get_websocket_manager import is repaired; the package-level one (other semantics) stays', () => {
    expect(read(repo, 'netra_backend/app/services/lazy.py')).toBe(
      lines(
        'def manager_for(context):',
        '    from netra_backend.app.websocket_core.websocket_manager import get_websocket_manager',
        '    return get_websocket_manager(context)',
        '',
        '',
        'def package_level(context):',
        '    from netra_backend.app.websocket_core import get_websocket_manager',
        '    return get_websocket_manager(context)',
      ),
    );
  });

  test('mock.patch targets follow their symbols (one per test; two stacked on one test would be manual)', () => {
    const test = read(repo, 'tests/test_events.py');
    expect(test).toContain(lines('    @mock.patch("netra_backend.app.websocket_core.websocket_manager.WebSocketManager")', '    def test_emit(self, manager):'));
    expect(test).toContain(lines('    @mock.patch("netra_backend.app.websocket_core.websocket_manager.WebSocketManager")', '    def test_emit_unified(self, unified):'));
  });

  test('CPython imports the rewritten consumers and runs the patched test', () => {
    const imports = spawnSync('python3', ['-c', 'import netra_backend.app.routes.websocket as w, netra_backend.app.services.events as e; w.open_connection("u"); e.emit("x")'], { cwd: repo, encoding: 'utf8' });
    expect(imports.stderr).toBe('');
    expect(imports.status).toBe(0);
    const unit = spawnSync('python3', ['-m', 'unittest', 'tests.test_events'], { cwd: repo, encoding: 'utf8' });
    expect(unit.stderr).toMatch(/\nOK\n$/);
  });

  test('shims would turn manager.py (a pure re-export) into a shim; after the run nothing references it, so prune lists it', async () => {
    const shims = await cli(repo, 'shims', '--preset', 'netra-websocket-ssot');
    expect(shims.stdout).toContain('diff --git a/netra_backend/app/websocket_core/manager.py');
    expect(shims.stderr).toContain('symbol moves from netra_backend/app/agents/registry.py');
    const prune = await cli(repo, 'prune', '--preset', 'netra-websocket-ssot');
    expect(prune.stdout).toBe('delete netra_backend/app/websocket_core/manager.py  (netra_backend.app.websocket_core.manager: no reference left)\n');
  });
});
