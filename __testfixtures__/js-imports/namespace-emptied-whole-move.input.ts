import * as util from "./util";
export const r = util.esc("x");
