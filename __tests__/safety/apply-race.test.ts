// The compare with the bytes read happens just before the rename: a file edited (or deleted) by someone else while
// --apply is already writing its temporary is not overwritten (failed: conflict), and no temporary is left.
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { createApplyWriter } from '../../src/sinks/apply';
import type { FileResult } from '../../src/types';
import { cleanupTempDirs, makeTempDir } from '../helpers/temp-repo';

afterAll(cleanupTempDirs);
afterEach(() => jest.restoreAllMocks());

const OLD = "import x from 'legacy-lib';\n";
const NEW = "import x from 'core-lib';\n";
const changed = (rel: string): FileResult => ({ path: rel, status: 'changed', language: 'javascript', findings: [], original: OLD, code: NEW, edits: [] });

/** Runs `meddle` once, right after the temporary file is fsynced (the last step before the compare and rename). */
function meddleAfterTempSync(meddle: () => void): void {
  const realOpen = fsp.open.bind(fsp);
  jest.spyOn(fsp, 'open').mockImplementation(async (...args: Parameters<typeof fsp.open>) => {
    const handle = await realOpen(...args);
    if (String(args[0]).includes('.ssot-tmp-')) {
      const realSync = handle.sync.bind(handle);
      handle.sync = async () => {
        await realSync();
        meddle();
      };
    }
    return handle;
  });
}

describe('apply race', () => {
  test('an edit landing after the temporary is written but before the rename wins: failed conflict, the edit is kept', async () => {
    const root = makeTempDir({ 'a.ts': OLD });
    const file = path.join(root, 'a.ts');
    meddleAfterTempSync(() => fs.writeFileSync(file, OLD + '// edited by someone else\n'));
    const result = await createApplyWriter(root)(changed('a.ts'));
    expect(result).toMatchObject({ status: 'failed', error: { code: 'conflict' } });
    expect(fs.readFileSync(file, 'utf8')).toBe(OLD + '// edited by someone else\n');
    expect(fs.readdirSync(root)).toEqual(['a.ts']);
  });

  test('a deletion in the same window is a conflict too: the file is not resurrected', async () => {
    const root = makeTempDir({ 'a.ts': OLD });
    meddleAfterTempSync(() => fs.rmSync(path.join(root, 'a.ts')));
    const result = await createApplyWriter(root)(changed('a.ts'));
    expect(result).toMatchObject({ status: 'failed', error: { code: 'conflict' } });
    expect(fs.readdirSync(root)).toEqual([]);
  });

  test('without interference the same write goes through and keeps an unusual mode', async () => {
    const root = makeTempDir({ 'a.ts': OLD });
    fs.chmodSync(path.join(root, 'a.ts'), 0o640);
    const result = await createApplyWriter(root)(changed('a.ts'));
    expect(result.status).toBe('changed');
    expect(fs.readFileSync(path.join(root, 'a.ts'), 'utf8')).toBe(NEW);
    expect(fs.statSync(path.join(root, 'a.ts')).mode & 0o7777).toBe(0o640);
  });
});
