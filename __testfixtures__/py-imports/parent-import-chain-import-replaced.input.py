import pkg.sub

handler = pkg.legacy.Handler()
built = pkg.old.make(handler)
