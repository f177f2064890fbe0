# The added `from pkg.rank import best` binds at module level: a local `best` of another function is
# no clash (jsonschema's tests: an unrelated `best_match = …` made exceptions.best_match manual).
from pkg import exc


def check(errors):
    return exc.best(errors)


def unrelated():
    best = 1
    return best

