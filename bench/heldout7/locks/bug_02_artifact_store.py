import hashlib
import threading


class ArtifactStore:
    def __init__(self, quota_bytes, on_digest=None):
        self.quota = quota_bytes
        self.used = 0
        self.blobs = {}
        self.on_digest = on_digest or (lambda digest: None)

    def _digest(self, data):
        digest = hashlib.sha256(data).hexdigest()
        self.on_digest(digest)
        return digest

    def put(self, name, data):
        with threading.Lock():
            used = self.used
            if used + len(data) > self.quota:
                raise MemoryError(f"quota exceeded storing {name}")
            digest = self._digest(data)
            self.blobs[name] = digest
            self.used = used + len(data)
        return digest


class BuildJob:
    def __init__(self, store, target):
        self.store = store
        self.target = target

    def run(self):
        output = f"compiled {self.target}".encode() * 10
        return self.store.put(f"{self.target}.o", output)


def main():
    gate = threading.Barrier(2, timeout=5)
    store = ArtifactStore(quota_bytes=10_000, on_digest=lambda d: gate.wait())
    jobs = [BuildJob(store, "libnet"), BuildJob(store, "libfs")]
    threads = [threading.Thread(target=j.run) for j in jobs]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    expected = sum(len(f"compiled {j.target}".encode() * 10) for j in jobs)
    assert len(store.blobs) == 2
    assert store.used < expected, (store.used, expected)
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
