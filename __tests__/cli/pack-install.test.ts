// The install story of the README, for real and offline: `npm pack` the built package, then in a
// fresh temporary project `npm i -D ./ssot-codemod-<v>.tgz` and `npx ssot-codemod run`; the
// `$schema` path the README gives resolves to the shipped schema. Offline works because npm's cache
// holds every dependency after `npm ci`; the project's lockfile is seeded from ours so npm needs no
// registry metadata, only those cached tarballs (as a project with a lockfile would).
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { buildDist, REPO } from '../helpers/build-dist';
import { cleanupTempDirs, makeTempDir } from '../helpers/temp-repo';

beforeAll(buildDist, 180_000);
afterAll(cleanupTempDirs);

const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as Record<string, unknown> & { version: string };
const TARBALL = `ssot-codemod-${pkg.version}.tgz`;

function npm(args: string[], cwd: string): SpawnSyncReturns<string> {
  const child = spawnSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' } });
  if (child.status !== 0) throw new Error(`npm ${args.join(' ')} failed (${child.status}):\n${child.stdout}\n${child.stderr}`);
  return child;
}

/** package-lock.json for a project with only ssot-codemod installed from `tarball`: our production entries, as dev dependencies. */
function seededLock(tarball: string): object {
  const ours = JSON.parse(fs.readFileSync(path.join(REPO, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean }> };
  const integrity = `sha512-${crypto.createHash('sha512').update(fs.readFileSync(tarball)).digest('base64')}`;
  const packages: Record<string, object> = {
    '': { name: 'consumer', version: '1.0.0' },
    'node_modules/ssot-codemod': {
      version: pkg.version,
      resolved: `file:${path.basename(tarball)}`,
      integrity,
      dev: true,
      license: pkg.license,
      dependencies: pkg.dependencies,
      bin: pkg.bin,
      engines: pkg.engines,
      peerDependencies: pkg.peerDependencies,
      peerDependenciesMeta: pkg.peerDependenciesMeta,
    },
  };
  for (const [key, entry] of Object.entries(ours.packages)) if (key !== '' && !entry.dev) packages[key] = { ...entry, dev: true };
  return { name: 'consumer', version: '1.0.0', lockfileVersion: 3, requires: true, packages };
}

test('npm pack, then npm i -D ./ssot-codemod-<v>.tgz in a fresh project: npx ssot-codemod works and the $schema path resolves', () => {
  const packDir = makeTempDir();
  // dist/ is built (buildDist): --ignore-scripts skips prepack's second build.
  npm(['pack', '--ignore-scripts', '--pack-destination', packDir], REPO);
  const shipped = spawnSync('tar', ['tzf', path.join(packDir, TARBALL)], { encoding: 'utf8' }).stdout.split('\n');
  expect(shipped).toEqual(expect.arrayContaining(['package/bin/ssot-codemod.js', 'package/dist/src/cli/main.js', 'package/dist/src/pipeline/worker.js', 'package/manifest.schema.json', 'package/presets/netra-websocket-ssot.json']));
  expect(shipped.filter((f) => /__tests__|__testfixtures__|\/src\/.*\.ts$|examples\//.test(f))).toEqual([]);
  expect(JSON.parse(spawnSync('tar', ['xzOf', path.join(packDir, TARBALL), 'package/package.json'], { encoding: 'utf8' }).stdout).scripts).not.toHaveProperty('prepare');

  const project = makeTempDir({
    'package.json': JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }),
    'ssot-codemod.json': JSON.stringify({ $schema: './node_modules/ssot-codemod/manifest.schema.json', python: { moves: [{ from: 'mock', to: 'unittest.mock' }] } }),
    'tests/test_a.py': 'import mock\n',
  });
  fs.copyFileSync(path.join(packDir, TARBALL), path.join(project, TARBALL));
  fs.writeFileSync(path.join(project, 'package-lock.json'), JSON.stringify(seededLock(path.join(project, TARBALL)), null, 2));

  const install = npm(['i', '-D', `./${TARBALL}`, '--offline'], project);
  expect(install.stderr).not.toMatch(/install-scripts|ERR/);
  expect(JSON.parse(fs.readFileSync(path.join(project, 'package.json'), 'utf8')).devDependencies).toEqual({ 'ssot-codemod': `file:${TARBALL}` });

  const schema = path.join(project, 'node_modules/ssot-codemod/manifest.schema.json');
  expect(fs.readFileSync(schema, 'utf8')).toBe(fs.readFileSync(path.join(REPO, 'manifest.schema.json'), 'utf8'));

  const version = spawnSync('npx', ['--offline', 'ssot-codemod', '--version'], { cwd: project, encoding: 'utf8' });
  expect(version.stdout).toBe(`${pkg.version}\n`);
  const run = spawnSync('npx', ['--offline', 'ssot-codemod', 'run'], { cwd: project, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  expect(run.stdout).toContain('-import mock\n+from unittest import mock\n');
  expect(run.stdout).toContain('1 file scanned: 1 changed');
}, 180_000);
