import gc

RELEASED_LOCKS = []


class Index:
    def __init__(self, repo):
        self.repo = repo
        self.staged = {}

    def add(self, path, content):
        self.staged[path] = self.repo.hash_object(content)

    def clear(self):
        self.staged.clear()


class Repository:
    def __init__(self, path):
        self.path = path
        self.objects = {}
        self.index = Index(self)
        self.lock_file = f"{path}/.vcs/index.lock"
        self.history = []

    def hash_object(self, content):
        oid = format(abs(hash(content)) % (1 << 40), "010x")
        self.objects[oid] = content
        return oid

    def commit(self, message):
        tree = dict(self.index.staged)
        self.history.append((message, tree))
        self.index.clear()
        return len(self.history)

    def __del__(self):
        RELEASED_LOCKS.append(self.lock_file)


def snapshot(path, files, message):
    repo = Repository(path)
    for name, body in files.items():
        repo.index.add(name, body)
    return repo.commit(message)


if __name__ == "__main__":
    gc.disable()
    try:
        assert snapshot("/srv/notes", {"todo.md": "- ship", "ideas.md": "?"}, "init") == 1
        assert RELEASED_LOCKS == [], RELEASED_LOCKS
        gc.collect()
        assert RELEASED_LOCKS == ["/srv/notes/.vcs/index.lock"], RELEASED_LOCKS
    finally:
        gc.enable()
    print("BUG SHOWN")
