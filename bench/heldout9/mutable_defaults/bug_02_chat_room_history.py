import time


class MessageLog:
    def __init__(self, limit=100):
        self.limit = limit
        self.entries = []

    def append(self, author, text):
        self.entries.append((time.time(), author, text))
        del self.entries[:-self.limit]

    def since(self, index):
        return [(a, t) for _, a, t in self.entries[index:]]


class Room:
    def __init__(self, name, log=MessageLog()):
        self.name = name
        self.log = log
        self.members = set()

    def join(self, user):
        self.members.add(user)

    def post(self, user, text):
        if user not in self.members:
            raise PermissionError(user)
        self.log.append(user, text)


class ChatServer:
    def __init__(self):
        self.rooms = {}

    def room(self, name):
        if name not in self.rooms:
            self.rooms[name] = Room(name)
        return self.rooms[name]

    def backlog(self, name):
        return self.room(name).log.since(0)


server = ChatServer()
ops = server.room("ops")
ops.join("alice")
ops.post("alice", "deploy at 5")
random = server.room("random")
assert server.backlog("random") == [("alice", "deploy at 5")]
print("BUG SHOWN")
