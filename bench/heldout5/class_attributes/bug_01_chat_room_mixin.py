class ObservableMixin:
    _observers = []

    def observe(self, callback):
        self._observers.append(callback)
        return lambda: self._observers.remove(callback)

    def _emit(self, kind, payload):
        for callback in list(self._observers):
            callback(self, kind, payload)


class Room(ObservableMixin):
    def __init__(self, name):
        self.name = name
        self.history = []
        self.members = set()

    def join(self, nick):
        self.members.add(nick)
        self._emit("join", nick)

    def say(self, nick, text):
        if nick not in self.members:
            raise PermissionError(nick)
        self.history.append((nick, text))
        self._emit("message", f"<{nick}> {text}")


class ChatServer:
    def __init__(self):
        self.rooms = {}

    def room(self, name):
        if name not in self.rooms:
            self.rooms[name] = Room(name)
        return self.rooms[name]


if __name__ == "__main__":
    server = ChatServer()
    general = server.room("#general")
    staff = server.room("#staff")
    seen_by_bob = []
    general.observe(lambda room, kind, payload: seen_by_bob.append((room.name, payload)))
    staff.join("alice")
    staff.say("alice", "salaries are posted")
    assert ("#staff", "<alice> salaries are posted") in seen_by_bob
    print("BUG SHOWN")
