import util = require("../legacy/util");

export const a = util.oldFn();
export const b = util.gone;
