// apply writer: atomic in-place writes that keep the mode, and refusal (failed: conflict) when the
// file on disk is no longer what was read.
import fs from 'node:fs';
import path from 'node:path';
import { createApplyWriter } from '../src/sinks/apply';
import { writeFileAtomic } from '../src/sinks/atomic-file';
import type { FileResult } from '../src/types';
import { cleanupTempDirs, makeTempDir } from './helpers/temp-repo';

afterAll(cleanupTempDirs);

function changed(relPath: string, original: string, code: string): FileResult {
  return { path: relPath, status: 'changed', language: 'python', findings: [], original, code, edits: [] };
}

describe('apply', () => {
  test('writes the new text, keeps the file mode and leaves no temporary file behind', async () => {
    const root = makeTempDir({ 'bin/tool.py': 'import pkg.legacy\n' });
    const file = path.join(root, 'bin/tool.py');
    fs.chmodSync(file, 0o755);
    const result = await createApplyWriter(root)(changed('bin/tool.py', 'import pkg.legacy\n', 'import pkg.core\n'));
    expect(result.status).toBe('changed');
    expect(fs.readFileSync(file, 'utf8')).toBe('import pkg.core\n');
    expect(fs.statSync(file).mode & 0o777).toBe(0o755);
    expect(fs.readdirSync(path.join(root, 'bin'))).toEqual(['tool.py']);
  });

  test('refuses with failed: conflict when the file changed after it was read', async () => {
    const root = makeTempDir({ 'a.py': 'import pkg.legacy  # edited meanwhile\n' });
    const result = await createApplyWriter(root)(changed('a.py', 'import pkg.legacy\n', 'import pkg.core\n'));
    expect(result).toMatchObject({ status: 'failed', language: 'python', error: { code: 'conflict' } });
    expect(fs.readFileSync(path.join(root, 'a.py'), 'utf8')).toBe('import pkg.legacy  # edited meanwhile\n');
  });

  test('refuses with failed: conflict when the file was deleted after it was read', async () => {
    const root = makeTempDir({});
    const result = await createApplyWriter(root)(changed('a.py', 'import pkg.legacy\n', 'import pkg.core\n'));
    expect(result).toMatchObject({ status: 'failed', error: { code: 'conflict' } });
    expect(fs.existsSync(path.join(root, 'a.py'))).toBe(false);
  });

  test('leaves other results alone', async () => {
    const unchanged: FileResult = { path: 'a.py', status: 'unchanged', language: 'python', findings: [] };
    expect(await createApplyWriter('/nonexistent')(unchanged)).toBe(unchanged);
  });

  test('an atomic write aborted just before the rename leaves the target and no temporary file', async () => {
    const root = makeTempDir({ 'a.py': 'old\n' });
    const target = path.join(root, 'a.py');
    await expect(
      writeFileAtomic(target, 'new\n', {
        beforeRename: async () => {
          // The temporary file is complete and durable at this point, beside the target.
          expect(fs.readdirSync(root).filter((n) => n.includes('.ssot-tmp-'))).toHaveLength(1);
          throw new Error('changed meanwhile');
        },
      }),
    ).rejects.toThrow('changed meanwhile');
    expect(fs.readFileSync(target, 'utf8')).toBe('old\n');
    expect(fs.readdirSync(root)).toEqual(['a.py']);
  });
});
