from app.ws import old


def f():
    return old.Helper(), old.other()
