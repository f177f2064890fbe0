// The legacy module itself (./index): its own text is left, with --rewrite-comments too.
export { helper } from "../../shared/helpers";
