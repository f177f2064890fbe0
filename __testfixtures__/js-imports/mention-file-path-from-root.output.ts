// A build script elsewhere names the moved file by an absolute path ending in its path from the
// repository's root (/home/ci/repo/src/legacy/helpers/index.ts): reported (a mention), never
// rewritten, as a Python module's file path is. A name merely ending alike is another file.
export const checked = ['/home/ci/repo/src/legacy/helpers/index.ts', 'C:/ci/src/legacy/helpers/index.ts'];
export const others = ['vendor/xsrc/legacy/helpers/index.ts', '/home/ci/repo/src/legacy/helpers.md'];
