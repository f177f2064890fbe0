// Where no file's specifiers say how the project spells them, its tsconfig does: node16/nodenext
// resolution needs the file name (`.js`, or `.ts` where TS files are imported as such).
import { tsconfigSpecifierStyle } from '../src/shims/tsconfig-style';

const reading = (files: Record<string, string>) => (rel: string) => {
  if (!(rel in files)) throw new Error(`ENOENT ${rel}`);
  return files[rel];
};

test('nodenext or node16 (set, inherited through a relative extends, or implied by module) asks for file names', () => {
  expect(tsconfigSpecifierStyle(reading({ 'tsconfig.json': '{ "compilerOptions": { "moduleResolution": "NodeNext" } }' }))).toBe('runtime');
  expect(tsconfigSpecifierStyle(reading({ 'tsconfig.json': '{ // base\n "extends": "./config/base", "compilerOptions": { "strict": true } }', 'config/base.json': '{ "compilerOptions": { "module": "node16" } }' }))).toBe('runtime');
  expect(tsconfigSpecifierStyle(reading({ 'tsconfig.json': '{ "compilerOptions": { "module": "nodenext", "allowImportingTsExtensions": true } }' }))).toBe('source');
});

test('bundler or classic resolution, a package extends, or no readable tsconfig: no verdict', () => {
  expect(tsconfigSpecifierStyle(reading({ 'tsconfig.json': '{ "compilerOptions": { "module": "NodeNext", "moduleResolution": "bundler" } }' }))).toBeUndefined();
  expect(tsconfigSpecifierStyle(reading({ 'tsconfig.json': '{ "extends": "@tsconfig/node20/tsconfig.json" }' }))).toBeUndefined();
  expect(tsconfigSpecifierStyle(reading({ 'tsconfig.json': '{ broken' }))).toBeUndefined();
  expect(tsconfigSpecifierStyle(reading({}))).toBeUndefined();
});
