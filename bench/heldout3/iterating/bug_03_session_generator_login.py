import itertools


class Session:
    def __init__(self, user, idle_minutes):
        self.user = user
        self.idle_minutes = idle_minutes

    @property
    def expired(self):
        return self.idle_minutes > 30


class SessionStore:
    _ids = itertools.count(1)

    def __init__(self):
        self.sessions = {}

    def login(self, user, idle_minutes=0):
        sid = f"s{next(self._ids)}"
        self.sessions[sid] = Session(user, idle_minutes)
        return sid

    def active(self):
        for sid, session in self.sessions.items():
            if not session.expired:
                yield sid, session


class SingleSignOn:
    def __init__(self, store, linked_apps):
        self.store = store
        self.linked_apps = linked_apps

    def propagate(self):
        created = []
        for sid, session in self.store.active():
            for app in self.linked_apps:
                created.append(self.store.login(f"{session.user}@{app}"))
        return created


def main():
    store = SessionStore()
    store.login("ana")
    store.login("bo", idle_minutes=45)
    sso = SingleSignOn(store, ["wiki"])
    try:
        sso.propagate()
    except RuntimeError as exc:
        assert "dictionary changed size during iteration" in str(exc)
        print("BUG SHOWN")
    else:
        raise AssertionError("propagated without error")


if __name__ == "__main__":
    main()
