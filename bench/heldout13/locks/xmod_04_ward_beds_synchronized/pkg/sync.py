import functools
import threading


def synchronized(method):
    lock = threading.RLock()

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        with lock:
            return method(self, *args, **kwargs)

    return wrapper
