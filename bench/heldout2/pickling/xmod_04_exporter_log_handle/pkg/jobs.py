from concurrent.futures import ProcessPoolExecutor


def fan_out(fn, items, workers=2):
    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures = [pool.submit(fn, item) for item in items]
        return [f.result(timeout=10) for f in futures]
