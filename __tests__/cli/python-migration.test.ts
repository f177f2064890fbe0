// End to end, executable: a small Python package tree is migrated with `run --apply`, the legacy
// modules are deleted, and CPython imports every consumer and runs the patched test. This proves
// the rewritten imports point where the manifest says, in every form the consumers use.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { captureOutput, cleanupTempDirs, makeTempRepo } from '../helpers/temp-repo';

const manifest = {
  python: {
    roots: ['src'],
    moves: [
      { from: 'shop.ws.unified_manager:UnifiedManager', to: 'shop.ws.manager_ssot:Manager' },
      { from: 'shop.ws.unified_manager', to: 'shop.ws.manager_ssot' },
      { from: 'shop.ws.compat', to: 'shop.ws.manager_ssot' },
      { from: 'shop.agents.registry:Registry', to: 'shop.agents.supervisor.registry:Registry' },
      { from: 'shop.core.gone_registry', to: 'shop.agents.supervisor.registry' },
    ],
  },
};

const files: Record<string, string> = {
  'ssot-codemod.json': JSON.stringify(manifest, null, 2),
  'src/shop/__init__.py': '',
  'src/shop/ws/__init__.py': '',
  'src/shop/ws/manager_ssot.py': [
    'class Manager:',
    '    def __init__(self):',
    '        self.sent = []',
    '',
    '    def send(self, user, message):',
    '        self.sent.append((user, message))',
    '        return True',
    '',
    '',
    'class Connection:',
    '    def __init__(self, user):',
    '        self.user = user',
    '',
    '',
    'def serialize(message):',
    '    return str(message)',
    '',
  ].join('\n'),
  // Legacy modules: thin shims over the canonical module, to be deleted after the migration.
  'src/shop/ws/unified_manager.py': 'from shop.ws.manager_ssot import Manager as UnifiedManager, Connection, serialize  # noqa\n',
  'src/shop/ws/compat.py': 'from shop.ws.manager_ssot import Manager, Connection  # noqa\n',
  'src/shop/agents/__init__.py': '',
  'src/shop/agents/supervisor/__init__.py': '',
  'src/shop/agents/supervisor/registry.py': 'class Registry:\n    def __init__(self):\n        self.items = {}\n',
  'src/shop/agents/registry.py': 'from enum import Enum\n\nfrom shop.agents.supervisor.registry import Registry  # noqa\n\n\nclass Status(Enum):\n    IDLE = "idle"\n',
  // Consumers, one form each.
  'src/shop/api/__init__.py': '',
  'src/shop/api/multi_line.py': 'from shop.ws.unified_manager import (\n    UnifiedManager,  # the implementation\n    Connection,\n    serialize,\n)\n\n\ndef handle(user):\n    m = UnifiedManager()\n    return m.send(Connection(user).user, serialize({"a": 1}))\n',
  'src/shop/api/aliased.py': 'from shop.ws.unified_manager import UnifiedManager as Broadcaster\nfrom shop.ws.compat import Manager as CompatManager\n\nassert Broadcaster is CompatManager\n',
  'src/shop/api/module_alias.py': 'import shop.ws.unified_manager as unified\nimport shop.ws.compat\n\n\ndef make():\n    return unified.UnifiedManager(), shop.ws.compat.Connection("u")\n',
  'src/shop/api/relative.py': 'from ..ws.compat import Manager\nfrom ..ws import unified_manager\n\nINSTANCE = Manager()\nCONNECTION = unified_manager.Connection("r")\n',
  'src/shop/api/lazy.py': [
    'import importlib',
    '',
    'try:',
    '    from shop.ws.compat import Connection',
    'except ImportError:  # old deployments',
    '    Connection = None',
    '',
    '',
    'def registry():',
    '    from shop.core.gone_registry import Registry',
    '    from shop.agents.registry import Registry as Agents, Status',
    '    return Registry(), Agents(), Status.IDLE',
    '',
    '',
    'def dynamic():',
    '    return importlib.import_module("shop.ws.unified_manager").Connection',
    '',
  ].join('\n'),
  'src/tests/__init__.py': '',
  'src/tests/test_patched.py': [
    'import unittest',
    'from unittest import mock',
    '',
    'from shop.api.multi_line import handle',
    '',
    '',
    'class HandleTest(unittest.TestCase):',
    '    @mock.patch("shop.ws.unified_manager.UnifiedManager.send")',
    '    def test_patched_send(self, send):',
    '        send.return_value = "patched"',
    '        self.assertEqual(handle("u1"), "patched")',
    '',
    '    def test_patch_context(self):',
    '        with mock.patch("shop.ws.compat.Manager.send", return_value="ctx"):',
    '            self.assertEqual(handle("u2"), "ctx")',
    '',
    '',
    'if __name__ == "__main__":',
    '    unittest.main()',
    '',
  ].join('\n'),
};

const consumers = ['shop.api.multi_line', 'shop.api.aliased', 'shop.api.module_alias', 'shop.api.relative', 'shop.api.lazy'];
const legacy = ['src/shop/ws/unified_manager.py', 'src/shop/ws/compat.py'];

function python(cwd: string, code: string) {
  return spawnSync('python3', ['-c', code], { cwd: path.join(cwd, 'src'), encoding: 'utf8' });
}

afterAll(cleanupTempDirs);

test('after run --apply the legacy modules can be deleted: consumers import and the patched test passes', async () => {
  const repo = makeTempRepo(files);
  const before = python(repo, `import ${consumers.join(', ')}`);
  expect(before.stderr).toBe('');

  const stdout = captureOutput();
  const stderr = captureOutput();
  const code = await main(['run', '--apply', '--root', repo], { stdout, stderr, cwd: repo });
  expect(stderr.text()).toBe('');
  expect(code).toBe(0);
  expect(stdout.text()).toMatch(/6 files written/);

  for (const file of legacy) fs.rmSync(path.join(repo, file));
  const imported = python(
    repo,
    [
      'import sys',
      `import ${consumers.join(', ')}`,
      'from shop.api import lazy, module_alias, relative',
      'from shop.ws.manager_ssot import Manager, Connection',
      'assert relative.CONNECTION.user == "r"',
      'assert isinstance(module_alias.make()[0], Manager)',
      'assert lazy.Connection is Connection and lazy.dynamic() is Connection',
      'print(lazy.registry()[2])',
    ].join('\n'),
  );
  expect(imported.stderr).toBe('');
  expect(imported.stdout.trim()).toBe('Status.IDLE');

  const tests = spawnSync('python3', ['-m', 'unittest', '-v', 'tests.test_patched'], { cwd: path.join(repo, 'src'), encoding: 'utf8' });
  expect(tests.stderr).toMatch(/Ran 2 tests[\s\S]*OK/);
  expect(tests.status).toBe(0);

  // A second run changes nothing.
  const again = captureOutput();
  expect(await main(['run', '--root', repo, '--format', 'json'], { stdout: again, stderr: captureOutput(), cwd: repo })).toBe(0);
  expect(JSON.parse(again.text()).summary.changed).toBe(0);
});
