"""Worker pool supervisor that retires dead workers."""


class Worker:
    def __init__(self, wid, alive=True):
        self.wid = wid
        self.alive = alive
        self.retired = False


class WorkerPool:
    def __init__(self, size):
        self.workers = [Worker(i) for i in range(size)]
        self.retired = []

    def _retire(self, worker):
        worker.retired = True
        self.workers.remove(worker)
        self.retired.append(worker.wid)

    def reap_dead(self):
        for i in range(len(self.workers)):
            worker = self.workers[i]
            if not worker.alive:
                self._retire(worker)
        return len(self.retired)

    def crash(self, *wids):
        for w in self.workers:
            if w.wid in wids:
                w.alive = False


if __name__ == "__main__":
    pool = WorkerPool(size=5)
    pool.crash(1, 3)
    try:
        pool.reap_dead()
    except IndexError:
        pass
    else:
        raise AssertionError("reap_dead unexpectedly finished")
    assert pool.retired == [1, 3]
    assert len(pool.workers) == 3
    print("BUG SHOWN")
