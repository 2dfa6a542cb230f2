import threading


class TemplateStore:
    def load(self, user):
        return f"Hello {user}, here is your daily digest:"


class PausingTemplateStore(TemplateStore):
    def __init__(self, barrier):
        self._barrier = barrier

    def load(self, user):
        self._barrier.wait()
        return super().load(user)


class Digest:
    def __init__(self, user, header):
        self.user = user
        self.header = header
        self.items = []
        self.lock = threading.Lock()

    def add(self, item):
        with self.lock:
            self.items.append(item)

    def render(self):
        with self.lock:
            return "\n".join([self.header] + [f"- {i}" for i in self.items])


class DigestService:
    def __init__(self, templates):
        self.templates = templates
        self._digests = {}

    def _digest_for(self, user):
        digest = self._digests.get(user)
        if digest is None:
            digest = Digest(user, self.templates.load(user))
            self._digests[user] = digest
        return digest

    def enqueue(self, user, item):
        self._digest_for(user).add(item)

    def flush(self, user):
        return self._digests.pop(user).render()


if __name__ == "__main__":
    service = DigestService(PausingTemplateStore(threading.Barrier(2, timeout=5)))
    producers = [
        threading.Thread(target=service.enqueue, args=("nia", "PR #42 approved")),
        threading.Thread(target=service.enqueue, args=("nia", "build 981 failed")),
    ]
    for p in producers:
        p.start()
    for p in producers:
        p.join()

    lines = service.flush("nia").splitlines()
    assert len(lines) == 2, lines
    assert lines[0].startswith("Hello nia")
    print("BUG SHOWN")
