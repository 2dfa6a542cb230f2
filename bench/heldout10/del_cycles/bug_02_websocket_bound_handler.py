import gc


class FakeSocket:
    open_sockets = set()

    def __init__(self, peer):
        self.peer = peer
        FakeSocket.open_sockets.add(peer)

    def close(self):
        FakeSocket.open_sockets.discard(self.peer)


class WebSocketSession:
    def __init__(self, peer, router):
        self.sock = FakeSocket(peer)
        self.router = router
        self.received = []
        self.on_message = self._default_handler
        self.on_close = None

    def _default_handler(self, text):
        self.received.append(text)
        return self.router.get(text.split(":", 1)[0], "unknown")

    def feed(self, text):
        return self.on_message(text)

    def __del__(self):
        self.sock.close()


class SessionManager:
    def __init__(self, router):
        self.router = router
        self.sessions = {}

    def accept(self, peer):
        session = WebSocketSession(peer, self.router)
        self.sessions[peer] = session
        return session

    def drop(self, peer):
        self.sessions.pop(peer)


def main():
    gc.disable()
    try:
        manager = SessionManager({"join": "lobby", "move": "game"})
        session = manager.accept("10.0.0.8:51515")
        assert session.feed("join:room-1") == "lobby"
        del session
        manager.drop("10.0.0.8:51515")
        assert "10.0.0.8:51515" in FakeSocket.open_sockets
        gc.collect()
        assert FakeSocket.open_sockets == set()
    finally:
        gc.enable()
    print("BUG SHOWN")


if __name__ == "__main__":
    main()
