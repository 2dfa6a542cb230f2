import threading


class NickInUse(Exception):
    pass


class Connection:
    def __init__(self, peer):
        self.peer = peer
        self.outbox = []

    def send(self, line):
        self.outbox.append(line)


class ChatServer:
    def __init__(self, hooks=None):
        self.nicks = {}
        self._lock = threading.Lock()
        self.hooks = hooks or {}

    def _nick_available(self, nick):
        return nick.lower() not in self.nicks

    def _claim(self, nick, conn):
        with self._lock:
            self.nicks[nick.lower()] = conn

    def handle_nick(self, conn, nick):
        if not self._nick_available(nick):
            conn.send(f"433 {nick} :Nickname is already in use")
            return False
        self.hooks.get("before_claim", lambda: None)()
        self._claim(nick, conn)
        conn.send(f"001 {nick} :Welcome")
        return True


barrier = threading.Barrier(2, timeout=5)
server = ChatServer(hooks={"before_claim": barrier.wait})
alice, mallory = Connection("10.0.0.5"), Connection("10.0.0.66")
threads = [
    threading.Thread(target=server.handle_nick, args=(alice, "alice")),
    threading.Thread(target=server.handle_nick, args=(mallory, "Alice")),
]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert alice.outbox == ["001 alice :Welcome"]
assert mallory.outbox == ["001 Alice :Welcome"]
print("BUG SHOWN")
