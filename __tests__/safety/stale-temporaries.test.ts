// Leftover temporaries of a killed --apply run (`.<name>.ssot-tmp-<pid>-<hex>`): never discovered as
// sources, removed by the next write of their file, and kept while their writer is still alive.
import fs from 'node:fs';
import path from 'node:path';
import { discoverFiles } from '../../src/pipeline/discover';
import { parseTemporaryName, removeStaleTemporaries } from '../../src/sinks/stale-temporaries';
import { temporarySibling } from '../../src/sinks/atomic-file';
import { runCli } from '../helpers/run-cli';
import { cleanupTempDirs, makeTempRepo } from '../helpers/temp-repo';
import { CORE_LIB } from '../helpers/installed-packages';

afterAll(cleanupTempDirs);

const DEAD_PID = 2 ** 22 + 12345; // above Linux's pid_max default range: no such process

describe('stale temporaries', () => {
  test('temporarySibling names parse back to their file and pid', () => {
    const name = path.basename(temporarySibling('/r/src/a.ts'));
    expect(name).toMatch(/^\.a\.ts\.ssot-tmp-\d+-[0-9a-f]{8}$/);
    expect(parseTemporaryName(name)).toEqual({ target: 'a.ts', pid: process.pid });
    expect(parseTemporaryName('.a.ts.swp')).toBeUndefined();
  });

  test('discovery never lists a temporary as a source file', () => {
    const root = makeTempRepo({ 'a.ts': 'x', [`.a.ts.ssot-tmp-${DEAD_PID}-deadbeef`]: 'half' });
    expect(discoverFiles({ root, paths: [], cwd: root, extensions: ['.ts'] }).map((c) => c.path)).toEqual(['a.ts']);
  });

  test('removes a dead writer’s temporaries of that file only, and keeps a live writer’s', async () => {
    const root = makeTempRepo({});
    const dead = `.a.ts.ssot-tmp-${DEAD_PID}-deadbeef`;
    const live = `.a.ts.ssot-tmp-${process.pid}-cafebabe`;
    const other = `.b.ts.ssot-tmp-${DEAD_PID}-deadbeef`;
    for (const name of [dead, live, other]) fs.writeFileSync(path.join(root, name), 'partial');
    expect(await removeStaleTemporaries(path.join(root, 'a.ts'))).toEqual([dead]);
    expect(fs.readdirSync(root).sort()).toEqual(['.git', other, live].sort());
  });

  test('an --apply run that writes a file clears the stale temporaries beside it', async () => {
    const root = makeTempRepo({
      'ssot-codemod.json': JSON.stringify({ javascript: { moves: [{ from: 'legacy-lib', to: 'core-lib' }] } }),
      'src/a.ts': "import 'legacy-lib';\n",
      ...CORE_LIB,
    });
    fs.writeFileSync(path.join(root, `src/.a.ts.ssot-tmp-${DEAD_PID}-0badf00d`), "import 'core-l");
    const { code } = await runCli(['run', '--apply', '--allow-dirty'], root);
    expect(code).toBe(0);
    expect(fs.readdirSync(path.join(root, 'src'))).toEqual(['a.ts']);
  });
});
