import threading

from .stats import snapshot
from .workers import Image, ResizeWorker


class ProgressBar:
    def __init__(self, workers):
        self._sync = threading.Barrier(workers)
        self.updates = []

    def __call__(self, worker_name, images_done):
        self.updates.append(images_done)
        self._sync.wait(timeout=5)


def main():
    batches = [[Image("cat.png", 800, 600)], [Image("dog.png", 640, 640)]]
    bar = ProgressBar(workers=len(batches))
    workers = [ResizeWorker(batch, 128, bar) for batch in batches]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    assert sum(len(w.outputs) for w in workers) == 2
    stats = snapshot()
    assert stats["images"] == 1, stats
    assert bar.updates == [1, 1]
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
