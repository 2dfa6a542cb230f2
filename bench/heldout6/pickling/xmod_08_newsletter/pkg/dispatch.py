from multiprocessing import Pool


class Dispatcher:
    def __init__(self, processes=2):
        self.processes = processes
        self.sent = []

    def run_inline(self, job_cls, payloads):
        return [job_cls.execute(p) for p in payloads]

    def fan_out(self, job_cls, payloads):
        with Pool(self.processes) as pool:
            results = pool.map(job_cls.execute, payloads, chunksize=1)
        self.sent.extend(results)
        return results
