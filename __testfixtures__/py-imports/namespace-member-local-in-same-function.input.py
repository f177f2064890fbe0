# A local `best` in the function that reads exc.best would hide the added import: manual.
from pkg import exc


def shadowed(errors):
    best = 2
    return exc.best(errors) + best
