from app.ws import new
from app.util.helpers import Helper


def f():
    return Helper(), new.other()
