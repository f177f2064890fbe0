// One policy with Python: a private binding keeps its underscore (make as _make).
import { _make } from './old';

export const x = _make();
