import time

TIMINGS = {}


def timed(label):
    def decorate(fn):
        def timed_call(*args, **kwargs):
            start = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                TIMINGS.setdefault(label, []).append(time.perf_counter() - start)
        return timed_call
    return decorate
