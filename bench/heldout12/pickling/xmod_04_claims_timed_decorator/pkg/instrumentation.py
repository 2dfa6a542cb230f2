import time

TIMINGS = {}


def timed(metric_name):
    def decorate(fn):
        def wrapper(*args, **kwargs):
            started = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                TIMINGS.setdefault(metric_name, []).append(time.perf_counter() - started)
        wrapper.metric_name = metric_name
        return wrapper
    return decorate
