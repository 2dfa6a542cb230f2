import multiprocessing


def run_batch(camera, readings, workers=2):
    """Fan readings out to worker processes."""
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(workers) as pool:
        return pool.map(camera.process, readings)
