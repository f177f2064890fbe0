// PEP 263 Latin-1 declarations, judged by CPython: for each file head, declaresLatin1 must say yes
// exactly when CPython compiles the bytes in the codec it calls iso8859-1 (cp1252 and ISO 8859-15
// read é alike but are other codecs), whatever the spelling of the name, the line of the cookie, or a BOM.
import { spawnSync } from 'node:child_process';
import { declaresLatin1 } from '../src/pipeline/source-encoding';

const HEADS = [
  '# -*- coding: latin-1 -*-\n',
  '# coding=latin1\n',
  '# vim: set fileencoding=Latin_1 :\n',
  '#!/usr/bin/env python\n# -*- coding: iso-8859-1 -*-\n',
  '\n# coding: ISO8859-1\n',
  'x = 1\n# coding: latin-1\n',
  '# coding: iso-8859-1-foo\n',
  '# coding: latin-1-unix\n',
  '# coding: cp819\n',
  '# coding: l1\n',
  '# coding: 8859\n',
  '# coding: iso_latin_1\n',
  '# coding: cp1252\n',
  '# coding: iso-8859-15\n',
  '# coding: utf-8\n',
  '# no cookie here\n',
  '  # indented: coding: latin-1\n',
  '"""doc"""  # coding: latin-1\n',
  '#\n#\n# coding: latin-1\n',
  '\ufeff# coding: latin-1\n',
];

/** What CPython makes of each head followed by a Latin-1 é in a string: compiled, in the codec named ISO 8859-1? */
function cpythonReadsLatin1(files: Buffer[]): boolean[] {
  const script = `
import base64, codecs, io, json, sys, tokenize
out = []
for b64 in json.load(sys.stdin):
    data = base64.b64decode(b64)
    try:
        compile(data, "m.py", "exec")
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
        out.append(codecs.lookup(encoding).name == "iso8859-1")
    except (SyntaxError, UnicodeDecodeError):
        out.append(False)
json.dump(out, sys.stdout)
`;
  const r = spawnSync('python3', ['-c', script], { input: JSON.stringify(files.map((f) => f.toString('base64'))), encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as boolean[];
}

test('declaresLatin1 agrees with CPython on every head', () => {
  const files = HEADS.map((head) => Buffer.concat([Buffer.from(head, 'utf8'), Buffer.from('s = "\xe9"\n', 'latin1')]));
  const cpython = cpythonReadsLatin1(files);
  expect(files.map((f, i) => [HEADS[i], declaresLatin1(f)])).toEqual(HEADS.map((head, i) => [head, cpython[i]]));
  // The table holds both answers, so the comparison can fail either way.
  expect(new Set(cpython)).toEqual(new Set([true, false]));
});
