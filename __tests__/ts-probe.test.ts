// scripts/ts-probe.ts: type-checks a project in two trees and lists the diagnostics only the second
// has; paths are tree-relative and line numbers dropped, so an error that only moved is not new.
import { compareDiagnostics, formatTsProbe, projectDiagnostics } from '../scripts/ts-probe';
import { cleanupTempDirs, makeTempDir } from './helpers/temp-repo';

afterAll(cleanupTempDirs);

const common = {
  'tsconfig.json': JSON.stringify({ compilerOptions: { strict: true, noEmit: true, module: 'esnext', moduleResolution: 'bundler', target: 'ES2022' }, include: ['*.ts'] }),
  'old.ts': 'export const a = 1;\n',
  'new.ts': 'export const b = 2;\n',
};

test('an import re-pointed at a module lacking the name is new; an error that only moved is not', () => {
  const before = makeTempDir({ ...common, 'use.ts': "import { a } from './old';\nexport const c = a;\n", 'other.ts': "export const z: number = 'x';\n" });
  const after = makeTempDir({ ...common, 'use.ts': "import { a } from './new';\nexport const c = a;\n", 'other.ts': "\n\nexport const z: number = 'x';\n" });
  const report = compareDiagnostics(projectDiagnostics(before, 'tsconfig.json'), projectDiagnostics(after, 'tsconfig.json'));
  expect(report.added).toEqual([{ diagnostic: `use.ts: TS2305 Module '"./new"' has no exported member 'a'.`, count: 1 }]);
  expect(report.removed).toEqual([]);
  expect(report.before).toBe(1);
  expect(formatTsProbe(report)).toBe(`+ use.ts: TS2305 Module '"./new"' has no exported member 'a'.\n1 diagnostics before, 2 after: 1 only after, 0 only before\n`);
});

test('a file with a syntax error does not hide the other files’ semantic errors', () => {
  const tree = makeTempDir({ ...common, 'broken.ts': 'export const = ;\n', 'use.ts': "import { a } from './new';\n" });
  const diagnostics = projectDiagnostics(tree, 'tsconfig.json');
  expect(diagnostics.some((d) => d.startsWith('broken.ts: TS1'))).toBe(true);
  expect(diagnostics).toContain(`use.ts: TS2305 Module '"./new"' has no exported member 'a'.`);
});
