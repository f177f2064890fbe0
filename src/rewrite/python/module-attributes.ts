// Names every Python module object serves whatever its source defines: the attributes the import
// system sets on a module loaded from a file, and those of `object` (the module type's own).
// `from m import __name__` and `m.__doc__` work for any such module, so neither the rewriter's
// missing-name rule nor verify's consumer census may call them missing (netra's compatibility
// test reads `websocket_manager_compatibility.__doc__`). `__path__` (packages only), `__all__` and
// `__getattr__` (defined by the source, or not) are not among them: those are read from the module.
// Used by provided-names.ts (the rewriter) and verify/consumer-check.ts.

export const MODULE_OBJECT_ATTRIBUTES: ReadonlySet<string> = new Set([
  // set by the import system (a module loaded from a .py file; __annotations__ is lazy since 3.10)
  '__name__', '__doc__', '__package__', '__loader__', '__spec__', '__file__', '__cached__', '__builtins__', '__annotations__', '__dict__',
  // the module type's, from object
  '__class__', '__repr__', '__str__', '__hash__', '__eq__', '__ne__', '__lt__', '__le__', '__gt__', '__ge__', '__getattribute__',
  '__setattr__', '__delattr__', '__dir__', '__format__', '__init__', '__new__', '__reduce__', '__reduce_ex__', '__sizeof__',
  '__subclasshook__', '__init_subclass__',
]);
