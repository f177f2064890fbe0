// The manifest schema is compiled ahead of time (src/manifest/manifest-validator.ts, Ajv standalone
// code) so runs skip Ajv's compiler. The committed code must be what the schema compiles to today.
import fs from 'node:fs';
import path from 'node:path';
import { renderManifestValidator } from '../scripts/generate-manifest-validator';

test('the committed manifest validator is generated from manifest.schema.json (regenerate: npm run build && node dist/scripts/generate-manifest-validator.js)', () => {
  const root = path.join(__dirname, '..');
  const schema = JSON.parse(fs.readFileSync(path.join(root, 'manifest.schema.json'), 'utf8'));
  const committed = fs.readFileSync(path.join(root, 'src', 'manifest', 'manifest-validator.ts'), 'utf8');
  expect(committed).toBe(renderManifestValidator(schema));
});
