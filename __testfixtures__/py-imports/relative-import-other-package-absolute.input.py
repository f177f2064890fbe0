from .ws import Handler
