import { esc } from "../p/esc";
export const r = esc("x");
