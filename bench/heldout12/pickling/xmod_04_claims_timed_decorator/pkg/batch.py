from concurrent.futures import ProcessPoolExecutor


class ClaimsBatch:
    def __init__(self, assessor, workers=2):
        self.assessor = assessor
        self.workers = workers

    def run(self, claims):
        with ProcessPoolExecutor(max_workers=self.workers) as pool:
            return {cid: (reserve, route) for cid, reserve, route in pool.map(self.assessor, claims)}
