import util = require("../legacy/util");

export const a = util.newFn() + util.other;
export type T = typeof util.newFn;
