import threading


class UsernameTaken(Exception):
    pass


class AccountDirectory:
    def __init__(self, on_checked=None):
        self._lock = threading.Lock()
        self._users = {}
        self._on_checked = on_checked or (lambda name: None)

    def is_available(self, name):
        with self._lock:
            return name.lower() not in self._users

    def _claim(self, name, email):
        with self._lock:
            self._users[name.lower()] = email

    def register(self, name, email):
        if not self.is_available(name):
            raise UsernameTaken(name)
        self._on_checked(name)
        self._claim(name, email)
        return name


def main():
    barrier = threading.Barrier(2, timeout=5)
    directory = AccountDirectory(on_checked=lambda name: barrier.wait())
    registered, rejected = [], []

    def signup(name, email):
        try:
            registered.append((directory.register(name, email), email))
        except UsernameTaken:
            rejected.append(email)

    threads = [
        threading.Thread(target=signup, args=("Neo", "neo@a.example")),
        threading.Thread(target=signup, args=("neo", "neo@b.example")),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert rejected == []
    assert len(registered) == 2
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
