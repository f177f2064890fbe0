// The Python side of scripts/import-probe.ts: imports one module of a repository in CPython with
// every third-party package replaced by a permissive stub (anything not in the standard library
// and not a top-level package of the repository), so a repository's own import graph runs without
// its dependencies installed. time.sleep advances a fake clock (start-up code that waits for
// services returns at once), logging is off, and every ImportError raised inside the import is
// recorded where it arises (module:line), also the ones a `try: … except ImportError:` swallows (a
// fallback taken silently). Prints one JSON object: { result: "ok" | "<Error>: <message>",
// raised: [...] }, with the repository's path spelled "R" so two trees compare.

export const STUB_RUNNER = String.raw`
import sys, os, io, json, time, types, logging, contextlib, importlib, importlib.abc, importlib.machinery

root, target = sys.argv[1], sys.argv[2]

class _Meta(type):
    def __getattr__(cls, name):
        if name.startswith('__') and name.endswith('__'): raise AttributeError(name)
        return Stub
    def __getitem__(cls, item): return Stub
    def __call__(cls, *a, **k):
        if len(a) == 1 and not k and (callable(a[0]) or isinstance(a[0], type)): return a[0]  # a decorator
        return Stub
    def __or__(cls, other): return Stub
    def __ror__(cls, other): return Stub
    def __iter__(cls): return iter(())
    def __bool__(cls): return False
    def __mro_entries__(cls, bases): return (object,)

class Stub(metaclass=_Meta):
    pass

class StubModule(types.ModuleType):
    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__'): raise AttributeError(name)
        return Stub

def _has_py(d):
    try: return any(x.endswith('.py') for x in os.listdir(d))
    except OSError: return False

local = {n[:-3] if n.endswith('.py') else n for n in os.listdir(root)
         if n.endswith('.py') or (os.path.isdir(os.path.join(root, n)) and _has_py(os.path.join(root, n)))}

class Finder(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    def find_spec(self, fullname, path, target=None):
        top = fullname.split('.')[0]
        if top in sys.stdlib_module_names or top in local: return None
        return importlib.machinery.ModuleSpec(fullname, self, is_package=True)
    def create_module(self, spec):
        m = StubModule(spec.name); m.__path__ = []; return m
    def exec_module(self, module): pass

sys.meta_path.insert(0, Finder())
sys.path.insert(0, root)
os.chdir(root)
import importlib.metadata as _md
_version = _md.version
def _any_version(name):
    try: return _version(name)
    except _md.PackageNotFoundError: return '2.2.0'
_md.version = _any_version
logging.disable(logging.CRITICAL)
_skew = [0.0]
_t, _m, _p = time.time, time.monotonic, time.perf_counter
time.sleep = lambda s: _skew.__setitem__(0, _skew[0] + max(0.0, float(s)))
time.time = lambda: _t() + _skew[0]
time.monotonic = lambda: _m() + _skew[0]
time.perf_counter = lambda: _p() + _skew[0]

def _r(text): return text.replace(root, 'R')
raised = []
def _machinery(frame): return frame.f_globals.get('__name__', '').startswith(('importlib', '_frozen_importlib', 'zipimport'))
def _on_exception(frame, event, arg):
    # Recorded once, in the first frame of the repository's (or any non-import-machinery) code it
    # passes: where a missing name is raised (IMPORT_FROM) or where a failing import was asked for.
    if event == 'exception' and issubclass(arg[0], ImportError) and not _machinery(frame):
        tb = arg[2].tb_next
        while tb is not None and _machinery(tb.tb_frame): tb = tb.tb_next
        if tb is None:
            who = frame.f_globals.get('__name__', '?')
            raised.append(f'{who}:{frame.f_lineno}: {type(arg[1]).__name__}: {_r(str(arg[1]))[:200]}')
    return _on_exception
def _on_call(frame, event, arg):
    frame.f_trace_lines = False
    return _on_exception
sys.settrace(_on_call)

buffer = io.StringIO()
try:
    with contextlib.redirect_stdout(buffer), contextlib.redirect_stderr(buffer):
        importlib.import_module(target)
    result = 'ok'
except BaseException as e:
    result = _r(f'{type(e).__name__}: {e}')[:300]
sys.settrace(None)
sys.__stdout__.write(json.dumps({'result': result, 'raised': sorted(set(raised))}) + '\n')
sys.__stdout__.flush()
os._exit(0)
`;
