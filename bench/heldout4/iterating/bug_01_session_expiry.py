class SessionStore:
    def __init__(self, ttl):
        self.ttl = ttl
        self._sessions = {}
        self.evicted = []

    def open(self, sid, now):
        self._sessions[sid] = {"last_seen": now, "user": sid.upper()}

    def _drop(self, sid, reason):
        self._sessions.pop(sid, None)
        self.evicted.append((sid, reason))

    def _is_stale(self, record, now):
        return now - record["last_seen"] > self.ttl

    def sweep(self, now):
        for sid, record in self._sessions.items():
            if self._is_stale(record, now):
                self._drop(sid, "ttl")
        return len(self._sessions)


def main():
    store = SessionStore(ttl=30)
    store.open("a1", now=0)
    store.open("b2", now=50)
    store.open("c3", now=5)
    try:
        store.sweep(now=60)
    except RuntimeError as exc:
        assert "changed size during iteration" in str(exc)
        assert store.evicted == [("a1", "ttl")]
        print("BUG SHOWN")
        return
    raise AssertionError("sweep completed")


if __name__ == "__main__":
    main()
