"""Worker threads that fold processed batches into a shared progress dict."""
import threading


class BatchWorker(threading.Thread):
    def __init__(self, name, batches, progress, process):
        super().__init__(name=name)
        self._lock = threading.Lock()
        self.batches = batches
        self.progress = progress
        self.process = process

    def run(self):
        for batch in self.batches:
            with self._lock:
                done = self.progress.get("rows", 0)
                self.process(self.name, batch)
                self.progress["rows"] = done + len(batch)


def run_job(batches_per_worker, process):
    progress = {}
    workers = [BatchWorker(f"w{i}", batches, progress, process)
               for i, batches in enumerate(batches_per_worker)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    return progress


if __name__ == "__main__":
    in_section = threading.Barrier(2, timeout=5)
    processed = []

    def process(worker_name, batch):
        in_section.wait()
        processed.append((worker_name, len(batch)))

    progress = run_job([[[1, 2, 3]], [[4, 5, 6, 7]]], process)
    assert sorted(processed) == [("w0", 3), ("w1", 4)]
    assert progress["rows"] in (3, 4)
    assert progress["rows"] != 7
    print("BUG SHOWN")
