// Runs transforms/js-imports.ts under the stock jscodeshift CLI (`-t … --manifest=…`) on a
// throwaway repository, so the transform keeps working outside our own pipeline.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.join(__dirname, '..');

test('jscodeshift -t transforms/js-imports.ts --manifest=… rewrites a repository', () => {
  const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'ssot-js-'));
  try {
    const files: Record<string, string> = {
      'ssot-codemod.json': JSON.stringify({ javascript: { moves: [{ from: '@/legacy/date:toISO', to: '@/lib/date:toIsoString' }, { from: './src/old.ts', to: './src/new.ts' }] } }),
      'tsconfig.json': JSON.stringify({ compilerOptions: { paths: { '@/*': ['./src/*'] } } }),
      'src/app/a.tsx': "import { toISO, isWeekend } from '@/legacy/date';\n\nexport const A = () => <time>{toISO(new Date())}{String(isWeekend)}</time>;\n",
      'src/app/b.cjs': "const old = require('../old');\r\nmodule.exports = old;\r\n",
      'src/app/c.ts': "import { unrelated } from './elsewhere';\nexport { unrelated };\n",
      // A component's script block; the template keeps the local name.
      'src/app/e.vue': "<script setup lang=\"ts\">\nimport { toISO } from '@/legacy/date';\n</script>\n<template>{{ toISO(now) }}</template>\n",
    };
    for (const [file, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
      fs.writeFileSync(path.join(repo, file), text);
    }
    // Not UTF-8: jscodeshift would write its é back as EF BF BD, so the transform refuses it.
    const latin1 = Buffer.from("// caf\xe9\nimport old from '../old';\nexport default old;\n", 'latin1');
    fs.writeFileSync(path.join(repo, 'src/app/d.ts'), latin1);
    execFileSync(
      process.execPath,
      [require.resolve('jscodeshift/bin/jscodeshift.js'), '-t', path.join(root, 'transforms', 'js-imports.ts'), '--manifest=ssot-codemod.json', '--extensions=ts,tsx,cjs,vue', '--run-in-band', 'src'],
      { cwd: repo, stdio: 'pipe' },
    );
    const read = (file: string) => fs.readFileSync(path.join(repo, file), 'utf8');
    expect(read('src/app/a.tsx')).toBe(
      "import { isWeekend } from '@/legacy/date';\nimport { toIsoString } from '@/lib/date';\n\nexport const A = () => <time>{toIsoString(new Date())}{String(isWeekend)}</time>;\n",
    );
    expect(read('src/app/b.cjs')).toBe("const old = require('../new');\r\nmodule.exports = old;\r\n");
    expect(read('src/app/c.ts')).toBe(files['src/app/c.ts']);
    expect(read('src/app/e.vue')).toBe("<script setup lang=\"ts\">\nimport { toIsoString as toISO } from '@/lib/date';\n</script>\n<template>{{ toISO(now) }}</template>\n");
    expect(fs.readFileSync(path.join(repo, 'src/app/d.ts'))).toEqual(latin1);
  } finally {
    fs.rmSync(repo, { recursive: true, force: true });
  }
});
