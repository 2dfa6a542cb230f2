from concurrent.futures import ProcessPoolExecutor

from .rules import make_checker


class ScreeningRun:
    def __init__(self, visa_type, workers=2):
        self.visa_type = visa_type
        self.workers = workers
        self.checker = make_checker(visa_type)

    def screen(self, applications):
        with ProcessPoolExecutor(max_workers=self.workers) as pool:
            return list(pool.map(self.checker, applications))
