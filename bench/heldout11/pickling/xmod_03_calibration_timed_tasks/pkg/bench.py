from concurrent.futures import ProcessPoolExecutor


class CalibrationBench:
    def __init__(self, task, workers=2):
        self.task = task
        self.workers = workers

    def run_local(self, jobs):
        return [self.task(job) for job in jobs]

    def run_parallel(self, jobs):
        with ProcessPoolExecutor(max_workers=self.workers) as pool:
            return list(pool.map(self.task, jobs))
