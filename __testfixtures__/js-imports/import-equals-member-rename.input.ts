import util = require("../legacy/util");

export const a = util.oldFn() + util.other;
export type T = typeof util.oldFn;
