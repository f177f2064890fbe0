// transforms/py-imports.ts under the stock runner, as users invoke it:
// `jscodeshift -t transforms/py-imports.ts --extensions=py --manifest=<file> <dir>` on a temporary tree.
// A broken file, and one that is not UTF-8 (which jscodeshift would write back altered), is reported
// as an error and left byte-for-byte untouched.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.join(__dirname, '..');

test('py-imports runs under stock jscodeshift and never writes a broken file', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'py-imports-'));
  try {
    const manifest = { python: { moves: [{ from: 'app.agents.registry:AgentRegistry', to: 'app.agents.supervisor.agent_registry:AgentRegistry' }] } };
    fs.writeFileSync(path.join(dir, 'ssot-codemod.json'), JSON.stringify(manifest));
    fs.mkdirSync(path.join(dir, 'app', 'consumers'), { recursive: true });
    const good = 'from app.agents.registry import AgentRegistry, AgentType\n';
    const broken = 'from app.agents.registry import AgentRegistry\nx = "unterminated\n';
    // jscodeshift reads every file as UTF-8: this é would come back as EF BF BD, so the file is refused.
    const latin1 = Buffer.from('# -*- coding: latin-1 -*-\n# caf\xe9\nfrom app.agents.registry import AgentRegistry\n', 'latin1');
    fs.writeFileSync(path.join(dir, 'app', 'consumers', 'good.py'), good);
    fs.writeFileSync(path.join(dir, 'app', 'consumers', 'broken.py'), broken);
    fs.writeFileSync(path.join(dir, 'app', 'consumers', 'latin1.py'), latin1);
    const r = spawnSync(
      process.execPath,
      [path.join(ROOT, 'node_modules', 'jscodeshift', 'bin', 'jscodeshift.js'), '-t', path.join(ROOT, 'transforms', 'py-imports.ts'), '--extensions=py', '--run-in-band', `--manifest=${path.join(dir, 'ssot-codemod.json')}`, dir],
      { encoding: 'utf8', cwd: ROOT, timeout: 120_000 },
    );
    expect(r.stdout).toMatch(/2 errors/);
    expect(r.stdout).toContain('latin1.py: left unchanged: its text holds U+FFFD');
    expect(r.stdout).toMatch(/1 ok/);
    expect(fs.readFileSync(path.join(dir, 'app', 'consumers', 'good.py'), 'utf8')).toBe(
      'from app.agents.registry import AgentType\nfrom app.agents.supervisor.agent_registry import AgentRegistry\n',
    );
    expect(fs.readFileSync(path.join(dir, 'app', 'consumers', 'broken.py'), 'utf8')).toBe(broken);
    expect(fs.readFileSync(path.join(dir, 'app', 'consumers', 'latin1.py'))).toEqual(latin1);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
