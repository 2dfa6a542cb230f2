import functools
import threading


def synchronized(method):
    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        guard = threading.Lock()
        with guard:
            return method(self, *args, **kwargs)

    return wrapper
