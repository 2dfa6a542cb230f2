import time

STAGES = {}


def stage(name, retries=0):
    def register(func):
        def run_stage(*args, **kwargs):
            started = time.perf_counter()
            for attempt in range(retries + 1):
                try:
                    return func(*args, **kwargs)
                except OSError:
                    if attempt == retries:
                        raise
                finally:
                    run_stage.elapsed += time.perf_counter() - started

        run_stage.elapsed = 0.0
        run_stage.stage_name = name
        STAGES[name] = run_stage
        return run_stage

    return register
