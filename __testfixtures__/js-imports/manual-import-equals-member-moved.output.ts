import util = require("../legacy/util");

export const a = util.newFn();
export const b = util.gone;
