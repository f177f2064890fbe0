// One policy with Python: a private binding keeps its underscore (make as _make).
import { make as _make } from './new';

export const x = _make();
