// jscodeshift transform for JS/TS: `jscodeshift -t transforms/js-imports.ts --manifest=ssot-codemod.json <files>`.
// A thin adapter over the pure javascriptRewriter; our own pipeline calls the rewriter directly.
import { javascriptRewriter } from '../src/rewrite/js';
import { createTransform } from './jscodeshift-adapter';

export const parser = 'tsx';

export default createTransform(javascriptRewriter);
