"""A stage registry: `@stage` keeps a timing wrapper (a nested function) in
STAGES and hands the original back; `@plain` keeps the function itself."""
import time

STAGES = {}
PLAIN = {}


def stage(name):
    def register(func):
        def run_stage(*args):
            started = time.perf_counter()
            try:
                return func(*args)
            finally:
                run_stage.elapsed = time.perf_counter() - started
        STAGES[name] = run_stage
        return func
    return register


def plain(name):
    def register(func):
        PLAIN[name] = func
        return func
    return register
