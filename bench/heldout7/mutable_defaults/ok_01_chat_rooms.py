class Room:
    def __init__(self, name, members):
        self.name = name
        self.members = members
        self.history = []

    def admit(self, nick):
        if nick not in self.members:
            self.members.append(nick)
            self.history.append(f"* {nick} joined {self.name}")

    def say(self, nick, text):
        if nick not in self.members:
            raise PermissionError(f"{nick} is not in {self.name}")
        self.history.append(f"<{nick}> {text}")


class ChatServer:
    def __init__(self):
        self.rooms = {}

    def open_room(self, name, invited=()):
        room = Room(name, list(invited))
        self.rooms[name] = room
        return room

    def join(self, name, nick):
        room = self.rooms.get(name) or self.open_room(name)
        room.admit(nick)
        return room


def main():
    server = ChatServer()
    server.join("#ops", "alice")
    server.join("#ops", "bob")
    random = server.join("#random", "carol")
    random.say("carol", "hi")
    try:
        random.say("alice", "i never joined #random")
    except PermissionError:
        pass
    else:
        raise AssertionError("alice could post")
    assert server.rooms["#ops"].members == ["alice", "bob"]
    assert random.members == ["carol"]
    print("OK")


if __name__ == "__main__":
    main()
