from concurrent.futures import ProcessPoolExecutor


def run_parallel(task, tickets, workers=2):
    with ProcessPoolExecutor(max_workers=workers) as ex:
        return list(ex.map(task, tickets))
