from concurrent.futures import ProcessPoolExecutor


class Bench:
    def __init__(self, task):
        self.task = task

    def run(self, jobs):
        with ProcessPoolExecutor(max_workers=1) as pool:
            return list(pool.map(self.task, jobs))


def fan_out(task, jobs):
    with ProcessPoolExecutor(max_workers=1) as pool:
        return list(pool.map(task, jobs))
