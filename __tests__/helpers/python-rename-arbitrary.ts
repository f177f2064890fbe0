// fast-check arbitraries for the Python rename properties (py-renames.property.test.ts): files of
// app/consumer.py full of name traps around moved-and-renamed symbols (OldThing → NewThing, Gadget →
// Widget), and manifests over that universe with `localName` per move and per section.
import fc from 'fast-check';
import { assemble, type Chunk } from './source-arbitraries';

const chunk = (text: string, binds?: string[]): Chunk => ({ text, inert: false, ...(binds ? { binds } : {}) });
/** A module-level from-import: at most one chunk per (module, name) pair, so the input never imports a binding twice. */
const topImport = (text: string, ...pairs: string[]): Chunk => chunk(text, pairs.map((p) => `import ${p}`));

/** Imports of the legacy names in every from-import form, at module level, in functions and in try/except. */
const legacyImports = fc.constantFrom(
  topImport('from app.legacy import OldThing\n', 'app.legacy:OldThing'),
  topImport('from app.legacy import OldThing, helper\n', 'app.legacy:OldThing', 'app.legacy:helper'),
  topImport('from app.legacy import (\n    helper,\n    OldThing,  # the old one\n)\n', 'app.legacy:OldThing', 'app.legacy:helper'),
  topImport('from app.legacy import helper, \\\n    OldThing\n', 'app.legacy:OldThing', 'app.legacy:helper'),
  topImport('from app.legacy import OldThing as X\nx_$N = X()\n', 'app.legacy:OldThing'),
  topImport('from app.legacy import OldThing as NewThing\n', 'app.legacy:OldThing'),
  topImport('from app.legacy import Gadget\ng_$N = Gadget\n', 'app.legacy:Gadget'),
  topImport('from app.legacy import Gadget, OldThing\n', 'app.legacy:OldThing', 'app.legacy:Gadget'),
  topImport('from .legacy import OldThing\n', 'app.legacy:OldThing'),
  topImport('from app.compat import OldThing\n', 'app.compat:OldThing'),
  chunk('def lazy_$N():\n    from app.legacy import OldThing\n    return OldThing()\n'),
  chunk('def lazy_$N(NewThing=None):\n    from app.legacy import OldThing\n    return OldThing(NewThing)\n'),
  chunk('try:\n    from app.legacy import OldThing\nexcept ImportError:\n    OldThing = None\n'),
  chunk('try:\n    from app.core import NewThing\nexcept ImportError:\n    from app.legacy import OldThing as NewThing\n'),
  chunk('import app.legacy\nchain_$N = app.legacy.OldThing\n'),
  topImport('from app import legacy\nmember_$N = legacy.OldThing\n', 'app:legacy'),
);

/** The target already imported from the canonical module (with and without alias). */
const canonicalImports = fc.constantFrom(
  topImport('from app.core import NewThing\n', 'app.core:NewThing'),
  topImport('from app.core import NewThing as NT\nnt_$N = NT\n', 'app.core:NewThing'),
  topImport('from app.core import (\n    Other,\n    NewThing,\n)\n', 'app.core:NewThing', 'app.core:Other'),
  topImport('from app.gadgets import Widget\n', 'app.gadgets:Widget'),
  chunk('def local_$N():\n    from app.core import NewThing\n    return NewThing\n'),
);

/** Uses of the names: plain, in functions, f-strings, comprehensions, annotations, decorators, lambda defaults. */
const uses = fc.constantFrom(
  chunk('value_$N = OldThing()\n'),
  chunk('def use_$N():\n    return OldThing\n'),
  chunk('label_$N = f"{OldThing!r} {helper}"\n'),
  chunk('items_$N = [OldThing for _ in range(2)]\n'),
  chunk('lookup_$N = {key: OldThing for key in "ab"}\n'),
  chunk('def typed_$N(arg: OldThing) -> "OldThing":\n    return arg\n'),
  chunk('@OldThing\ndef decorated_$N():\n    pass\n'),
  chunk('make_$N = lambda OldThing=OldThing: OldThing\n'),
  chunk('class Sub_$N(OldThing):\n    kind = OldThing\n'),
  chunk('n_$N = NewThing\n'),
  chunk('w_$N = Gadget, Widget\n'),
);

/** Code a rename must see but not touch: shadows, rebinding, kwargs, attributes, strings, the new name taken. */
const traps = fc.constantFrom(
  chunk('def shadow_$N(OldThing, NewThing=None):\n    return OldThing, NewThing\n'),
  chunk('class Holder_$N:\n    OldThing = 1\n    copy = OldThing\n    def method(self):\n        return OldThing\n'),
  chunk('comp_$N = [OldThing for OldThing in range(3)]\n'),
  chunk('def setter_$N():\n    global OldThing\n    OldThing = None\n'),
  chunk('def outer_$N():\n    OldThing = 1\n    def inner():\n        nonlocal OldThing\n        OldThing = 2\n    inner()\n    return OldThing\n'),
  chunk('def rebind_$N():\n    global NewThing\n    NewThing = 3\n'),
  chunk('call_$N = dict(OldThing=1, NewThing=2)\n'),
  chunk('import types\nobj_$N = types.SimpleNamespace(OldThing=1)\nattr_$N = obj_$N.OldThing\n'),
  chunk('note_$N = "OldThing becomes NewThing"\n'),
  chunk('NewThing = "taken"\n'),
  chunk('def NewThing():\n    return 0\n'),
  chunk('class Widget:\n    pass\n'),
  chunk('if (NewThing := 5):\n    pass\n'),
  chunk('for OldThing in range(2):\n    pass\n'),
  chunk('try:\n    pass\nexcept ValueError as NewThing:\n    pass\n'),
);

const filler = fc.constantFrom(chunk('zz_$N = 1\n'), chunk('# nothing to see\n'), chunk('\n'));

/** A consumer module (app/consumer.py) of legacy imports, canonical imports, uses and traps. */
export const pythonRenameFile = fc
  .tuple(
    fc.array(
      fc.oneof({ weight: 4, arbitrary: legacyImports }, { weight: 2, arbitrary: canonicalImports }, { weight: 4, arbitrary: uses }, { weight: 3, arbitrary: traps }, { weight: 1, arbitrary: filler }),
      { minLength: 1, maxLength: 10 },
    ),
    fc.constantFrom('\n', '\r\n'),
  )
  .map(([chunks, eol]) => assemble(chunks, eol));

const localName = fc.constantFrom(undefined, undefined, 'keep' as const, 'rename' as const);
const withLocalName = (move: { from: string; to: string }) => localName.map((l) => (l ? { ...move, localName: l } : move));

/** Moves with renames (two legacy homes of OldThing, a whole-module move), `localName` per move and per section. */
export const pythonRenameManifest = fc
  .tuple(
    fc.constantFrom(undefined, undefined, 'keep' as const),
    fc.option(withLocalName({ from: 'app.legacy:OldThing', to: 'app.core:NewThing' }), { freq: 8 }),
    fc.option(withLocalName({ from: 'app.legacy:Gadget', to: 'app.gadgets:Widget' }), { freq: 2 }),
    fc.option(withLocalName({ from: 'app.compat:OldThing', to: 'app.core:NewThing' }), { freq: 2 }),
    fc.option(fc.constant({ from: 'app.legacy', to: 'app.core' }), { freq: 2 }),
  )
  .map(([section, ...moves]) => {
    const chosen = moves.filter((m) => m !== null);
    const python = { moves: chosen.length > 0 ? chosen : [{ from: 'app.legacy:OldThing', to: 'app.core:NewThing' }] };
    return { python: section ? { ...python, localName: section } : python };
  });
