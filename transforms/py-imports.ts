// jscodeshift transform for Python imports: `npx jscodeshift -t transforms/py-imports.ts
// --extensions=py --manifest=ssot-codemod.json <dir>`. A thin adapter over src/rewrite/python.
import { pythonRewriter } from '../src/rewrite/python';
import { createTransform } from './jscodeshift-adapter';

export default createTransform(pythonRewriter);
