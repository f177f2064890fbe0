// React Native's bundler (Metro, and Expo's) resolves `./BackHandler` to `BackHandler.ios.tsx`,
// `BackHandler.android.tsx` or `BackHandler.native.tsx` before `BackHandler.tsx` (react-native-web:
// `BackHandler.web.tsx`). A move re-points the imports of such a module at the canonical file; a
// platform build left at the old place is then never loaded, and that platform silently gets the
// canonical module's other build (react-native-paper's BackHandler: moving BackHandler.tsx alone
// sends Android and iOS to the web implementation). Each legacy platform file without a
// counterpart beside the canonical module is a verify error, so `run --apply` waits for it.
import fs from 'node:fs';
import path from 'node:path';
import { JS_EXTENSION as EXTENSION, keyPath } from '../rewrite/js/module-key';

const PLATFORMS = ['ios', 'android', 'native', 'web', 'windows', 'macos'];

/** A platform build of the legacy module, and where its counterpart beside the canonical module would be. */
export interface StrandedVariant {
  platform: string;
  /** Repo-relative file at the legacy place. */
  variant: string;
  /** Repo-relative file the canonical module's build for that platform would be. */
  expected: string;
}

/**
 * The legacy module's platform files (`<legacy>.<platform>.<ext>`, or `<legacy>/index.<platform>.<ext>`
 * for a directory module) whose platform has no file beside `canonicalFile` (`<canonical>.<platform>.*`).
 */
export function strandedVariants(root: string, legacyKey: string, canonicalFile: string): StrandedVariant[] {
  const legacy = keyPath(legacyKey as never);
  if (legacy === undefined) return [];
  const bare = legacy.replace(EXTENSION, '');
  const canonicalBase = canonicalFile.replace(EXTENSION, '');
  const answered = new Set(platformFiles(root, canonicalBase).map((c) => c.platform));
  const out: StrandedVariant[] = [];
  for (const base of [bare, `${bare}/index`]) {
    for (const { platform, file } of platformFiles(root, base)) {
      if (answered.has(platform)) continue;
      out.push({ platform, variant: file, expected: `${canonicalBase}.${platform}${path.posix.extname(file)}` });
    }
  }
  return out;
}

/** `<base>.<platform>.<ext>` files that exist, read from one listing of base's folder. */
export function platformFiles(root: string, base: string): { platform: string; file: string }[] {
  const folder = path.posix.dirname(base);
  const name = path.posix.basename(base);
  let entries: string[];
  try {
    entries = fs.readdirSync(path.join(root, folder));
  } catch {
    return [];
  }
  const out: { platform: string; file: string }[] = [];
  for (const entry of entries) {
    if (!entry.startsWith(`${name}.`) || !EXTENSION.test(entry)) continue;
    const platform = entry.slice(name.length + 1).replace(EXTENSION, '');
    if (PLATFORMS.includes(platform)) out.push({ platform, file: folder === '.' ? entry : `${folder}/${entry}` });
  }
  return out;
}
