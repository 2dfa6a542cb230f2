import time

TIMINGS = {}


def timed(label):
    def decorate(func):
        def wrapper(*args, **kwargs):
            started = time.perf_counter()
            try:
                return func(*args, **kwargs)
            finally:
                TIMINGS.setdefault(label, []).append(time.perf_counter() - started)
        wrapper.label = label
        return wrapper
    return decorate
